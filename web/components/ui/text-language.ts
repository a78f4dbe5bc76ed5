/**
 * Attributes for a piece of an entry's own text (title, summary), which may be in another
 * language and script than the page: `lang` so screen readers pronounce it and browsers
 * pick fonts and hyphenation, and `dir="auto"` so Arabic reads right to left on an English
 * page. `und` (a language we cannot name) gives an empty `lang`: "unknown" in HTML.
 */
export function textLanguage(language?: string): { lang?: string; dir: 'auto' } {
  if (language === undefined) return { dir: 'auto' };
  return { lang: language === 'und' ? '' : language, dir: 'auto' };
}
