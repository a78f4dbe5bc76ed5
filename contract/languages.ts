import manifest from './messages/languages.json' with { type: 'json' };

/**
 * The interface's languages (contract/messages/languages.json): code, name in the language
 * itself, writing direction and whether a native speaker has reviewed the translation. A
 * language is offered only once its catalogue, contract/messages/<code>.json, exists: the
 * build and the server check (see `enabledLanguages` in each).
 */
export type LanguageCode = 'en' | 'fr' | 'es' | 'ru' | 'zh' | 'ar';
export type Language = {
  code: LanguageCode;
  autonym: string;
  dir: 'ltr' | 'rtl';
  /** "reviewed", or "needs review by a native speaker" until a reviewer signs off. */
  review: string;
};

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export const LANGUAGES: readonly Language[] = Object.entries(manifest).map(([code, l]) => ({
  code: code as LanguageCode,
  autonym: l.autonym,
  dir: l.dir === 'rtl' ? 'rtl' : 'ltr',
  review: l.review,
}));

export function isLanguageCode(code: string): code is LanguageCode {
  return LANGUAGES.some((l) => l.code === code);
}

export function languageOf(code: LanguageCode): Language {
  return LANGUAGES.find((l) => l.code === code) ?? (LANGUAGES[0] as Language);
}

/**
 * Namespaces of the catalogue shipped together. The first visit to the map needs only
 * `core`; the rest load with the page that uses them, so a visitor never downloads the staff
 * workspace's text.
 */
export const MESSAGE_GROUPS = {
  core: ['common', 'map', 'openData', 'problems', 'contact'],
  initiative: ['initiative', 'concerns'],
  tell: ['submit', 'safeguarding'],
  pages: ['about', 'privacy'],
  insights: ['insights'],
  // `vocabulary` (theme and action labels) is read by the API for /api/meta; no public page
  // needs it, so it ships with the staff workspace rather than on the first visit.
  staff: ['staff', 'personalData', 'vocabulary'],
} as const satisfies Record<string, readonly string[]>;

export type MessageGroup = keyof typeof MESSAGE_GROUPS;

/**
 * The six codes as a tuple, for schemas and database enums (languages.test.ts in api/i18n
 * checks they match the manifest).
 */
export const LANGUAGE_CODES = [
  'en',
  'fr',
  'es',
  'ru',
  'zh',
  'ar',
] as const satisfies readonly LanguageCode[];

/**
 * The language of a text that is none of the six: BCP 47 "undetermined". A child can write
 * in any language; staff can then add a translation into the six.
 */
export const OTHER_LANGUAGE = 'und';

export function isLanguage(value: unknown): value is LanguageCode {
  return typeof value === 'string' && isLanguageCode(value);
}

/** A page's path in one language: `/about` -> `/fr/about`; the default language has none. */
export function localizedPath(lang: LanguageCode, path: string): string {
  if (lang === DEFAULT_LANGUAGE) return path;
  return path === '/' ? `/${lang}/` : `/${lang}${path}`;
}

/**
 * The language an address asks for and the page within it: `/fr/initiatives/x` ->
 * fr, `/initiatives/x`. Only `enabled` languages other than the default are prefixes; any
 * other path is the default language's.
 */
export function splitLanguagePath(
  path: string,
  enabled: readonly LanguageCode[],
): { lang: LanguageCode; rest: string } {
  const m = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(path);
  const code = m?.[1] ?? '';
  if (m && code !== DEFAULT_LANGUAGE && isLanguageCode(code) && enabled.includes(code))
    return { lang: code, rest: m[2] || '/' };
  return { lang: DEFAULT_LANGUAGE, rest: path };
}
