import { languages, loaders } from 'virtual:messages';
import {
  DEFAULT_LANGUAGE,
  isLanguageCode,
  languageOf,
  localizedPath,
  type LanguageCode,
  type MessageGroup,
} from '../../contract/languages.ts';
import { formatWholeNumber } from './whole-numbers.ts';

/**
 * The one i18n layer (docs/decisions/120-languages.md). Every piece of UI text comes from the
 * ICU MessageFormat catalogues in contract/messages/<lang>.json, keyed "namespace.key". They
 * are compiled to functions at build time (scripts/vite-messages.ts); each language's
 * namespaces load in groups, with the page that needs them (`loadMessages`).
 */
export type Vars = Record<string, string | number>;
type MessageFunction = (vars: Vars) => string;
export type CompiledMessages = {
  default: Record<string, Record<string, MessageFunction>>;
  selectors: string[];
};

const catalogues = new Map<LanguageCode, Record<string, Record<string, MessageFunction>>>();
const selectors = new Set<string>();
const loaded = new Map<string, Promise<void>>();

let current: LanguageCode = DEFAULT_LANGUAGE;

/** Adds compiled namespaces of one language (what `loadMessages` does with each chunk). */
export function addMessages(lang: LanguageCode, compiled: CompiledMessages): void {
  const into = catalogues.get(lang) ?? {};
  catalogues.set(lang, { ...into, ...compiled.default });
  for (const s of compiled.selectors) selectors.add(s);
}

/** Loads a group of namespaces in a language (the current one by default), once. */
export function loadMessages(group: MessageGroup, lang: LanguageCode = current): Promise<void> {
  const id = `${lang}/${group}`;
  let done = loaded.get(id);
  if (!done) {
    const load = loaders[lang]?.[group];
    done = load
      ? load().then((m) => addMessages(lang, m))
      : Promise.reject(new Error(`No messages for ${id}`));
    // A failed load (offline) may be tried again by the next visit to the page.
    done.catch(() => loaded.delete(id));
    loaded.set(id, done);
  }
  return done;
}

/** The languages whose catalogue exists, in the manifest's order. */
export function availableLocales(): LanguageCode[] {
  return [...languages];
}

/** Loads, in another language, the groups of messages in use now (before switching to it). */
export async function preloadLocale(code: LanguageCode): Promise<void> {
  const groups = [...loaded.keys()]
    .filter((id) => id.startsWith(`${current}/`))
    .map((id) => id.slice(id.indexOf('/') + 1) as MessageGroup);
  await Promise.all(groups.map((g) => loadMessages(g, code)));
}

/** Switches the interface's language: loads the groups already in use, then sets lang/dir. */
export async function setLocale(code: string): Promise<void> {
  const next =
    isLanguageCode(code) && (languages.includes(code) || catalogues.has(code))
      ? code
      : DEFAULT_LANGUAGE;
  if (languages.includes(next)) await preloadLocale(next);
  const changed = next !== current;
  current = next;
  if (changed) for (const listener of localeListeners) listener(next);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = next;
    document.documentElement.dir = languageOf(next).dir;
  }
}

/** The direction of the current language's text. */
export function dir(): 'ltr' | 'rtl' {
  return languageOf(current).dir;
}

/**
 * A map control's corner at the start or end of the line: in a right-to-left language the
 * map's controls swap sides (`end` is on the left in Arabic).
 */
export function mapCorner(
  block: 'top' | 'bottom',
  side: 'start' | 'end',
): `${'top' | 'bottom'}-${'left' | 'right'}` {
  const left = (side === 'start') === (dir() === 'ltr');
  return `${block}-${left ? 'left' : 'right'}`;
}

/**
 * An address of the site in the current language (`/about` -> `/fr/about`), for plain links
 * and links opened in a new tab; router links (`<Link>`) get the prefix from the router.
 */
export function localHref(path: string): string {
  return localizedPath(current, path);
}

export function locale(): LanguageCode {
  return current;
}

const localeListeners = new Set<(lang: LanguageCode) => void>();

/** Calls `listener` after each switch of language; returns the function that stops it. */
export function onLocaleChange(listener: (lang: LanguageCode) => void): () => void {
  localeListeners.add(listener);
  return () => {
    localeListeners.delete(listener);
  };
}

/** A number in the current language (counts without creating an Intl.NumberFormat). */
export function formatNumber(n: number): string {
  return formatWholeNumber(current, n);
}

/**
 * Translates a key. A key the language lacks is shown in English if that is loaded (each
 * built catalogue is complete: the build fills gaps from English), else as the key itself,
 * so a gap is visible, not blank.
 * Numbers are written the language's way: `#` in a plural by the compiled message, any
 * other numeric argument here.
 */
export function t(key: string, vars: Vars = {}): string {
  const dot = key.indexOf('.');
  const [ns, name] = [key.slice(0, dot), key.slice(dot + 1)];
  const message =
    catalogues.get(current)?.[ns]?.[name] ?? catalogues.get(DEFAULT_LANGUAGE)?.[ns]?.[name];
  if (!message) return key;
  const args: Vars = {};
  for (const [name, value] of Object.entries(vars))
    args[name] = typeof value === 'number' && !selectors.has(name) ? formatNumber(value) : value;
  return message(args);
}
