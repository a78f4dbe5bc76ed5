import { describe, expect, it } from 'vitest';
import type { Facets, Meta } from '../../../contract/initiatives.ts';
import { chartCsvRows, headline, insightsCharts, toRows } from './chart-model.ts';
import { yearTicks } from './charts.tsx';

const meta = {
  themes: [
    { code: 'climate', label: 'Climate change and environment' },
    { code: 'bullying', label: 'Bullying and peer violence' },
  ],
  actions: [{ code: 'awareness', label: 'Communicating and raising awareness' }],
  regions: [
    {
      code: 'africa',
      name: 'Africa',
      subregions: [{ code: 'eastern-africa', name: 'Eastern Africa' }],
    },
    { code: 'asia', name: 'Asia', subregions: [{ code: 'southern-asia', name: 'Southern Asia' }] },
  ],
  countries: [
    { code: 'KE', name: 'Kenya', region: 'africa', subregion: 'eastern-africa', lat: 0, lon: 37 },
    { code: 'NP', name: 'Nepal', region: 'asia', subregion: 'southern-asia', lat: 28, lon: 84 },
  ],
  years: { min: 2015, max: 2022 },
} satisfies Meta;

const facets: Facets = {
  total: 4,
  countries: 2,
  theme: {},
  action: {},
  region: {},
  subregion: {},
  country: {},
  year: { min: 2015, max: 2022 },
  matches: {
    theme: { climate: 3, bullying: 2 },
    action: { awareness: 4 },
    region: { africa: 2, asia: 2 },
    subregion: { 'eastern-africa': 2, 'southern-asia': 2 },
    country: { KE: 3, NP: 1 },
    startYear: { 2015: 1, 2019: 1, 2022: 1 },
    unknownYear: 1,
    childLed: { 'child-led': 1, 'adult-supported': 2 },
    themePairs: [{ themes: ['bullying', 'climate'], count: 1 }],
  },
};

describe('insights charts from the facets', () => {
  const charts = insightsCharts(facets, meta);
  const byId = new Map(charts.map((c) => [c.id, c]));

  it('draws every breakdown, with labels from the reference data and the same counts', () => {
    expect(charts.map((c) => c.id)).toEqual([
      'theme',
      'action',
      'region',
      'subregion',
      'countries',
      'start-year',
      'theme-pairs',
    ]);
    expect(byId.get('theme')?.rows.map((r) => [r.label, r.value])).toEqual([
      ['Climate change and environment', 3],
      ['Bullying and peer violence', 2],
    ]);
    expect(byId.get('countries')?.rows.map((r) => [r.label, r.value])).toEqual([
      ['Kenya', 3],
      ['Nepal', 1],
    ]);
  });

  it('says one sentence about each chart, computed from its figures', () => {
    expect(byId.get('theme')?.takeaway).toBe(
      'Climate change and environment is the most common, on 3 of 4 initiatives (75%).',
    );
    expect(byId.get('region')?.takeaway).toBe(
      'Africa and Asia have the most initiatives, 2 each of 4 (50%).',
    );
    expect(byId.get('start-year')?.takeaway).toBe(
      '67% of the initiatives with a known start year began in 2018 or later; 1 has no known start year.',
    );
    expect(byId.get('theme-pairs')?.takeaway).toBe(
      'Bullying and peer violence and Climate change and environment go together most often, on 1 initiative.',
    );
  });

  it('lays the years out as a continuous timeline, unknown years apart', () => {
    const years = byId.get('start-year');
    expect(years?.rows).toHaveLength(8);
    expect(years?.rows.find((r) => r.key === '2016')?.value).toBe(0);
    expect(years?.apart).toMatchObject({ key: 'unknown', value: 1 });
    expect(chartCsvRows(years!).at(-1)).toEqual(['Not known', 'unknown', 1, 0.25]);
  });

  it('headline: initiatives, countries, regions and the child-led share where known', () => {
    expect(headline(facets)).toEqual({
      initiatives: 4,
      countries: 2,
      regions: 2,
      childLed: { share: '33%', known: 3 },
    });
    const none = { ...facets, matches: { ...facets.matches!, childLed: {} } };
    expect(headline(none).childLed).toBeNull();
  });

  it('says so when nothing matches', () => {
    const empty = insightsCharts(
      {
        ...facets,
        total: 0,
        countries: 0,
        matches: {
          theme: {},
          action: {},
          region: {},
          subregion: {},
          country: {},
          startYear: {},
          unknownYear: 0,
          childLed: {},
          themePairs: [],
        },
      },
      meta,
    );
    for (const c of empty) expect(c.takeaway).toBe('No initiatives match these filters.');
  });

  it('sorts bars largest first, ties in the API’s order', () => {
    expect(toRows({ b: 1, a: 1, c: 2 }, (c) => c).map((r) => r.key)).toEqual(['c', 'b', 'a']);
  });

  it('labels round years on the axis', () => {
    expect(yearTicks(1979, 2026)).toEqual([1980, 1990, 2000, 2010, 2020]);
    expect(yearTicks(2010, 2022)).toEqual([2010, 2012, 2014, 2016, 2018, 2020, 2022]);
    expect(yearTicks(2015, 2017)).toEqual([2015, 2016, 2017]);
    expect(yearTicks(2020, 2020)).toEqual([2020]);
  });
});
