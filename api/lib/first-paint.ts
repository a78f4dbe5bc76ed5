import { localizedPath, splitLanguagePath } from '../../contract/languages.ts';
import { enabledLanguages, translator } from '../i18n/messages.ts';
import { localiseItem } from '../initiatives/localise.ts';
import type { Deps } from './context.ts';
import { escapeHtml } from './shell.ts';

/**
 * The map page's first paint, as HTML in the shell: the header, the headline with the counts
 * and the first entries of the list, readable and usable (plain links) before any JavaScript
 * runs and without WebGL. The app replaces it when it starts (web/main.tsx waits for the map
 * page's code and data first, so nothing flashes). Text comes from the message catalogue.
 * Decision: docs/decisions/130-offline-and-first-paint.md.
 */

/** How many entries the first paint lists: a phone's first screens, not the whole list. */
export const FIRST_PAINT_ENTRIES = 12;

/** The first paint for a path, or '' where there is none (pages other than the map). */
export function firstPaintHtml(path: string, search: string, deps: Deps): string {
  const { lang, rest } = splitLanguagePath(path, enabledLanguages());
  if (rest !== '/') return '';
  const message = translator(lang);
  const href = (to: string) => escapeHtml(localizedPath(lang, to));
  const snapshot = deps.readModel.current();
  const items = snapshot.items;
  const countries = new Set(items.map((i) => i.country)).size;
  // A shared link with filters: the counts and entries would not match it; the heading only.
  const filtered = new URLSearchParams(search).size > 0;
  const headline = filtered
    ? message('map.headlineLoading')
    : items.length === 0
      ? message('map.headlineNone')
      : countries === 1
        ? message('map.headlineOneCountry', { count: items.length })
        : message('map.headline', { count: items.length, countries });
  const list = filtered
    ? ''
    : `<h2>${escapeHtml(message('map.results'))}</h2><ul class="result-list">${items
        .slice(0, FIRST_PAINT_ENTRIES)
        .map((item) => {
          const i = localiseItem(snapshot, item, lang);
          const place = [i.locality, i.countryName, i.year === null ? null : String(i.year)]
            .filter(Boolean)
            .join(' · ');
          // A title in another language than the page's is marked up as such.
          const titleLang =
            i.language !== lang && i.language !== 'und'
              ? ` lang="${escapeHtml(i.language)}" dir="auto"`
              : '';
          return (
            `<li class="result"><h3 class="result-title"${titleLang}>` +
            `<a href="${href(`/initiatives/${i.slug}`)}">` +
            `${escapeHtml(i.title)}</a></h3><p class="result-place">${escapeHtml(place)}</p></li>`
          );
        })
        .join('')}</ul>`;
  return (
    `<div class="app first-paint" data-first-paint="">` +
    `<header class="site-header"><a href="${href('/')}" class="brand"><img src="/favicon.svg" alt="" width="28" height="28">` +
    `<span><span class="brand-name">${escapeHtml(message('common.appName'))}</span>` +
    `<span class="brand-tagline">${escapeHtml(message('common.tagline'))}</span></span></a>` +
    `<nav aria-label="${escapeHtml(message('common.navPrimary'))}" class="site-nav">` +
    `<a class="nav-link" href="${href('/')}" aria-current="page">${escapeHtml(message('common.navMap'))}</a>` +
    `<a class="nav-link" href="${href('/tell')}">${escapeHtml(message('common.navTell'))}</a>` +
    `<a class="nav-link" href="${href('/about')}">${escapeHtml(message('common.navAbout'))}</a></nav></header>` +
    `<main id="main" class="page first-paint-main"><h1>${escapeHtml(message('map.heading'))}</h1>` +
    `<p class="headline" data-testid="headline">${escapeHtml(headline)}</p>` +
    mapPicture(search, message('map.pictureAlt')) +
    `<p class="muted first-paint-loading">${escapeHtml(message('map.mapLoading'))}</p>${list}</main></div>`
  );
}

/** The filters the map's picture takes, in the order the app writes them (toApiQuery). */
const PICTURE_FILTERS = [
  'theme',
  'action',
  'region',
  'subregion',
  'country',
  'yearFrom',
  'yearTo',
  'q',
];
/** A transparent pixel: what a wide screen "loads" in place of the picture. */
const NOTHING = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/**
 * The map's still picture for the link's filters (GET /api/initiatives/map.svg, decision
 * 131), on a phone-width screen only: there the live map waits for a tap, and the picture is
 * what the app shows too, at the same address, so it comes from the browser's cache when the
 * app takes over. A wide screen starts the live map at once: its source is a pixel, and the
 * box is hidden (global.css). Same box and picture markup as the app's.
 */
function mapPicture(search: string, alt: string): string {
  const given = new URLSearchParams(search);
  const query = new URLSearchParams();
  for (const name of PICTURE_FILTERS) {
    const value = given.get(name);
    if (value) query.set(name, value);
  }
  const src = `/api/initiatives/map.svg${query.size ? `?${query.toString()}` : ''}`;
  return (
    `<div class="map-box first-paint-map"><div class="map-picture"><picture>` +
    `<source media="(min-width: 60rem)" srcset="${NOTHING}">` +
    `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" width="1000" height="459">` +
    `</picture></div></div>`
  );
}

/** The shell with the first paint inside its root element (unchanged when there is none). */
export function withFirstPaint(shell: string, html: string): string {
  return html
    ? shell.replace('<div id="root"></div>', () => `<div id="root">${html}</div>`)
    : shell;
}
