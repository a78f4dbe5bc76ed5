import { describe, expect, it } from 'vitest';
import { filterMatcher, type Filterable } from './filter-rules.ts';

const entry = (over: Partial<Filterable> = {}): Filterable => ({
  themes: ['bullying', 'online-safety'],
  actions: ['awareness'],
  region: 'africa',
  subregion: 'eastern-africa',
  country: 'KE',
  year: 2019,
  ...over,
});

describe('filter rules', () => {
  it('no filter matches everything; an empty list of values matches nothing', () => {
    expect(filterMatcher({})(entry())).toBe(true);
    expect(filterMatcher({ country: undefined, yearFrom: null, yearTo: null })(entry())).toBe(true);
    expect(filterMatcher({ theme: [] })(entry())).toBe(false);
  });

  it('values of one filter are OR, filters are AND', () => {
    expect(filterMatcher({ theme: ['climate', 'bullying'] })(entry())).toBe(true);
    expect(filterMatcher({ theme: ['bullying'], country: ['FR'] })(entry())).toBe(false);
    expect(filterMatcher({ theme: ['bullying'], country: ['FR', 'KE'] })(entry())).toBe(true);
  });

  it('a year filter is inclusive and leaves out entries with no known year', () => {
    expect(filterMatcher({ yearFrom: 2019, yearTo: 2019 })(entry())).toBe(true);
    expect(filterMatcher({ yearFrom: 2020 })(entry())).toBe(false);
    expect(filterMatcher({ yearTo: 2030 })(entry({ year: null }))).toBe(false);
  });

  it('can leave one filter out, as a facet count does for its own filter', () => {
    const f = { theme: ['climate'], country: ['KE'] };
    expect(filterMatcher(f)(entry())).toBe(false);
    expect(filterMatcher(f, 'theme')(entry())).toBe(true);
  });
});
