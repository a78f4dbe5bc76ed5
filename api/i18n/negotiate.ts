import { DEFAULT_LANGUAGE, isLanguageCode, type LanguageCode } from '../../contract/languages.ts';

/**
 * The cookie the language switcher sets: the visitor's chosen language, read only to pick the
 * language of `/`. Functional, no personal data (stated on the privacy page).
 */
export const LANGUAGE_COOKIE = 'lang';
export const LANGUAGE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/**
 * The language for a visit to `/`: the saved choice, else the best match of the browser's
 * Accept-Language (by weight, then order; `fr-CA` matches `fr`), else the default.
 */
export function negotiateLanguage(
  saved: string | undefined,
  acceptLanguage: string | undefined,
  enabled: readonly LanguageCode[],
): LanguageCode {
  if (saved && isLanguageCode(saved) && enabled.includes(saved)) return saved;
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q) : 1, order };
    })
    .filter((r) => r.base && r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { base } of ranges) if (isLanguageCode(base) && enabled.includes(base)) return base;
  return DEFAULT_LANGUAGE;
}
