import { describe, expect, it } from 'vitest';
import { filterMatcher, type FilterDimension } from '../../contract/filter-rules.ts';
import type { Facets } from '../../contract/initiatives.ts';
import type { Filters } from './initiatives.schema.ts';
import {
  buildFilterIndex,
  computeFacets,
  filterItems,
  type PublicItem,
  type Snapshot,
} from './read-model.ts';

/**
 * The typed-array filter index (added for speed at 100,000 entries) must give exactly what
 * the straightforward object filters gave: same items in the same order, same facet counts
 * with keys in the same order. The oracle is the shared filter rules the map uses
 * (contract/filter-rules.ts), applied item by item.
 */
type Dimension = FilterDimension;

/** The shared filter rules (contract/filter-rules.ts) plus the full-text answer, by id. */
function referenceMatcher(f: Filters, textIds: Set<number> | undefined, skip?: Dimension) {
  const rules = filterMatcher(f, skip);
  return (i: PublicItem) => rules(i) && (!textIds || textIds.has(i.id));
}

function referenceFacets(items: PublicItem[], f: Filters, textIds?: Set<number>): Facets {
  const matches = items.filter(referenceMatcher(f, textIds));
  const count = (skip: Dimension, keys: (i: PublicItem) => readonly string[]) => {
    const out: Record<string, number> = {};
    const list = f[skip] === undefined ? matches : items.filter(referenceMatcher(f, textIds, skip));
    for (const i of list) for (const k of keys(i)) out[k] = (out[k] ?? 0) + 1;
    return out;
  };
  const years = matches.map((i) => i.year).filter((y): y is number => y !== null);
  return {
    total: matches.length,
    countries: new Set(matches.map((i) => i.country)).size,
    theme: count('theme', (i) => i.themes),
    action: count('action', (i) => i.actions),
    region: count('region', (i) => [i.region]),
    subregion: count('subregion', (i) => [i.subregion]),
    country: count('country', (i) => [i.country]),
    year: {
      min: years.length ? Math.min(...years) : null,
      max: years.length ? Math.max(...years) : null,
    },
  };
}

function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES = ['climate', 'bullying', 'gender', 'justice', 'online-safety'] as const;
const ACTIONS = ['awareness', 'advocacy', 'innovation'] as const;
const PLACES = [
  ['KE', 'africa', 'eastern-africa'],
  ['UG', 'africa', 'eastern-africa'],
  ['SN', 'africa', 'western-africa'],
  ['BR', 'americas', 'south-america'],
  ['NP', 'asia', 'southern-asia'],
  ['FR', 'europe', 'western-europe'],
] as const;

function makeItems(n: number, seed: number): PublicItem[] {
  const r = random(seed);
  const some = <T>(list: readonly T[], max: number) => {
    const out: T[] = [];
    const k = 1 + Math.floor(r() * max);
    while (out.length < k) {
      const v = list[Math.floor(r() * list.length)] as T;
      if (!out.includes(v)) out.push(v);
    }
    return out;
  };
  return Array.from({ length: n }, (_, k) => {
    const [country, region, subregion] = PLACES[Math.floor(r() * PLACES.length)]!;
    return {
      id: 1000 + k * 3,
      slug: `item-${k}`,
      title: `Item ${k}`,
      summary: '',
      country,
      countryName: country,
      region,
      regionName: region,
      subregion,
      subregionName: subregion,
      locality: null,
      lat: 0,
      lon: 0,
      approximate: false,
      themes: some(THEMES, 3),
      actions: some(ACTIONS, 2),
      year: r() < 0.2 ? null : 2000 + Math.floor(r() * 25),
      organization: null,
      sourceUrl: null,
      sourceTitle: null,
      link: null,
      publishedAt: null,
    } as unknown as PublicItem;
  });
}

function snapshotOf(items: PublicItem[]): Snapshot {
  return { items, index: buildFilterIndex(items) } as unknown as Snapshot;
}

function randomFilters(r: () => number): Filters {
  const maybe = <T>(list: readonly T[]) =>
    r() < 0.4 ? list.filter(() => r() < 0.4).slice(0, 3) : undefined;
  const f: Record<string, unknown> = {
    theme: maybe(THEMES),
    action: maybe(ACTIONS),
    region: maybe(['africa', 'americas', 'asia', 'europe', 'oceania']),
    subregion: maybe(['eastern-africa', 'western-africa', 'south-america']),
    country: maybe(['KE', 'UG', 'SN', 'BR', 'NP', 'FR', 'DE']),
    yearFrom: r() < 0.3 ? 2005 + Math.floor(r() * 10) : undefined,
    yearTo: r() < 0.3 ? 2012 + Math.floor(r() * 10) : undefined,
  };
  for (const k of Object.keys(f)) if (f[k] === undefined) delete f[k];
  return f as Filters;
}

describe('filter index gives what the object filters gave', () => {
  const items = makeItems(600, 7);
  const snapshot = snapshotOf(items);
  const r = random(42);

  it('for 400 random filter combinations, with and without a text match', () => {
    for (let n = 0; n < 400; n++) {
      const f = randomFilters(r);
      const textIds =
        n % 3 === 0 ? new Set(items.filter(() => r() < 0.5).map((i) => i.id)) : undefined;
      expect(filterItems(snapshot, f, textIds)).toEqual(items.filter(referenceMatcher(f, textIds)));
      // Stringified so that the order of keys in each count is compared too.
      expect(JSON.stringify(computeFacets(snapshot, f, textIds))).toBe(
        JSON.stringify(referenceFacets(items, f, textIds)),
      );
    }
  });

  it('for unfiltered, empty and unknown-code cases', () => {
    for (const f of [
      {},
      { theme: [] },
      { country: ['ZZ'] },
      { theme: ['climate'], country: ['KE'] },
      { yearFrom: 2030 },
    ] as Filters[]) {
      expect(filterItems(snapshot, f, undefined)).toEqual(
        items.filter(referenceMatcher(f, undefined)),
      );
      expect(JSON.stringify(computeFacets(snapshot, f, undefined))).toBe(
        JSON.stringify(referenceFacets(items, f)),
      );
    }
    const empty = snapshotOf([]);
    expect(computeFacets(empty, {} as Filters, undefined)).toEqual(
      referenceFacets([], {} as Filters),
    );
  });
});
