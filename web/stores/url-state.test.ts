import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './filters.ts';
import { parseUrlState, sanitizeFilters, toUrlSearch } from './url-state.ts';

describe('filters in the URL', () => {
  it('round-trips every kind of filter and the selected initiative', () => {
    const state = {
      filters: {
        theme: ['climate', 'gender'],
        action: ['advocacy'],
        region: ['africa'],
        subregion: ['eastern-africa'],
        country: ['KE', 'UG'],
        yearFrom: 2015,
        yearTo: 2020,
        q: 'peace clubs',
      },
      selected: 'kenya-children-led-community-peace-labs',
    };
    const search = toUrlSearch(state);
    expect(search).toBe(
      '?theme=climate,gender&action=advocacy&region=africa&subregion=eastern-africa&country=KE,UG' +
        '&yearFrom=2015&yearTo=2020&q=peace+clubs&selected=kenya-children-led-community-peace-labs',
    );
    expect(parseUrlState(search)).toEqual(state);
  });

  it('gives an empty query string for no filters, so the plain map has a plain address', () => {
    expect(toUrlSearch({ filters: EMPTY_FILTERS, selected: null })).toBe('');
    expect(parseUrlState('')).toEqual({ filters: EMPTY_FILTERS, selected: null });
  });

  it('drops malformed values instead of failing, so a damaged link still opens the map', () => {
    const { filters, selected } = parseUrlState(
      '?theme=Climate!,gender,,gender&country=ke,XYZ&yearFrom=19&yearTo=2500&selected=../etc',
    );
    expect(filters.theme).toEqual(['gender']);
    expect(filters.country).toEqual(['KE']);
    expect(filters.yearFrom).toBeNull();
    expect(filters.yearTo).toBeNull();
    expect(selected).toBeNull();
  });

  it('puts reversed years in order', () => {
    const { filters } = parseUrlState('?yearFrom=2020&yearTo=2010');
    expect([filters.yearFrom, filters.yearTo]).toEqual([2010, 2020]);
  });

  it('removes codes the reference data does not know', () => {
    const known = {
      theme: new Set(['climate']),
      action: new Set(['advocacy']),
      region: new Set(['africa']),
      subregion: new Set<string>(),
      country: new Set(['KE']),
    };
    const clean = sanitizeFilters(
      { ...EMPTY_FILTERS, theme: ['climate', 'retired-theme'], country: ['KE', 'ZZ'] },
      known,
    );
    expect(clean.theme).toEqual(['climate']);
    expect(clean.country).toEqual(['KE']);
  });
});
