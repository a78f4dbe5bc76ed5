import {
  LANGUAGES,
  localizedPath,
  splitLanguagePath,
  type LanguageCode,
} from '../../contract/languages.ts';
import { FILTER_PARAMS } from '../../contract/filter-rules.ts';
import { themeColor } from '../../contract/map-colours.ts';
import { initiativeSlugOf } from '../../contract/page-paths.ts';
import { themeLabel } from '../i18n/reference-labels.ts';
import { enabledLanguages, translator } from '../i18n/messages.ts';
import { localiseItem } from '../initiatives/localise.ts';
import type { Deps } from './context.ts';
import { escapeHtml } from './shell.ts';

/**
 * The first paint of the map page, of an initiative and of the form's opening page, as HTML
 * in the shell. The map: the header, the headline with the counts and the first entries of
 * the list. An initiative: its head (title, country, themes, summary). The form: its opening
 * page (what it is, how to keep everyone safe, what happens next), without its start button,
 * which comes with the form. Readable and usable (plain links) before any JavaScript runs and
 * without WebGL. The app replaces it when it starts (web/main.tsx waits
 * for the page's code and data first, so nothing flashes). Text comes from the message
 * catalogue. Decision: docs/decisions/130-offline-and-first-paint.md.
 */

/** How many entries the first paint lists: a phone's first screens, not the whole list. */
export const FIRST_PAINT_ENTRIES = 12;

/** The first paint for a path, or '' where there is none (pages other than these three). */
export function firstPaintHtml(path: string, search: string, deps: Deps): string {
  const { lang, rest } = splitLanguagePath(path, enabledLanguages());
  if (rest === '/') return mapFirstPaint(lang, rest, search, deps);
  if (rest === '/tell') return tellFirstPaint(lang, rest, search);
  const slug = initiativeSlugOf(rest);
  return slug ? initiativeFirstPaint(lang, rest, slug, deps) : '';
}

/** Lucide's "languages" icon, as the app's language switcher draws it. */
const LANGUAGES_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-languages icon" aria-hidden="true" focusable="false"><path d="m5 8 6 6"></path><path d="m4 14 6-6 2-3"></path><path d="M2 5h12"></path><path d="M7 2h1"></path><path d="m22 22-5-10-5 10"></path><path d="M14 18h6"></path></svg>';

/**
 * The language switcher, as the app draws it (web/features/languages/language-switcher.tsx):
 * each language's link to this same page, which works without JavaScript too.
 */
function languageSwitcher(lang: LanguageCode, rest: string, search: string): string {
  const enabled = enabledLanguages();
  const languages = LANGUAGES.filter((l) => enabled.includes(l.code));
  if (languages.length < 2) return '';
  const message = translator(lang);
  const current = languages.find((l) => l.code === lang)?.autonym ?? lang;
  const links = languages
    .map(
      (l) =>
        `<li><a href="${escapeHtml(localizedPath(l.code, rest) + search)}" lang="${l.code}" hreflang="${l.code}" dir="${l.dir}"` +
        `${l.code === lang ? ' aria-current="true"' : ''}>${escapeHtml(l.autonym)}</a></li>`,
    )
    .join('');
  return (
    `<details class="language-switcher"><summary>${LANGUAGES_ICON}` +
    `<span class="visually-hidden">${escapeHtml(message('common.language'))}: </span>` +
    `<span lang="${lang}">${escapeHtml(current)}</span></summary>` +
    `<ul aria-label="${escapeHtml(message('common.language'))}">${links}</ul></details>`
  );
}

/** The site's header, as the app draws it (web/components/ui/layout.tsx), in `lang`. */
function siteHeader(
  lang: LanguageCode,
  current: '/' | '/tell' | null,
  rest: string,
  search: string,
): string {
  const message = translator(lang);
  const href = (to: string) => escapeHtml(localizedPath(lang, to));
  const link = (to: string, key: string) =>
    `<a class="nav-link" href="${href(to)}"${to === current ? ' aria-current="page"' : ''}>` +
    `${escapeHtml(message(key))}</a>`;
  return (
    `<header class="site-header"><a href="${href('/')}" class="brand"><img src="/favicon.svg" alt="" width="28" height="28">` +
    `<span><span class="brand-name">${escapeHtml(message('common.appName'))}</span>` +
    `<span class="brand-tagline">${escapeHtml(message('common.tagline'))}</span></span></a>` +
    `<nav aria-label="${escapeHtml(message('common.navPrimary'))}" class="site-nav">` +
    link('/', 'common.navMap') +
    link('/tell', 'common.navTell') +
    link('/about', 'common.navAbout') +
    `</nav>${languageSwitcher(lang, rest, search)}</header>`
  );
}

/** `lang` and `dir` for a text written in another language than the page's. */
function languageIfOther(textLang: string, pageLang: LanguageCode): string {
  return textLang !== pageLang && textLang !== 'und'
    ? ` lang="${escapeHtml(textLang)}" dir="auto"`
    : '';
}

function mapFirstPaint(lang: LanguageCode, rest: string, search: string, deps: Deps): string {
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
          return (
            `<li class="result"><h3 class="result-title"${languageIfOther(i.language, lang)}>` +
            `<a href="${href(`/initiatives/${i.slug}`)}">` +
            `${escapeHtml(i.title)}</a></h3><p class="result-place">${escapeHtml(place)}</p></li>`
          );
        })
        .join('')}</ul>`;
  return (
    `<div class="app first-paint" data-first-paint="">${siteHeader(lang, '/', rest, search)}` +
    `<main id="main" class="page first-paint-main"><h1>${escapeHtml(message('map.heading'))}</h1>` +
    `<p class="headline" data-testid="headline">${escapeHtml(headline)}</p>` +
    mapPicture(search, message('map.pictureAlt')) +
    `<p class="muted first-paint-loading">${escapeHtml(message('map.mapLoading'))}</p>${list}</main></div>`
  );
}

/** Lucide's arrow-left, as the app's back link draws it (web/components/ui/icon.tsx). */
const ARROW_LEFT =
  '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-arrow-left icon icon-flip" aria-hidden="true" focusable="false"><path d="m12 19-7-7 7-7"></path><path d="M19 12H5"></path></svg>';

/**
 * An initiative's first paint: its back link, country and region, title, theme chips and
 * summary, as the app draws them (web/features/initiative/initiative-page.tsx), so a shared
 * link is readable before any JavaScript runs. Published entries only (the read model holds
 * nothing else); an unknown slug has none, and the app shows its "not found" page.
 */
function initiativeFirstPaint(lang: LanguageCode, rest: string, slug: string, deps: Deps): string {
  const snapshot = deps.readModel.current();
  const stored = snapshot.bySlug.get(slug);
  if (!stored) return '';
  const item = localiseItem(snapshot, stored, lang);
  const message = translator(lang);
  // As the app's textLanguage (web/components/ui/text-language.ts): `und` is an empty lang.
  const textLang = ` lang="${item.language === 'und' ? '' : escapeHtml(item.language)}" dir="auto"`;
  const chips = item.themes
    .map(
      (code) =>
        `<li><span class="swatch" style="background:${themeColor(code)}" aria-hidden="true"></span>` +
        `${escapeHtml(themeLabel(lang, code, snapshot.meta.themes.find((t) => t.code === code)?.label ?? code))}</li>`,
    )
    .join('');
  return (
    `<div class="app first-paint" data-first-paint="">${siteHeader(lang, null, rest, '')}` +
    `<main id="main" class="page initiative-page" tabindex="-1">` +
    `<p class="back-link"><a href="${escapeHtml(localizedPath(lang, `/?selected=${item.slug}`))}">` +
    `${ARROW_LEFT} ${escapeHtml(message('initiative.backToMap'))}</a></p>` +
    `<article aria-labelledby="initiative-title"><header class="initiative-header">` +
    `<p class="eyebrow">${escapeHtml(item.countryName)} · ${escapeHtml(item.regionName)}</p>` +
    `<h1 id="initiative-title"${textLang}>${escapeHtml(item.title)}</h1>` +
    `<ul class="theme-chips">${chips}</ul></header>` +
    `<div class="initiative-layout"><div class="initiative-main">` +
    `<p class="lead"${textLang}>${escapeHtml(item.summary)}</p>` +
    `</div></div></article></main></div>`
  );
}

/** Lucide's "shield-check" icon, as the form's safety notice draws it (24 px). */
const SHIELD_CHECK =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-shield-check icon" aria-hidden="true" focusable="false"><path d="M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z"></path><path d="m9 12 2 2 4-4"></path></svg>';

/**
 * The form's opening page, as the app draws it (TellIntro and SafetyNotice in
 * web/features/submit/): a child on a slow line reads how to keep everyone safe while the form
 * is on its way. The start button is the app's: before then it would do nothing. A child with
 * a draft on this device goes on where they stopped once the app starts.
 */
function tellFirstPaint(lang: LanguageCode, rest: string, search: string): string {
  const message = translator(lang);
  const text = (key: string) => escapeHtml(message(key));
  return (
    `<div class="app first-paint" data-first-paint="">${siteHeader(lang, '/tell', rest, search)}` +
    `<main id="main" class="page narrow tell" tabindex="-1">` +
    `<h1 tabindex="-1">${text('submit.pageTitle')}</h1>` +
    `<p class="tell-lead">${text('submit.intro')}</p><p>${text('submit.introTime')}</p>` +
    `<section class="tell-safety" aria-labelledby="tell-safety-heading">` +
    `<h2 id="tell-safety-heading">${SHIELD_CHECK}${text('submit.safetyTitle')}</h2><ul>` +
    [1, 2, 3, 4].map((n) => `<li>${text(`submit.safety${n}`)}</li>`).join('') +
    `</ul><p class="tell-strong">${text('submit.noPersonalData')}</p></section>` +
    `<section class="tell-card" aria-labelledby="tell-next-heading">` +
    `<h2 id="tell-next-heading">${text('submit.whatHappensTitle')}</h2>` +
    `<p>${text('submit.whatHappens')}</p><p>${text('submit.whatIsKept')}</p>` +
    `<p><a href="${escapeHtml(localizedPath(lang, '/privacy'))}">${text('submit.privacyLink')}</a></p>` +
    `</section></main></div>`
  );
}

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
  for (const name of FILTER_PARAMS) {
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
