import type { Facets, Initiative, Meta } from '../../contract/initiatives.ts';
import type { MapItem } from '../../web/features/filters/filter-logic.ts';

/** Small, hand-made reference data for component tests (not real entries). */
export const META: Meta = {
  themes: [
    { code: 'climate', label: 'Climate change and environment' },
    { code: 'gender', label: 'Gender-based violence' },
  ],
  actions: [
    { code: 'advocacy', label: 'Advocacy and child-led research' },
    { code: 'awareness', label: 'Communicating and raising awareness' },
  ],
  regions: [
    {
      code: 'africa',
      name: 'Africa',
      subregions: [{ code: 'eastern-africa', name: 'Eastern Africa' }],
    },
    {
      code: 'europe',
      name: 'Europe',
      subregions: [{ code: 'western-europe', name: 'Western Europe' }],
    },
  ],
  countries: [
    { code: 'FR', name: 'France', region: 'europe', subregion: 'western-europe', lat: 46, lon: 2 },
    { code: 'KE', name: 'Kenya', region: 'africa', subregion: 'eastern-africa', lat: 0, lon: 38 },
  ],
  years: { min: 2015, max: 2020 },
};

export const FACETS: Facets = {
  total: 3,
  countries: 2,
  theme: { climate: 2, gender: 1 },
  action: { advocacy: 3 },
  region: { africa: 2, europe: 1 },
  subregion: { 'eastern-africa': 2, 'western-europe': 1 },
  country: { KE: 2, FR: 1 },
  year: { min: 2015, max: 2020 },
};

export function makeItem(over: Partial<MapItem>): MapItem {
  return {
    slug: 'test-entry',
    title: 'Test entry',
    country: 'KE',
    countryName: 'Kenya',
    region: 'africa',
    subregion: 'eastern-africa',
    locality: 'Nairobi',
    themes: ['climate'],
    actions: ['advocacy'],
    year: 2019,
    approximate: false,
    lon: 36.8,
    lat: -1.3,
    ...over,
  };
}

/** One published initiative as the public API returns it (a made-up test entry). */
export const INITIATIVE: Initiative = {
  slug: 'test-peace-club',
  title: 'Test peace club',
  summary: 'Children in a test town run a peace club that meets every week to talk about bullying.',
  country: 'KE',
  countryName: 'Kenya',
  region: 'africa',
  regionName: 'Africa',
  subregion: 'eastern-africa',
  subregionName: 'Eastern Africa',
  locality: 'Nairobi',
  lat: -1.3,
  lon: 36.8,
  approximate: false,
  themes: ['climate'],
  actions: ['advocacy'],
  year: 2019,
  organization: 'Test Org',
  sourceUrl: 'https://example.org/report',
  sourceTitle: 'The public report',
  link: null,
  quote: null,
  quoteBy: null,
  language: 'en',
  originalLanguage: 'en',
  publishedAt: '2024-01-01T00:00:00Z',
};
