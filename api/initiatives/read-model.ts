import { asc, eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import {
  actions,
  countries,
  initiativeActions,
  initiativeThemes,
  initiatives,
  themes,
} from '../../db/schema.ts';
import type {
  ActionCode,
  Facets,
  Filters,
  Initiative,
  Meta,
  ThemeCode,
} from './initiatives.schema.ts';

/** A published initiative as the public sees it, plus what filtering needs. */
export type PublicItem = Initiative & { id: number };

export type Snapshot = {
  /** Changes whenever published data may have changed; part of every ETag. */
  generation: string;
  items: PublicItem[];
  bySlug: Map<string, PublicItem>;
  meta: Meta;
  countryCodes: Set<string>;
  regionCodes: Set<string>;
  subregionCodes: Set<string>;
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The public read model: every published initiative, held in memory and rebuilt when the
 * database changes. Public endpoints read only from here, so an unpublished entry or a
 * private contact cannot reach them: the snapshot query selects published rows and public
 * columns only. Changes made through this process call `invalidate()`; changes from another
 * process (a seed run, say) are noticed through SQLite's `PRAGMA data_version`.
 */
export class PublicReadModel {
  private snapshot: Snapshot | undefined;
  private dataVersion = -1;
  private localGeneration = 0;
  private readonly boot = randomBytes(4).toString('hex');
  private readonly searchCache = new Map<string, Set<number>>();

  constructor(private readonly db: Db) {}

  invalidate(): void {
    this.snapshot = undefined;
    this.searchCache.clear();
  }

  current(): Snapshot {
    const dv = this.db.$client.pragma('data_version', { simple: true }) as number;
    if (dv !== this.dataVersion) {
      this.dataVersion = dv;
      this.invalidate();
    }
    this.snapshot ??= this.build();
    return this.snapshot;
  }

  private build(): Snapshot {
    const db = this.db;
    const countryRows = db.select().from(countries).orderBy(asc(countries.name)).all();
    const byCountry = new Map(countryRows.map((c) => [c.code, c]));
    const rows = db
      .select({
        id: initiatives.id,
        slug: initiatives.slug,
        title: initiatives.title,
        summary: initiatives.summary,
        country: initiatives.country,
        locality: initiatives.locality,
        lat: initiatives.lat,
        lon: initiatives.lon,
        year: initiatives.year,
        organization: initiatives.organization,
        sourceUrl: initiatives.sourceUrl,
        sourceTitle: initiatives.sourceTitle,
        link: initiatives.link,
        publishedAt: initiatives.publishedAt,
      })
      .from(initiatives)
      .where(eq(initiatives.status, 'published'))
      .all();
    const themesById = new Map<number, ThemeCode[]>();
    for (const t of db
      .select({ id: initiativeThemes.initiativeId, code: initiativeThemes.theme })
      .from(initiativeThemes)
      .orderBy(asc(initiativeThemes.initiativeId), asc(initiativeThemes.position))
      .all()) {
      const list = themesById.get(t.id) ?? [];
      list.push(t.code as ThemeCode);
      themesById.set(t.id, list);
    }
    const actionsById = new Map<number, ActionCode[]>();
    for (const a of db
      .select({ id: initiativeActions.initiativeId, code: initiativeActions.action })
      .from(initiativeActions)
      .orderBy(asc(initiativeActions.initiativeId), asc(initiativeActions.position))
      .all()) {
      const list = actionsById.get(a.id) ?? [];
      list.push(a.code as ActionCode);
      actionsById.set(a.id, list);
    }

    const items: PublicItem[] = [];
    for (const r of rows) {
      const c = byCountry.get(r.country);
      if (!c) continue; // foreign key makes this impossible; never show a half-described entry
      const approximate = r.lat === null || r.lon === null;
      items.push({
        id: r.id,
        slug: r.slug,
        title: r.title,
        summary: r.summary,
        country: r.country,
        countryName: c.name,
        region: c.regionCode,
        regionName: c.regionName,
        subregion: c.subregionCode,
        subregionName: c.subregionName,
        locality: r.locality,
        lat: approximate ? c.lat : (r.lat as number),
        lon: approximate ? c.lon : (r.lon as number),
        approximate,
        themes: themesById.get(r.id) ?? [],
        actions: actionsById.get(r.id) ?? [],
        year: r.year,
        organization: r.organization,
        sourceUrl: r.sourceUrl,
        sourceTitle: r.sourceTitle,
        link: r.link,
        publishedAt: r.publishedAt,
      });
    }
    items.sort((a, b) => collator.compare(a.title, b.title) || (a.slug < b.slug ? -1 : 1));

    const regions = new Map<
      string,
      { code: string; name: string; subregions: Map<string, string> }
    >();
    for (const c of countryRows) {
      const region = regions.get(c.regionCode) ?? {
        code: c.regionCode,
        name: c.regionName,
        subregions: new Map(),
      };
      region.subregions.set(c.subregionCode, c.subregionName);
      regions.set(c.regionCode, region);
    }
    const meta: Meta = {
      themes: db
        .select({ code: themes.code, label: themes.label })
        .from(themes)
        .orderBy(asc(themes.position))
        .all(),
      actions: db
        .select({ code: actions.code, label: actions.label })
        .from(actions)
        .orderBy(asc(actions.position))
        .all(),
      regions: [...regions.values()]
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((r) => ({
          code: r.code,
          name: r.name,
          subregions: [...r.subregions]
            .map(([code, name]) => ({ code, name }))
            .sort((a, b) => collator.compare(a.name, b.name)),
        })),
      countries: countryRows.map((c) => ({
        code: c.code,
        name: c.name,
        region: c.regionCode,
        subregion: c.subregionCode,
        lat: c.lat,
        lon: c.lon,
      })),
      years: yearRange(items),
    };

    return {
      generation: `${this.boot}-${this.dataVersion}-${++this.localGeneration}`,
      items,
      bySlug: new Map(items.map((i) => [i.slug, i])),
      meta,
      countryCodes: new Set(countryRows.map((c) => c.code)),
      regionCodes: new Set(countryRows.map((c) => c.regionCode)),
      subregionCodes: new Set(countryRows.map((c) => c.subregionCode)),
    };
  }

  /** Ids of initiatives (any status) whose text matches the words of `q`, as prefixes. */
  searchIds(q: string): Set<number> | undefined {
    const expression = toFtsQuery(q);
    if (!expression) return undefined;
    const cached = this.searchCache.get(expression);
    if (cached) return cached;
    const ids = new Set(
      (
        this.db.$client
          .prepare('SELECT rowid AS id FROM initiatives_fts WHERE initiatives_fts MATCH ?')
          .all(expression) as { id: number }[]
      ).map((r) => r.id),
    );
    if (this.searchCache.size > 500) this.searchCache.clear();
    this.searchCache.set(expression, ids);
    return ids;
  }
}

/** Words of the query, each a quoted prefix term, all required. Empty when no word. */
export function toFtsQuery(q: string): string {
  const words = q.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words
    .slice(0, 12)
    .map((w) => `"${w}"*`)
    .join(' ');
}

type Dimension = 'theme' | 'action' | 'region' | 'subregion' | 'country' | 'year' | 'q';

/** A predicate for one initiative, leaving out the filters named in `skip`. */
function matcher(
  f: Filters,
  textIds: Set<number> | undefined,
  skip?: Dimension,
): (i: PublicItem) => boolean {
  const theme = skip === 'theme' || !f.theme ? undefined : new Set<string>(f.theme);
  const action = skip === 'action' || !f.action ? undefined : new Set<string>(f.action);
  const region = skip === 'region' || !f.region ? undefined : new Set(f.region);
  const subregion = skip === 'subregion' || !f.subregion ? undefined : new Set(f.subregion);
  const country = skip === 'country' || !f.country ? undefined : new Set(f.country);
  const { yearFrom, yearTo } = f;
  const useYear = yearFrom !== undefined || yearTo !== undefined;
  return (i) =>
    (!theme || i.themes.some((t) => theme.has(t))) &&
    (!action || i.actions.some((a) => action.has(a))) &&
    (!region || region.has(i.region)) &&
    (!subregion || subregion.has(i.subregion)) &&
    (!country || country.has(i.country)) &&
    (!useYear ||
      (i.year !== null &&
        (yearFrom === undefined || i.year >= yearFrom) &&
        (yearTo === undefined || i.year <= yearTo))) &&
    (!textIds || textIds.has(i.id));
}

export function filterItems(
  snapshot: Snapshot,
  f: Filters,
  textIds: Set<number> | undefined,
): PublicItem[] {
  return snapshot.items.filter(matcher(f, textIds));
}

/**
 * Counts for the filter panel. Each dimension is counted with every other filter applied
 * but not its own, so an option's count is what the visitor gets by choosing it alone
 * ("Climate change (42)"), and other options of the same filter stay visible.
 */
export function computeFacets(
  snapshot: Snapshot,
  f: Filters,
  textIds: Set<number> | undefined,
): Facets {
  const matches = filterItems(snapshot, f, textIds);
  const count = <K extends string>(skip: Dimension, keys: (i: PublicItem) => readonly K[]) => {
    const out: Record<string, number> = {};
    const list =
      f[skip as keyof Filters] === undefined
        ? matches
        : snapshot.items.filter(matcher(f, textIds, skip));
    for (const i of list) for (const k of keys(i)) out[k] = (out[k] ?? 0) + 1;
    return out;
  };
  return {
    total: matches.length,
    countries: new Set(matches.map((i) => i.country)).size,
    theme: count('theme', (i) => i.themes),
    action: count('action', (i) => i.actions),
    region: count('region', (i) => [i.region]),
    subregion: count('subregion', (i) => [i.subregion]),
    country: count('country', (i) => [i.country]),
    year: yearRange(matches),
  };
}

function yearRange(items: readonly PublicItem[]): { min: number | null; max: number | null } {
  let min: number | null = null;
  let max: number | null = null;
  for (const { year } of items) {
    if (year === null) continue;
    if (min === null || year < min) min = year;
    if (max === null || year > max) max = year;
  }
  return { min, max };
}
