import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../stores/filters.ts';
import { countByCountry, filterItems, inBounds, type MapItem } from './filter-logic.ts';

const item = (over: Partial<MapItem>): MapItem => ({
  slug: 'x',
  title: 'X',
  country: 'KE',
  countryName: 'Kenya',
  region: 'africa',
  subregion: 'eastern-africa',
  locality: null,
  themes: ['climate'],
  actions: ['advocacy'],
  year: 2020,
  approximate: false,
  lon: 36.8,
  lat: -1.3,
  ...over,
});

const items = [
  item({ slug: 'a', themes: ['climate', 'gender'], year: 2018 }),
  item({ slug: 'b', themes: ['bullying'], country: 'FR', region: 'europe', year: null }),
  item({ slug: 'c', themes: ['gender'], actions: ['awareness'], year: 2022 }),
];

describe('filtering in the browser (same rules as the API)', () => {
  it('ORs values within one filter and ANDs different filters', () => {
    const f = { ...EMPTY_FILTERS, theme: ['climate', 'bullying'] };
    expect(filterItems(items, f, undefined).map((i) => i.slug)).toEqual(['a', 'b']);
    const g = { ...f, region: ['africa'] };
    expect(filterItems(items, g, undefined).map((i) => i.slug)).toEqual(['a']);
  });

  it('leaves undated entries out once a year is chosen', () => {
    const f = { ...EMPTY_FILTERS, yearFrom: 2019 };
    expect(filterItems(items, f, undefined).map((i) => i.slug)).toEqual(['c']);
    const g = { ...EMPTY_FILTERS, yearTo: 2020 };
    expect(filterItems(items, g, undefined).map((i) => i.slug)).toEqual(['a']);
  });

  it('keeps only the entries (by slug) the full-text search returned', () => {
    expect(filterItems(items, EMPTY_FILTERS, new Set(['b', 'c'])).map((i) => i.slug)).toEqual([
      'b',
      'c',
    ]);
  });

  it('counts matches per country for the shading', () => {
    expect([...countByCountry(items)]).toEqual([
      ['KE', 2],
      ['FR', 1],
    ]);
  });

  it('counts a list once, however many parts of the page ask (headline and map)', () => {
    const matching = items.slice(0, 2);
    expect(countByCountry(matching)).toBe(countByCountry(matching));
    // Another list, even with the same entries, is counted for itself.
    expect(countByCountry([...matching])).not.toBe(countByCountry(matching));
    expect([...countByCountry([...matching])]).toEqual([...countByCountry(matching)]);
  });
});

describe('only what is visible on the map', () => {
  it('keeps points inside the view', () => {
    expect(inBounds({ lon: 10, lat: 10 }, [0, 0, 20, 20])).toBe(true);
    expect(inBounds({ lon: 30, lat: 10 }, [0, 0, 20, 20])).toBe(false);
    expect(inBounds({ lon: 10, lat: 30 }, [0, 0, 20, 20])).toBe(false);
  });

  it('handles a view across the antimeridian and world copies', () => {
    // Fiji and Samoa seen together: west 170, east 190 (MapLibre reports east past 180)
    expect(inBounds({ lon: 178, lat: -18 }, [170, -30, 190, 0])).toBe(true);
    expect(inBounds({ lon: -172, lat: -14 }, [170, -30, 190, 0])).toBe(true);
    expect(inBounds({ lon: 0, lat: -14 }, [170, -30, 190, 0])).toBe(false);
    expect(inBounds({ lon: 100, lat: 0 }, [-400, -80, 400, 80])).toBe(true);
  });
});
