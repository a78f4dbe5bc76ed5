import { common } from './en/common.ts';

/**
 * The one i18n layer. Every piece of UI text comes from a message catalogue, keyed
 * "namespace.key". A message may be a plain string with {placeholders}, or plural forms
 * chosen with Intl.PluralRules ({ one, other, ... }) by the `count` variable.
 * English ships first; a language adds a catalogue with the same keys.
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Catalogue = Record<string, Message>;

type Locale = { code: string; dir: 'ltr' | 'rtl'; messages: Record<string, Catalogue> };

const locales: Record<string, Locale> = {
  en: { code: 'en', dir: 'ltr', messages: { common } },
};

let current: Locale = locales.en as Locale;

/** Features register their own namespace (e.g. "map") so catalogues stay next to their feature. */
export function registerMessages(namespace: string, messages: Catalogue, locale = 'en'): void {
  const l = (locales[locale] ??= { code: locale, dir: 'ltr', messages: {} });
  l.messages[namespace] = messages;
}

export function setLocale(code: string): void {
  current = locales[code] ?? (locales.en as Locale);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = current.code;
    document.documentElement.dir = current.dir;
  }
}

export function locale(): string {
  return current.code;
}

export type Vars = Record<string, string | number>;

function lookup(key: string): Message | undefined {
  const dot = key.indexOf('.');
  const ns = key.slice(0, dot);
  const name = key.slice(dot + 1);
  return current.messages[ns]?.[name] ?? locales.en?.messages[ns]?.[name];
}

const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatNumber(n: number): string {
  let f = numberFormats.get(current.code);
  if (!f) numberFormats.set(current.code, (f = new Intl.NumberFormat(current.code)));
  return f.format(n);
}

const pluralFormats = new Map<string, Intl.PluralRules>();
function pluralRules(code: string): Intl.PluralRules {
  let r = pluralFormats.get(code);
  if (!r) pluralFormats.set(code, (r = new Intl.PluralRules(code)));
  return r;
}

/** Translates a key; unknown keys come back as the key itself so a gap is visible, not blank. */
export function t(key: string, vars: Vars = {}): string {
  const msg = lookup(key);
  if (msg === undefined) return key;
  let text: string;
  if (typeof msg === 'string') text = msg;
  else {
    const count = typeof vars.count === 'number' ? vars.count : 0;
    const rule = pluralRules(current.code).select(count);
    text = msg[rule] ?? msg.other;
  }
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === 'number' ? formatNumber(v) : v;
  });
}

/** The languages that have messages, for choices such as the embedded map's language. */
export function availableLocales(): string[] {
  return Object.keys(locales);
}
