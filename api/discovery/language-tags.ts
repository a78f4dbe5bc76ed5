import { DEFAULT_LANGUAGE, localizedPath, type LanguageCode } from '../../contract/languages.ts';
import { escapeXml } from '../lib/site-url.ts';
import { PAGE_LANGUAGES } from './site-pages.ts';

/** Open Graph locales (language_TERRITORY, as Open Graph asks) of the interface languages. */
const OG_LOCALES: Record<LanguageCode, string> = {
  en: 'en_GB',
  fr: 'fr_FR',
  es: 'es_ES',
  ru: 'ru_RU',
  zh: 'zh_CN',
  ar: 'ar_AR',
};

/**
 * The page's other language versions for search engines and link previews: one
 * `hreflang` alternate per language, `x-default` (the unprefixed address, which picks a
 * language for the visitor), and `og:locale` with its alternates. `path` is the page's path
 * without the language prefix.
 */
export function languageTags(origin: string, lang: LanguageCode, path: string): string {
  let tags = '';
  for (const alt of PAGE_LANGUAGES) {
    const href = escapeXml(origin + localizedPath(alt, path));
    tags += `<link rel="alternate" hreflang="${alt}" href="${href}">`;
  }
  const fallback = escapeXml(origin + localizedPath(DEFAULT_LANGUAGE, path));
  tags += `<link rel="alternate" hreflang="x-default" href="${fallback}">`;
  tags += `<meta property="og:locale" content="${OG_LOCALES[lang]}">`;
  for (const alt of PAGE_LANGUAGES)
    if (alt !== lang) tags += `<meta property="og:locale:alternate" content="${OG_LOCALES[alt]}">`;
  return tags;
}
