/**
 * The six official languages of the United Nations, the languages the site and its reference
 * data are offered in. English is the default and the fallback.
 */
export const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * The language of a text that is none of the six: BCP 47 "undetermined". A child can write
 * in any language; staff can then add a translation into the six.
 */
export const OTHER_LANGUAGE = 'und';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
