import { describe, expect, it } from 'vitest';
import { buildBasemap } from './basemap.ts';
import { smallStates } from './small-states.ts';

/** The states with initiatives that the 1:110m basemap has no shape for. */
const TOO_SMALL = [
  'SG',
  'SC',
  'PW',
  'MH',
  'FM',
  'ST',
  'AD',
  'DM',
  'SM',
  'VC',
  'KN',
  'MC',
  'LI',
  'KM',
  'MU',
  'CV',
  'BB',
  'WS',
  'TO',
  'TV',
  'KI',
  'MT',
];

describe('small states', () => {
  const base = buildBasemap();

  it('are the countries of the reference without a shape, each at its reference point', () => {
    const countries = [
      { code: 'MT', name: 'Malta', lat: 35.9, lon: 14.4 },
      { code: 'KE', name: 'Kenya', lat: 0.2, lon: 37.9 },
      { code: 'WS', name: 'Samoa', lat: -13.8, lon: -172.1 },
    ];
    expect(smallStates(countries, base.idsByIso)).toEqual([
      { iso: 'MT', name: 'Malta', lon: 14.4, lat: 35.9 },
      { iso: 'WS', name: 'Samoa', lon: -172.1, lat: -13.8 },
    ]);
  });

  it('cover every state the issue lists as missing from the world-scale basemap', () => {
    const countries = TOO_SMALL.map((code) => ({ code, name: code, lat: 0, lon: 0 }));
    const markers = smallStates(countries, base.idsByIso).map((s) => s.iso);
    expect(markers).toEqual([...TOO_SMALL].sort());
  });

  it('leave out a country without a usable reference point', () => {
    expect(smallStates([{ code: 'MT', name: 'Malta', lat: NaN, lon: 14 }], new Set())).toEqual([]);
  });
});
