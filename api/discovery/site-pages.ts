/**
 * The public pages of the site, for the sitemap and the page shell. Pages are in English
 * today; when translations arrive, each language gets its own path prefix (`/fr/about`),
 * listed here, and the sitemap names every language version of each page (hreflang).
 * The first language is the default and has no prefix.
 */
export const PAGE_LANGUAGES: readonly string[] = ['en'];
export const DEFAULT_LANGUAGE = 'en';

/** Pages that exist once per language, whatever the data. */
export const STATIC_PAGES: readonly string[] = [
  '/',
  '/insights',
  '/about',
  '/tell',
  '/contact',
  '/privacy',
];

/** A page's path in one language: `/about` -> `/fr/about`; the default language has none. */
export function localizedPath(lang: string, path: string): string {
  if (lang === DEFAULT_LANGUAGE) return path;
  return path === '/' ? `/${lang}/` : `/${lang}${path}`;
}

/** `/embed`, and `/{lang}/embed` for each language the pages are offered in. */
export const EMBED_ROUTE = new RegExp(`^/(?:(?:${PAGE_LANGUAGES.join('|')})/)?embed/?$`);
