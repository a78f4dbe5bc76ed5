import type { LanguageCode as Language } from '../../contract/languages.ts';
import {
  actionLabel,
  collatorFor,
  countryName,
  regionName,
  themeLabel,
} from '../i18n/reference-labels.ts';
import type { Initiative, Meta } from '../../contract/initiatives.ts';
import type { PublicItem, Snapshot } from './read-model.ts';

/**
 * An item as a visitor reading `lang` sees it: title and summary from the translation into
 * `lang` when there is one, else the original, with `language` naming which; country and
 * region names in `lang`. The stored item is never changed.
 */
export function localiseItem(s: Snapshot, item: PublicItem, lang: Language): Initiative {
  const { id, ...rest } = item;
  const translation = lang === item.originalLanguage ? undefined : s.translations.get(id)?.[lang];
  return {
    ...rest,
    title: translation?.title ?? item.title,
    summary: translation?.summary ?? item.summary,
    language: translation ? lang : item.originalLanguage,
    countryName: countryName(lang, item.country, item.countryName),
    regionName: regionName(lang, item.region, item.regionName),
    subregionName: regionName(lang, item.subregion, item.subregionName),
  };
}

/** An item's title in `lang` (its translation, else the original). */
export function localTitle(s: Snapshot, item: PublicItem, lang: Language): string {
  if (lang === item.originalLanguage) return item.title;
  return s.translations.get(item.id)?.[lang]?.title ?? item.title;
}

/**
 * The reference data in `lang`: labels from the catalogues, names from CLDR, regions,
 * sub-regions and countries sorted for readers of `lang`. Themes and actions keep their
 * display order.
 */
export function localiseMeta(meta: Meta, lang: Language): Meta {
  const collator = collatorFor(lang);
  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
  return {
    themes: meta.themes.map((t) => ({ code: t.code, label: themeLabel(lang, t.code, t.label) })),
    actions: meta.actions.map((a) => ({ code: a.code, label: actionLabel(lang, a.code, a.label) })),
    regions: meta.regions
      .map((r) => ({
        code: r.code,
        name: regionName(lang, r.code, r.name),
        subregions: r.subregions
          .map((sub) => ({ code: sub.code, name: regionName(lang, sub.code, sub.name) }))
          .sort(byName),
      }))
      .sort(byName),
    countries: meta.countries
      .map((c) => ({ ...c, name: countryName(lang, c.code, c.name) }))
      .sort(byName),
    years: meta.years,
  };
}
