import { OPEN_DATA_CSV_COLUMNS } from '../../contract/columns.ts';
import { computeBreakdown } from './breakdown.ts';
import { invalidFields, notFound, type FieldErrors } from '../lib/problem.ts';
import {
  POINT_FIELDS,
  type Facets,
  type Initiative,
  type InitiativeList,
  type Points,
} from '../../contract/initiatives.ts';
import {
  type FacetsQuery,
  type Filters,
  type ListQuery,
  type MapPictureQuery,
} from './initiatives.schema.ts';
import { hasShape, mapPictureSvg, type PictureMarker } from './map-picture.ts';
import {
  computeFacets,
  eachBit,
  filterItems,
  matchMask,
  pageItems,
  type PublicItem,
  type PublicReadModel,
  type Snapshot,
} from './read-model.ts';
import { ATTRIBUTION, LICENCE_ID, LICENCE_NOTE, LICENCE_URL } from '../lib/open-data.ts';
import {
  LANGUAGE_CODES as LANGUAGES,
  type LanguageCode as Language,
} from '../../contract/languages.ts';
import { localiseItem, localiseMeta, localTitle } from './localise.ts';
import { countryName } from '../i18n/reference-labels.ts';

/** Region, sub-region and country codes are data, so they are checked here, not in the schema. */
function checkCodes(s: Snapshot, f: Pick<Filters, 'region' | 'subregion' | 'country'>): void {
  const errors: FieldErrors = {};
  const unknown = (
    name: keyof Filters,
    values: string[] | undefined,
    known: Set<string>,
    hint: string,
  ) => {
    const bad = (values ?? []).filter((v) => !known.has(v));
    if (bad.length)
      errors[name] = [`Unknown ${name} ${bad.map((b) => `"${b}"`).join(', ')}. ${hint}`];
  };
  unknown('region', f.region, s.regionCodes, 'See /api/meta for region codes.');
  unknown('subregion', f.subregion, s.subregionCodes, 'See /api/meta for sub-region codes.');
  unknown(
    'country',
    f.country,
    s.countryCodes,
    'Use ISO 3166-1 alpha-2 codes listed in /api/meta.',
  );
  if (Object.keys(errors).length) throw invalidFields(errors);
}

export function matching(
  model: PublicReadModel,
  f: Filters,
  snapshot = model.current(),
): { snapshot: Snapshot; items: PublicItem[] } {
  checkCodes(snapshot, f);
  const textIds = f.q ? model.searchIds(f.q, snapshot) : undefined;
  return { snapshot, items: filterItems(snapshot, f, textIds) };
}

/**
 * The JSON body for one kind of response and its validated query, serialized once per
 * snapshot and then served from the snapshot's cache. Invalid queries throw before anything
 * is cached, every time.
 */
const encoder = new TextEncoder();

function cachedBody(
  model: PublicReadModel,
  kind: string,
  query: object,
  build: (snapshot: Snapshot) => string,
): Uint8Array<ArrayBuffer> {
  const snapshot = model.current();
  const key = `${kind}?${JSON.stringify(query)}`;
  const hit = snapshot.responses.get(key);
  if (hit) return hit;
  const body = encoder.encode(build(snapshot));
  snapshot.responses.set(key, body);
  return body;
}

function cachedJson(
  model: PublicReadModel,
  kind: string,
  query: object,
  build: (snapshot: Snapshot) => unknown,
): Uint8Array<ArrayBuffer> {
  return cachedBody(model, kind, query, (s) => JSON.stringify(build(s)));
}

/** The cache key part for a query: its filters, with `lang` replaced by the language used. */
function withLang(query: object, lang: Language): object {
  return { ...query, lang };
}

export function listInitiatives(
  model: PublicReadModel,
  q: ListQuery,
  snapshot = model.current(),
  lang: Language = 'en',
): InitiativeList {
  checkCodes(snapshot, q);
  const textIds = q.q ? model.searchIds(q.q, snapshot) : undefined;
  const { total, page } = pageItems(snapshot, q, textIds, q.offset, q.limit);
  return {
    items: page.map((i) => localiseItem(snapshot, i, lang)),
    total,
    limit: q.limit,
    offset: q.offset,
  };
}

export function initiativeFacets(
  model: PublicReadModel,
  f: FacetsQuery,
  snapshot = model.current(),
): Facets {
  checkCodes(snapshot, f);
  const textIds = f.q ? model.searchIds(f.q, snapshot) : undefined;
  const facets = computeFacets(snapshot, f, textIds);
  if (f.breakdown !== 'matches') return facets;
  return { ...facets, matches: computeBreakdown(snapshot, matchMask(snapshot, f, textIds)) };
}

export function getPublicInitiative(
  model: PublicReadModel,
  slug: string,
  snapshot = model.current(),
  lang: Language = 'en',
): Initiative {
  const item = snapshot.bySlug.get(slug);
  if (!item) throw notFound(`No published initiative has the address "${slug}".`);
  return localiseItem(snapshot, item, lang);
}

/** getPublicInitiative as a JSON body, cached per snapshot (an unknown slug throws, uncached). */
export function publicInitiativeJson(
  model: PublicReadModel,
  slug: string,
  lang: Language = 'en',
): Uint8Array<ArrayBuffer> {
  return cachedJson(model, 'one', { slug, lang }, (s) => getPublicInitiative(model, slug, s, lang));
}

/** The reference data in `lang` as a JSON body, cached per snapshot. */
export function metaJson(model: PublicReadModel, lang: Language = 'en'): Uint8Array<ArrayBuffer> {
  return cachedJson(model, 'meta', { lang }, (s) => localiseMeta(s.meta, lang));
}

/**
 * RFC 7946 FeatureCollection of points, longitude first, with what the map draws. Features
 * carry no `id`: the slug (in `properties`) is the public identity.
 */
export function initiativesGeoJson(
  model: PublicReadModel,
  f: Filters,
  snapshot = model.current(),
  lang: Language = 'en',
) {
  const { items } = matching(model, f, snapshot);
  return {
    type: 'FeatureCollection' as const,
    // Foreign members (RFC 7946 section 6.1): the terms of reuse travel with the file.
    license: LICENCE_ID,
    licenseUrl: LICENCE_URL,
    attribution: ATTRIBUTION,
    rights: LICENCE_NOTE,
    features: items.map((i) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [i.lon, i.lat] },
      properties: {
        slug: i.slug,
        title: localTitle(snapshot, i, lang),
        language:
          lang !== i.originalLanguage && snapshot.translations.get(i.id)?.[lang]
            ? lang
            : i.originalLanguage,
        originalLanguage: i.originalLanguage,
        country: i.country,
        countryName: countryName(lang, i.country, i.countryName),
        locality: i.locality,
        sourceUrl: i.sourceUrl,
        sourceTitle: i.sourceTitle,
        theme: i.themes[0] ?? null,
        themes: i.themes.join(','),
        actions: i.actions.join(','),
        year: i.year,
        approximate: i.approximate,
        quote: i.quote,
        quoteBy: i.quoteBy,
        // Every translation, so the file is open data in each language it exists in.
        translations: snapshot.translations.get(i.id) ?? {},
      },
    })),
  };
}

/** The map's compact rows (see `pointsSchema`), in the same order as the GeoJSON. */
export function initiativePoints(
  model: PublicReadModel,
  f: Filters,
  snapshot = model.current(),
  lang: Language = 'en',
): Points {
  const { items } = matching(model, f, snapshot);
  return {
    fields: [...POINT_FIELDS],
    rows: items.map((i) => [
      i.slug,
      localTitle(snapshot, i, lang),
      i.country,
      i.locality,
      i.themes,
      i.actions,
      i.year,
      i.approximate,
      i.lon,
      i.lat,
      lang !== i.originalLanguage && snapshot.translations.get(i.id)?.[lang]
        ? lang
        : i.originalLanguage,
    ]),
  };
}

/** listInitiatives as a JSON body, cached per snapshot. */
export function listInitiativesJson(
  model: PublicReadModel,
  q: ListQuery,
  lang: Language = 'en',
): Uint8Array<ArrayBuffer> {
  return cachedJson(model, 'list', withLang(q, lang), (s) => listInitiatives(model, q, s, lang));
}

/** initiativeFacets as a JSON body, cached per snapshot. */
export function initiativeFacetsJson(
  model: PublicReadModel,
  f: FacetsQuery,
): Uint8Array<ArrayBuffer> {
  return cachedJson(model, 'facets', f, (s) => initiativeFacets(model, f, s));
}

/**
 * Matching initiatives per country, every filter applied (what the live map shades by): the
 * same filter masks as the facets' counts, checked the same way.
 */
export function countryMatchCounts(
  model: PublicReadModel,
  f: Omit<Filters, 'lang'>,
  snapshot = model.current(),
): Map<string, number> {
  checkCodes(snapshot, f);
  const textIds = f.q ? model.searchIds(f.q, snapshot) : undefined;
  const x = snapshot.index;
  const byCode = new Uint32Array(x.countryCodes.length);
  eachBit(matchMask(snapshot, f, textIds), (k) => {
    const c = x.country[k] as number;
    byCode[c] = (byCode[c] as number) + 1;
  });
  const counts = new Map<string, number>();
  x.countryCodes.forEach((code, i) => {
    if (byCode[i]) counts.set(code, byCode[i] as number);
  });
  return counts;
}

/**
 * States with published entries that the basemap has no shape for, at their reference point.
 * Like the live map, the set depends on the catalogue, not on the filters: a filtered-out
 * state keeps its marker, unshaded.
 */
function pictureMarkers(snapshot: Snapshot): PictureMarker[] {
  const withEntries = new Set(snapshot.index.countryCodes);
  return snapshot.meta.countries
    .filter(
      (c) =>
        withEntries.has(c.code) &&
        !hasShape(c.code) &&
        Number.isFinite(c.lat) &&
        Number.isFinite(c.lon),
    )
    .map((c) => ({ iso: c.code, lon: c.lon, lat: c.lat }))
    .sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
}

/** The still picture of the map for these filters as SVG bytes, cached per snapshot. */
export function initiativesMapSvgBody(
  model: PublicReadModel,
  f: MapPictureQuery,
): Uint8Array<ArrayBuffer> {
  return cachedBody(model, 'map.svg', f, (s) =>
    mapPictureSvg(countryMatchCounts(model, f, s), pictureMarkers(s)),
  );
}

/** initiativesGeoJson as a JSON body, cached per snapshot (megabytes at 100,000 entries). */
export function initiativesGeoJsonBody(
  model: PublicReadModel,
  f: Filters,
  lang: Language = 'en',
): Uint8Array<ArrayBuffer> {
  return cachedJson(model, 'geojson', withLang(f, lang), (s) =>
    initiativesGeoJson(model, f, s, lang),
  );
}

/** initiativePoints as a JSON body, cached per snapshot. */
export function initiativePointsBody(
  model: PublicReadModel,
  f: Filters,
  lang: Language = 'en',
): Uint8Array<ArrayBuffer> {
  return cachedJson(model, 'points', withLang(f, lang), (s) => initiativePoints(model, f, s, lang));
}

/**
 * One RFC 4180 field. Text that a spreadsheet would run as a formula (starting with
 * = + - @ or a tab) gets a leading apostrophe, as OWASP advises for CSV exports.
 */
export function csvField(value: string | number | boolean | null | undefined, text = true): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: string[]): string {
  return `${fields.join(',')}\r\n`;
}

export function initiativesCsv(
  model: PublicReadModel,
  f: Filters,
  snapshot = model.current(),
): string {
  const { items } = matching(model, f, snapshot);
  let out = csvRow([...OPEN_DATA_CSV_COLUMNS]);
  for (const i of items) {
    out += csvRow([
      csvField(i.slug),
      csvField(i.title),
      csvField(i.country),
      csvField(i.countryName),
      csvField(i.regionName),
      csvField(i.subregionName),
      csvField(i.locality),
      csvField(i.lat, false),
      csvField(i.lon, false),
      csvField(i.approximate, false),
      csvField(i.themes.join(';')),
      csvField(i.actions.join(';')),
      csvField(i.year, false),
      csvField(i.organization),
      csvField(i.summary),
      csvField(i.sourceUrl),
      csvField(i.sourceTitle),
      csvField(i.link),
      csvField(i.quote),
      csvField(i.quoteBy),
      csvField(i.publishedAt),
      csvField(i.originalLanguage),
      ...LANGUAGES.flatMap((lang) => {
        const t = snapshot.translations.get(i.id)?.[lang];
        return [csvField(t?.title), csvField(t?.summary)];
      }),
    ]);
  }
  return out;
}

/** initiativesCsv as UTF-8 bytes, cached per snapshot (378 KB for the starter catalogue). */
export function initiativesCsvBody(model: PublicReadModel, f: Filters): Uint8Array<ArrayBuffer> {
  return cachedBody(model, 'csv', f, (s) => initiativesCsv(model, f, s));
}
