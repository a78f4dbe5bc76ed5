import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { discoveryTags, type PageRequest } from '../discovery/head-tags.ts';
import { EMBED_ROUTE } from '../discovery/site-pages.ts';
import type { Deps } from './context.ts';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Client-side routes; anything else gets the app's own "not found" page with a 404 status. */
const CLIENT_ROUTES = [
  /^\/$/,
  EMBED_ROUTE,
  /^\/initiatives\/[a-z0-9-]+\/?$/,
  /^\/tell(\/status\/[A-Za-z0-9-]+)?\/?$/,
  /^\/staff(\/.*)?$/,
  /^\/(about|privacy|insights|contact)\/?$/,
];

const DEFAULT_DESCRIPTION =
  'A world map of initiatives led by children and young people to end violence against children.';

/**
 * The app shell (index.html) with a title and description that fit the address, so a shared
 * link to an initiative previews well. Only published initiatives are ever named.
 */
export function renderShell(
  template: string,
  path: string,
  deps: Deps,
  request?: Omit<PageRequest, 'path'>,
): { body: string; status: ContentfulStatusCode } {
  let title = 'Participation Map: child-led initiatives to end violence';
  let description = DEFAULT_DESCRIPTION;
  let status: ContentfulStatusCode = CLIENT_ROUTES.some((r) => r.test(path)) ? 200 : 404;
  const slug = /^\/initiatives\/([a-z0-9-]+)\/?$/.exec(path)?.[1];
  if (slug) {
    const item = deps.readModel.current().bySlug.get(slug);
    if (item) {
      title = `${item.title} · ${item.countryName} · Participation Map`;
      description = item.summary.length > 200 ? `${item.summary.slice(0, 197)}…` : item.summary;
    } else {
      status = 404;
    }
  }
  const meta =
    // Link previews, JSON-LD, canonical address and feeds (api/discovery/head-tags.ts).
    (request && status === 200
      ? discoveryTags({ ...request, path }, deps, { title, description })
      : '') +
    `<meta name="description" content="${escapeHtml(description)}">` +
    `<meta property="og:title" content="${escapeHtml(title)}">` +
    `<meta property="og:description" content="${escapeHtml(description)}">` +
    `<meta property="og:type" content="website">` +
    // The optional online basemap the map may offer (BASEMAP_STYLE_URL); absent by default.
    (deps.env.BASEMAP_STYLE_URL
      ? `<meta name="pm-basemap-style" content="${escapeHtml(deps.env.BASEMAP_STYLE_URL)}">`
      : '');
  // Replacements are functions: a replacement string would read `$&`, `$'`, `` $` `` and `$1`
  // in a title as patterns and paste parts of the page into it.
  const body = template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(/<meta\s+name="description"[^>]*>/, '')
    .replace('</head>', () => `${meta}</head>`);
  return { body, status };
}
