import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { discoveryTags, type PageRequest } from '../discovery/head-tags.ts';
import { languageOf, splitLanguagePath } from '../../contract/languages.ts';
import { INITIATIVE_PATH, initiativeSlugOf } from '../../contract/page-paths.ts';
import { languageTags } from '../discovery/language-tags.ts';
import { EMBED_ROUTE, PAGE_LANGUAGES } from '../discovery/site-pages.ts';
import { pageText } from '../i18n/page-text.ts';
import type { Deps } from './context.ts';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Client-side routes; anything else gets the app's own "not found" page with a 404 status. */
const CLIENT_ROUTES = [
  /^\/$/,
  EMBED_ROUTE,
  INITIATIVE_PATH,
  /^\/tell(\/status\/[A-Za-z0-9-]+)?\/?$/,
  /^\/staff(\/.*)?$/,
  /^\/(about|privacy|insights|contact)\/?$/,
];

/** The hint naming the live map's code for wide screens (vite.config.ts, mapCodeHint). */
const MAP_CODE_HINT = /[ \t]*<link[^>]*\bdata-map-code\b[^>]*>\n?/;

/**
 * The app shell (index.html) in the address's language (`/fr/...`): `<html lang dir>`, a
 * title and description that fit the page, from the catalogue, and its other language
 * versions (hreflang), so a shared link to an initiative previews well. Only published
 * initiatives are ever named.
 */
export function renderShell(
  template: string,
  fullPath: string,
  deps: Deps,
  request?: Omit<PageRequest, 'path'> & { saveData?: boolean },
): { body: string; status: ContentfulStatusCode } {
  const { lang, rest: path } = splitLanguagePath(fullPath, PAGE_LANGUAGES);
  let status: ContentfulStatusCode = CLIENT_ROUTES.some((r) => r.test(path)) ? 200 : 404;
  const slug = initiativeSlugOf(path);
  const item = slug ? deps.readModel.current().bySlug.get(slug) : undefined;
  if (slug && !item) status = 404;
  const { title, description } = pageText(lang, path, item);
  const meta =
    // Link previews, JSON-LD, canonical address and feeds (api/discovery/head-tags.ts).
    (request && status === 200
      ? discoveryTags({ ...request, path, lang }, deps, { title, description }) +
        (path.startsWith('/staff') ? '' : languageTags(request.origin, lang, path))
      : '') +
    `<meta name="description" content="${escapeHtml(description)}">` +
    `<meta property="og:title" content="${escapeHtml(title)}">` +
    `<meta property="og:description" content="${escapeHtml(description)}">` +
    `<meta property="og:type" content="website">` +
    // The optional online basemap the map may offer (BASEMAP_STYLE_URL); absent by default.
    (deps.env.BASEMAP_STYLE_URL
      ? `<meta name="pm-basemap-style" content="${escapeHtml(deps.env.BASEMAP_STYLE_URL)}">`
      : '');
  // The live map's code is named on the map page only (the only page that starts it at
  // once), and never to a browser that asks to save data, where the map starts on request.
  const mapPage = path === '/' && !request?.saveData;
  // Replacements are functions: a replacement string would read `$&`, `$'`, `` $` `` and `$1`
  // in a title as patterns and paste parts of the page into it.
  const body = template
    .replace(MAP_CODE_HINT, (hint) => (mapPage ? hint : ''))
    .replace(/<html[^>]*>/, () => `<html lang="${lang}" dir="${languageOf(lang).dir}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(/<meta\s+name="description"[^>]*>/, '')
    .replace('</head>', () => `${meta}</head>`);
  return { body, status };
}
