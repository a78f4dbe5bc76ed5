import { DEFAULT_LANGUAGE, localizedPath } from '../../contract/languages.ts';
import { enabledLanguages } from '../i18n/messages.ts';

export { DEFAULT_LANGUAGE, localizedPath };

/**
 * The public pages of the site, for the sitemap and the page shell. Each language with a
 * catalogue has its own path prefix (`/fr/about`); the default language (English) has none.
 * The sitemap names every language version of each page (hreflang).
 */
export const PAGE_LANGUAGES = enabledLanguages();

/** Pages that exist once per language, whatever the data. */
export const STATIC_PAGES: readonly string[] = [
  '/',
  '/insights',
  '/about',
  '/tell',
  '/contact',
  '/privacy',
];

/** `/embed`, and `/{lang}/embed` for each language the pages are offered in. */
export const EMBED_ROUTE = new RegExp(`^/(?:(?:${PAGE_LANGUAGES.join('|')})/)?embed/?$`);
