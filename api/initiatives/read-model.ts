import { asc, eq } from 'drizzle-orm';
import type { Statement } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { tagsByInitiative } from '../../db/tags.ts';
import { actions, countries, initiatives, submissionDetails, themes } from '../../db/schema.ts';
import type { ActionCode, ThemeCode } from '../../contract/vocabulary.ts';
import type { Facets, Initiative, Meta } from '../../contract/initiatives.ts';
import type { Filters } from './initiatives.schema.ts';

/** A published initiative as the public sees it, plus what filtering needs. */
export type PublicItem = Initiative & { id: number };

export type Snapshot = {
  /**
   * Changes when, and only when, public data changes (a per-process secret and a count of
   * changes); part of every ETag. A write that publishes nothing keeps it, so no public
   * response tells that something unpublished happened.
   */
  generation: string;
  items: PublicItem[];
  bySlug: Map<string, PublicItem>;
  meta: Meta;
  countryCodes: Set<string>;
  regionCodes: Set<string>;
  subregionCodes: Set<string>;
  /** Per-item filter keys as numbers, for fast filtering and counting. */
  index: FilterIndex;
  /** Serialized public responses built from this snapshot; dropped with it. */
  responses: ResponseCache;
};

/**
 * Response bodies by request, for one snapshot. A snapshot never changes, so a body built
 * from it stays right until the snapshot is replaced, and the cache goes with it. Bounded by
 * entries and bytes; least recently used first out. Serializing was most of the cost of a
 * list or facets request, and all of it for GeoJSON at 100,000 entries.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Uint8Array<ArrayBuffer>>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 1000,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(key: string): Uint8Array<ArrayBuffer> | undefined {
    const body = this.entries.get(key);
    if (body) {
      this.entries.delete(key);
      this.entries.set(key, body);
    }
    return body;
  }

  set(key: string, body: Uint8Array<ArrayBuffer>): void {
    if (body.byteLength > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.byteLength;
      this.entries.delete(key);
    }
    this.entries.set(key, body);
    this.bytes += body.byteLength;
    for (const [k, v] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.byteLength;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

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
  /** The last snapshot built: kept (with its response cache) when a rebuild finds the same data. */
  private previous: Snapshot | undefined;
  private dataVersion = -1;
  /** Counts the snapshots whose public data differed from the one before. */
  private changes = 0;
  // Unguessable, so nobody can compute an ETag the server never sent.
  private readonly boot = randomBytes(16).toString('hex');
  private readonly searchCache = new Map<string, Set<number>>();
  private dataVersionStatement: Statement | undefined;

  constructor(private readonly db: Db) {}

  invalidate(): void {
    this.snapshot = undefined;
    this.searchCache.clear();
  }

  current(): Snapshot {
    // A prepared statement: db.pragma() compiles its SQL on every call, which was a tenth of
    // the server's time under load (two calls per request).
    this.dataVersionStatement ??= this.db.$client.prepare('PRAGMA data_version').pluck();
    const dv = this.dataVersionStatement.get() as number;
    if (dv !== this.dataVersion) {
      this.dataVersion = dv;
      this.invalidate();
    }
    this.snapshot ??= this.rebuild();
    return this.snapshot;
  }

  /**
   * A new snapshot, or the previous one (same generation, same cached bodies) when nothing
   * public differs. Comparing field by field takes milliseconds at 100,000 entries, where
   * hashing their JSON took over a second.
   */
  private rebuild(): Snapshot {
    const next = this.build();
    const previous = this.previous;
    if (
      previous &&
      sameItems(previous.items, next.items) &&
      JSON.stringify(previous.meta) === JSON.stringify(next.meta)
    ) {
      return previous;
    }
    next.generation = `${this.boot}-${++this.changes}`;
    this.previous = next;
    return next;
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
        quote: initiatives.quote,
        quoteBy: initiatives.quoteBy,
        publishedAt: initiatives.publishedAt,
      })
      .from(initiatives)
      .where(eq(initiatives.status, 'published'))
      .all();
    const tags = tagsByInitiative(db);
    // Who leads it, as the group said on the form; catalogue entries do not say.
    const childLed = new Map(
      db
        .select({ id: submissionDetails.initiativeId, childLed: submissionDetails.childLed })
        .from(submissionDetails)
        .all()
        .map((r) => [r.id, r.childLed]),
    );
    const themesById = tags.themes as Map<number, ThemeCode[]>;
    const actionsById = tags.actions as Map<number, ActionCode[]>;

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
        quote: r.quote,
        quoteBy: r.quoteBy,
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
      generation: '', // set by rebuild()
      items,
      bySlug: new Map(items.map((i) => [i.slug, i])),
      meta,
      countryCodes: new Set(countryRows.map((c) => c.code)),
      regionCodes: new Set(countryRows.map((c) => c.regionCode)),
      subregionCodes: new Set(countryRows.map((c) => c.subregionCode)),
      index: buildFilterIndex(items, childLed),
      responses: new ResponseCache(),
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

/** True when both lists hold the same items, field by field (ids included), in the same order. */
export function sameItems(a: readonly PublicItem[], b: readonly PublicItem[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k] as PublicItem;
    const y = b[k] as PublicItem;
    for (const key of Object.keys(x) as (keyof PublicItem)[]) {
      const u = x[key];
      const v = y[key];
      if (u === v) continue;
      if (!Array.isArray(u) || !Array.isArray(v) || u.length !== v.length) return false;
      if (u.some((e, i) => e !== v[i])) return false;
    }
  }
  return true;
}

/** Words of the query, each a quoted prefix term, all required. Empty when no word. */
export function toFtsQuery(q: string): string {
  const words = q.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words
    .slice(0, 12)
    .map((w) => `"${w}"*`)
    .join(' ');
}

/**
 * Every item's filter keys as small integers in flat typed arrays, in `items` order. Filters and
 * facet counts scan these numbers instead of the item objects: at 100,000 entries, chasing
 * pointers through objects and strings cost hundreds of milliseconds per facets request.
 */
export type FilterIndex = {
  countryCodes: string[];
  regionCodes: string[];
  subregionCodes: string[];
  themeCodes: string[];
  actionCodes: string[];
  /** Per item: index into countryCodes, regionCodes, subregionCodes. */
  country: Uint32Array;
  region: Uint32Array;
  subregion: Uint32Array;
  /** Per item: its themes are themeList[themeStart[k] .. themeStart[k + 1]), in order. */
  themeStart: Uint32Array;
  themeList: Uint32Array;
  actionStart: Uint32Array;
  actionList: Uint32Array;
  /** Per item: the year, or NO_YEAR. */
  year: Int32Array;
  /** Per item: the database id (for text search matches). */
  id: Float64Array;
  /** Per item: 0 when not known, else 1 + its index in CHILD_LED_VALUES. */
  childLed: Uint8Array;
  /** Per code, a bitset over items (bit k = item k has that code). */
  themeBits: Uint32Array[];
  actionBits: Uint32Array[];
  regionBits: Uint32Array[];
  subregionBits: Uint32Array[];
  countryBits: Uint32Array[];
  /** Database id -> item position, for turning text matches into a bitset. */
  position: Map<number, number>;
  /** Distinct years, ascending, and for each the bitset of items from that year on. */
  years: number[];
  fromYearBits: Uint32Array[];
};

export const NO_YEAR = -2147483648;
export const CHILD_LED_VALUES = ['child-led', 'adult-supported'] as const;

export function buildFilterIndex(
  items: readonly PublicItem[],
  childLedById: ReadonlyMap<number, string | null> = new Map(),
): FilterIndex {
  const n = items.length;
  const coder = () => {
    const codes: string[] = [];
    const index = new Map<string, number>();
    const of = (code: string) => {
      let k = index.get(code);
      if (k === undefined) {
        k = codes.length;
        codes.push(code);
        index.set(code, k);
      }
      return k;
    };
    return { codes, of };
  };
  const countryC = coder();
  const regionC = coder();
  const subregionC = coder();
  const themeC = coder();
  const actionC = coder();
  const index: FilterIndex = {
    countryCodes: countryC.codes,
    regionCodes: regionC.codes,
    subregionCodes: subregionC.codes,
    themeCodes: themeC.codes,
    actionCodes: actionC.codes,
    country: new Uint32Array(n),
    region: new Uint32Array(n),
    subregion: new Uint32Array(n),
    themeStart: new Uint32Array(n + 1),
    themeList: new Uint32Array(items.reduce((sum, i) => sum + i.themes.length, 0)),
    actionStart: new Uint32Array(n + 1),
    actionList: new Uint32Array(items.reduce((sum, i) => sum + i.actions.length, 0)),
    year: new Int32Array(n),
    id: new Float64Array(n),
    childLed: new Uint8Array(n),
    themeBits: [],
    actionBits: [],
    regionBits: [],
    subregionBits: [],
    countryBits: [],
    position: new Map(),
    years: [],
    fromYearBits: [],
  };
  let t = 0;
  let a = 0;
  items.forEach((i, k) => {
    index.country[k] = countryC.of(i.country);
    index.region[k] = regionC.of(i.region);
    index.subregion[k] = subregionC.of(i.subregion);
    index.themeStart[k] = t;
    for (const code of i.themes) index.themeList[t++] = themeC.of(code);
    index.actionStart[k] = a;
    for (const code of i.actions) index.actionList[a++] = actionC.of(code);
    index.year[k] = i.year ?? NO_YEAR;
    index.id[k] = i.id;
    const led = CHILD_LED_VALUES.indexOf(childLedById.get(i.id) as 'child-led');
    index.childLed[k] = led + 1;
  });
  index.themeStart[n] = t;
  index.actionStart[n] = a;
  const words = (n + 31) >>> 5;
  const bitsets = (codes: readonly string[]) => codes.map(() => new Uint32Array(words));
  index.themeBits = bitsets(index.themeCodes);
  index.actionBits = bitsets(index.actionCodes);
  index.regionBits = bitsets(index.regionCodes);
  index.subregionBits = bitsets(index.subregionCodes);
  index.countryBits = bitsets(index.countryCodes);
  const set = (bits: Uint32Array[], code: number, k: number) => {
    const b = bits[code] as Uint32Array;
    b[k >>> 5] = (b[k >>> 5] as number) | (1 << (k & 31));
  };
  for (let k = 0; k < n; k++) {
    set(index.regionBits, index.region[k] as number, k);
    set(index.subregionBits, index.subregion[k] as number, k);
    set(index.countryBits, index.country[k] as number, k);
    for (let j = index.themeStart[k] as number; j < (index.themeStart[k + 1] as number); j++)
      set(index.themeBits, index.themeList[j] as number, k);
    for (let j = index.actionStart[k] as number; j < (index.actionStart[k + 1] as number); j++)
      set(index.actionBits, index.actionList[j] as number, k);
    index.position.set(items[k]?.id as number, k);
  }
  index.years = [...new Set(index.year)].filter((y) => y !== NO_YEAR).sort((p, q) => p - q);
  let from = new Uint32Array(words);
  const byYear = new Map(index.years.map((y) => [y, [] as number[]]));
  for (let k = 0; k < n; k++) byYear.get(index.year[k] as number)?.push(k);
  for (let i = index.years.length - 1; i >= 0; i--) {
    from = from.slice();
    for (const k of byYear.get(index.years[i] as number) ?? [])
      from[k >>> 5] = (from[k >>> 5] as number) | (1 << (k & 31));
    index.fromYearBits[i] = from;
  }
  return index;
}

/** The five dimensions the filter panel counts, in `Masks.dimension` order. */
const THEME = 0;
const ACTION = 1;
const REGION = 2;
const SUBREGION = 3;
const COUNTRY = 4;

/**
 * Filters as bitsets over the items. `dimension[d]` is the set a counted filter allows
 * (undefined when not set); `fixed` is what year and text allow (never left out of a count);
 * `all` is every filter together. Word operations over 100,000 items take microseconds, and
 * counting visits only the items that can count, instead of testing every item's filters.
 */
type Masks = {
  words: number;
  dimension: (Uint32Array | undefined)[];
  fixed?: Uint32Array;
  all: Uint32Array;
};

function unionOf(
  bits: Uint32Array[],
  codes: readonly string[],
  values: readonly string[] | undefined,
  words: number,
) {
  if (!values) return undefined;
  const wanted = new Set<string>(values);
  const out = new Uint32Array(words);
  codes.forEach((code, k) => {
    if (!wanted.has(code)) return;
    const b = bits[k] as Uint32Array;
    for (let w = 0; w < words; w++) out[w] = (out[w] as number) | (b[w] as number);
  });
  return out;
}

function intersect(words: number, n: number, sets: (Uint32Array | undefined)[]): Uint32Array {
  const out = new Uint32Array(words);
  const present = sets.filter((m): m is Uint32Array => m !== undefined);
  if (!present.length) {
    out.fill(0xffffffff);
    if (n & 31) out[words - 1] = (1 << (n & 31)) - 1; // no bits past the last item
    return out;
  }
  out.set(present[0] as Uint32Array);
  for (const m of present.slice(1))
    for (let w = 0; w < words; w++) out[w] = (out[w] as number) & (m[w] as number);
  return out;
}

function masksFor(s: Snapshot, f: Filters, textIds: Set<number> | undefined): Masks {
  const x = s.index;
  const n = s.items.length;
  const words = (n + 31) >>> 5;
  const dimension = [
    unionOf(x.themeBits, x.themeCodes, f.theme, words),
    unionOf(x.actionBits, x.actionCodes, f.action, words),
    unionOf(x.regionBits, x.regionCodes, f.region, words),
    unionOf(x.subregionBits, x.subregionCodes, f.subregion, words),
    unionOf(x.countryBits, x.countryCodes, f.country, words),
  ];
  let year: Uint32Array | undefined;
  const { yearFrom, yearTo } = f;
  if (yearFrom !== undefined || yearTo !== undefined) {
    // Items with a year in range: "from yearFrom on" minus "from yearTo + 1 on".
    const fromBits = (y: number) => {
      const i = x.years.findIndex((v) => v >= y);
      return i === -1 ? new Uint32Array(words) : (x.fromYearBits[i] as Uint32Array);
    };
    const lower = fromBits(yearFrom ?? Number.NEGATIVE_INFINITY);
    const above = yearTo === undefined ? undefined : fromBits(yearTo + 1);
    year = new Uint32Array(words);
    for (let w = 0; w < words; w++) year[w] = (lower[w] as number) & ~((above?.[w] ?? 0) as number);
  }
  let text: Uint32Array | undefined;
  if (textIds) {
    text = new Uint32Array(words);
    for (const id of textIds) {
      const k = x.position.get(id);
      if (k !== undefined) text[k >>> 5] = (text[k >>> 5] as number) | (1 << (k & 31));
    }
  }
  const fixed = year || text ? intersect(words, n, [year, text]) : undefined;
  return { words, dimension, fixed, all: intersect(words, n, [...dimension, fixed]) };
}

/** The bitset of items matching every filter. */
export function matchMask(
  snapshot: Snapshot,
  f: Filters,
  textIds: Set<number> | undefined,
): Uint32Array {
  return masksFor(snapshot, f, textIds).all;
}

/** Calls `visit(k)` for every set bit, in ascending item order; stops when it returns false. */
export function eachBit(m: Uint32Array, visit: (k: number) => boolean | void): void {
  for (let w = 0; w < m.length; w++) {
    let v = m[w] as number;
    while (v !== 0) {
      const low = v & -v;
      if (visit((w << 5) + 31 - Math.clz32(low)) === false) return;
      v ^= low;
    }
  }
}

function popcount(m: Uint32Array): number {
  let total = 0;
  for (let w = 0; w < m.length; w++) {
    let v = (m[w] as number) >>> 0;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    total += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return total;
}

export function filterItems(
  snapshot: Snapshot,
  f: Filters,
  textIds: Set<number> | undefined,
): PublicItem[] {
  const out: PublicItem[] = [];
  const items = snapshot.items;
  eachBit(masksFor(snapshot, f, textIds).all, (k) => {
    out.push(items[k] as PublicItem);
  });
  return out;
}

/** The number of matches and the items of one page, without building the whole match list. */
export function pageItems(
  snapshot: Snapshot,
  f: Filters,
  textIds: Set<number> | undefined,
  offset: number,
  limit: number,
): { total: number; page: PublicItem[] } {
  const { all } = masksFor(snapshot, f, textIds);
  const page: PublicItem[] = [];
  const items = snapshot.items;
  let seen = 0;
  eachBit(all, (k) => {
    if (seen >= offset) page.push(items[k] as PublicItem);
    seen++;
    return page.length < limit;
  });
  return { total: popcount(all), page };
}

/** Counts per code, kept in the order codes are first met (the order of `items`). */
class Counter {
  readonly counts: Uint32Array;
  readonly order: number[] = [];
  constructor(private readonly codes: readonly string[]) {
    this.counts = new Uint32Array(codes.length);
  }
  add(code: number) {
    const before = this.counts[code] as number;
    this.counts[code] = before + 1;
    if (before === 0) this.order.push(code);
  }
  addEach(list: Uint32Array, from: number, to: number) {
    for (let j = from; j < to; j++) this.add(list[j] as number);
  }
  toRecord(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const code of this.order) out[this.codes[code] as string] = this.counts[code] as number;
    return out;
  }
}

/**
 * Counts for the filter panel. Each dimension is counted with every other filter applied
 * but not its own, so an option's count is what the visitor gets by choosing it alone
 * ("Climate change (42)"), and other options of the same filter stay visible.
 * One pass: a match counts in every dimension; an item failing exactly one of the five
 * counted filters counts only in that filter's dimension.
 */
export function computeFacets(
  snapshot: Snapshot,
  f: Filters,
  textIds: Set<number> | undefined,
): Facets {
  const x = snapshot.index;
  const n = snapshot.items.length;
  const masks = masksFor(snapshot, f, textIds);
  /** Items counted in dimension d: every filter applied except d's own. */
  const without = (d: number) =>
    masks.dimension[d] === undefined
      ? masks.all
      : intersect(masks.words, n, [...masks.dimension.filter((_, e) => e !== d), masks.fixed]);
  const theme = new Counter(x.themeCodes);
  const action = new Counter(x.actionCodes);
  const region = new Counter(x.regionCodes);
  const subregion = new Counter(x.subregionCodes);
  const country = new Counter(x.countryCodes);
  eachBit(without(THEME), (k) => {
    theme.addEach(x.themeList, x.themeStart[k] as number, x.themeStart[k + 1] as number);
  });
  eachBit(without(ACTION), (k) => {
    action.addEach(x.actionList, x.actionStart[k] as number, x.actionStart[k + 1] as number);
  });
  eachBit(without(REGION), (k) => {
    region.add(x.region[k] as number);
  });
  eachBit(without(SUBREGION), (k) => {
    subregion.add(x.subregion[k] as number);
  });
  eachBit(without(COUNTRY), (k) => {
    country.add(x.country[k] as number);
  });
  const matchedCountry = new Uint8Array(x.countryCodes.length);
  let total = 0;
  let countries = 0;
  let min: number | null = null;
  let max: number | null = null;
  eachBit(masks.all, (k) => {
    total++;
    const c = x.country[k] as number;
    if (!matchedCountry[c]) {
      matchedCountry[c] = 1;
      countries++;
    }
    const y = x.year[k] as number;
    if (y !== NO_YEAR) {
      if (min === null || y < min) min = y;
      if (max === null || y > max) max = y;
    }
  });
  return {
    total,
    countries,
    theme: theme.toRecord(),
    action: action.toRecord(),
    region: region.toRecord(),
    subregion: subregion.toRecord(),
    country: country.toRecord(),
    year: { min, max },
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
