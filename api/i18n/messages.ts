import MessageFormat from '@messageformat/core';
import { parse, type Token } from '@messageformat/parser';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_LANGUAGE, LANGUAGES, type LanguageCode } from '../../contract/languages.ts';

/**
 * The server's messages (page shell, e-mails, labels), from the same ICU MessageFormat
 * catalogues as the web app (contract/messages/<lang>.json), compiled here at run time, each
 * message once, when first used. A language is enabled when its file exists.
 */
export type Vars = Record<string, string | number>;
type Compiled = { format: (vars: Vars) => string; selectors: Set<string> };
type Catalogue = Record<string, Record<string, string>>;

const DIR = resolve(import.meta.dirname, '../../contract/messages');
const fileOf = (code: string) => join(DIR, `${code}.json`);

let enabled: LanguageCode[] | undefined;
/** The languages whose catalogue exists, in the manifest's order (English first). */
export function enabledLanguages(): LanguageCode[] {
  enabled ??= LANGUAGES.map((l) => l.code).filter((code) => existsSync(fileOf(code)));
  return enabled;
}

const sources = new Map<LanguageCode, Catalogue>();
const compiled = new Map<string, Compiled | null>();
const formats = new Map<LanguageCode, MessageFormat>();
const numbers = new Map<LanguageCode, Intl.NumberFormat>();

function source(lang: LanguageCode): Catalogue {
  let c = sources.get(lang);
  if (!c) {
    c = enabledLanguages().includes(lang)
      ? (JSON.parse(readFileSync(fileOf(lang), 'utf8')) as Catalogue)
      : {};
    sources.set(lang, c);
  }
  return c;
}

function compile(lang: LanguageCode, key: string): Compiled | null {
  const id = `${lang}:${key}`;
  let fn = compiled.get(id);
  if (fn === undefined) {
    const dot = key.indexOf('.');
    const text = source(lang)[key.slice(0, dot)]?.[key.slice(dot + 1)];
    let mf = formats.get(lang);
    if (!mf) formats.set(lang, (mf = new MessageFormat(lang)));
    fn =
      text === undefined
        ? null
        : {
            format: mf.compile(text) as (vars: Vars) => string,
            selectors: new Set(selectorArgs(parse(text))),
          };
    compiled.set(id, fn);
  }
  return fn;
}

/**
 * The message `key` ("namespace.key") in `lang`, or in English when the language lacks it;
 * the key itself if English lacks it too. Numbers are written the language's way.
 */
export function translate(lang: LanguageCode, key: string, vars: Vars = {}): string {
  const found = compile(lang, key);
  const message = found ?? compile(DEFAULT_LANGUAGE, key);
  if (!message) return key;
  const used = found ? lang : DEFAULT_LANGUAGE;
  let nf = numbers.get(used);
  if (!nf) numbers.set(used, (nf = new Intl.NumberFormat(used)));
  const args: Vars = {};
  for (const [name, value] of Object.entries(vars))
    args[name] =
      typeof value === 'number' && !message.selectors.has(name) ? nf.format(value) : value;
  return message.format(args);
}

/** A `t(key, vars)` bound to one language. */
export function translator(lang: LanguageCode): (key: string, vars?: Vars) => string {
  return (key, vars) => translate(lang, key, vars);
}

/**
 * Arguments that choose a case (plural, selectordinal, select): they must stay numbers. The
 * build's message compiler (scripts/vite-messages.ts) uses it too.
 */
export function selectorArgs(tokens: Token[]): string[] {
  const names: string[] = [];
  for (const token of tokens) {
    if (token.type === 'plural' || token.type === 'selectordinal' || token.type === 'select') {
      names.push(token.arg);
      for (const c of token.cases) names.push(...selectorArgs(c.tokens));
    }
  }
  return names;
}
