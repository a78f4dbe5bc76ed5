import type { FeatureCollection, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../stores/filters.ts';
import world from 'world-atlas/countries-110m.json';
import { buildBasemap, type CountriesTopology } from '../../lib/basemap.ts';
import { countriesBox, focusCountries } from './focus.ts';

const COUNTRIES = [
  { code: 'KE', region: '002', subregion: '202', lat: 0.5, lon: 37.9 },
  { code: 'UG', region: '002', subregion: '202', lat: 1.3, lon: 32.3 },
  { code: 'FR', region: '150', subregion: '155', lat: 46.6, lon: 2.4 },
  { code: 'FJ', region: '009', subregion: '054', lat: -17.7, lon: 178.1 },
  { code: 'TV', region: '009', subregion: '061', lat: -8.5, lon: 179.2 },
  { code: 'RU', region: '150', subregion: '151', lat: 61.5, lon: 105.3 },
];
const shapes = buildBasemap(world as unknown as CountriesTopology).countries as FeatureCollection<
  MultiPolygon,
  { iso: string }
>;

describe('focusCountries', () => {
  it('is the chosen countries, else the sub-regions, else the regions, else the world', () => {
    expect(focusCountries({ ...EMPTY_FILTERS, country: ['UG', 'KE'] }, COUNTRIES)).toEqual([
      'KE',
      'UG',
    ]);
    expect(focusCountries({ ...EMPTY_FILTERS, subregion: ['155'] }, COUNTRIES)).toEqual(['FR']);
    expect(focusCountries({ ...EMPTY_FILTERS, region: ['002'] }, COUNTRIES)).toEqual(['KE', 'UG']);
    expect(focusCountries(EMPTY_FILTERS, COUNTRIES)).toBeNull();
  });
});

describe('countriesBox', () => {
  it("is the box around a country's shape", () => {
    const [w, s, e, n] = countriesBox(['KE'], shapes, COUNTRIES) ?? [];
    // Kenya lies within 33.9 to 41.9 E and 4.7 S to 5.5 N (Natural Earth 1:110m).
    expect(w).toBeCloseTo(33.9, 0);
    expect(e).toBeCloseTo(41.9, 0);
    expect(s).toBeCloseTo(-4.7, 0);
    expect(n).toBeCloseTo(5.5, 0);
  });

  it('takes the short way round for countries across the antimeridian', () => {
    const [w = 0, , e = 0] = countriesBox(['FJ'], shapes, COUNTRIES) ?? [];
    expect(e - w).toBeLessThan(10);
    const [rw = 0, , re = 0] = countriesBox(['RU'], shapes, COUNTRIES) ?? [];
    expect(re - rw).toBeLessThan(200);
  });

  it('shows a state too small for the basemap around its reference point', () => {
    expect(countriesBox(['TV'], shapes, COUNTRIES)).toEqual([177.2, -10.5, 181.2, -6.5]);
  });

  it('is null when nothing is known of the countries', () => {
    expect(countriesBox(['ZZ'], shapes, COUNTRIES)).toBeNull();
  });
});
