import type { Context } from 'hono';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGE_CODES as LANGUAGES,
  type LanguageCode as Language,
} from '../../contract/languages.ts';
import { invalidFields } from '../lib/problem.ts';

const LANG_HINT = `Use one of: ${LANGUAGES.join(', ')}`;

/**
 * The best of the six languages for an `Accept-Language` header (RFC 9110 section 12.5.4):
 * the highest-weighted range whose primary subtag is one of them; English when none is.
 * `zh-Hant` and `zh-TW` also take `zh`: one written Chinese is better than none.
 */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  let best: { lang: Language; q: number; order: number } | undefined;
  header.split(',').forEach((part, order) => {
    const [range = '', ...params] = part.trim().split(';');
    const primary = range.trim().toLowerCase().split('-')[0];
    if (!isLanguage(primary)) return;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0) return;
    if (!best || q > best.q) best = { lang: primary, q, order };
  });
  return best?.lang ?? DEFAULT_LANGUAGE;
}

export type RequestLanguage = { lang: Language; fromHeader: boolean };

/**
 * The language a public request asks for: `lang` when given (400 when it is not one of the
 * six), else negotiated from `Accept-Language`. `fromHeader` says the answer depends on that
 * header, so caches must be told (`Vary: Accept-Language`).
 */
export function requestLanguage(c: Context): RequestLanguage {
  const param = c.req.query('lang');
  if (param !== undefined && param !== '') {
    const lang = param.trim().toLowerCase();
    if (!isLanguage(lang)) {
      throw invalidFields({ lang: [`Unknown lang "${param.slice(0, 20)}". ${LANG_HINT}`] });
    }
    return { lang, fromHeader: false };
  }
  return { lang: negotiateLanguage(c.req.header('Accept-Language')), fromHeader: true };
}
