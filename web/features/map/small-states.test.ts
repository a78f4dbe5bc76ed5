import { describe, expect, it } from 'vitest';
import type { GeometryCollection, Topology } from 'topojson-specification';
import fine from 'world-atlas/countries-50m.json';
import coarse from 'world-atlas/countries-110m.json';
import { buildBasemap, shapesMissingFrom, type CountriesTopology } from '../../lib/basemap.ts';
import {
  pickAt,
  STATE_BAND,
  statePlace,
  type DrawnFeature,
  type DrawnState,
} from './map-overlay.ts';
import shapesJson from './small-state-shapes.json';
import { SMALL_STATE_RADIUS, smallShapes, smallStates, type ShapesByIso } from './small-states.ts';
import { makeItem } from '../../../tests/helpers/web-fixtures.ts';

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
  const base = buildBasemap(coarse as unknown as CountriesTopology);

  it('are the countries with entries but without a shape, each at its reference point', () => {
    const countries = [
      { code: 'WS', name: 'Samoa', lat: -13.8, lon: -172.1 },
      { code: 'MT', name: 'Malta', lat: 35.9, lon: 14.4 },
      { code: 'KE', name: 'Kenya', lat: 0.2, lon: 37.9 },
      { code: 'NR', name: 'Nauru', lat: -0.5, lon: 166.9 },
    ];
    const withEntries = new Set(['WS', 'MT', 'KE']);
    expect(smallStates(countries, base.idsByIso, withEntries)).toEqual([
      { iso: 'MT', name: 'Malta', lon: 14.4, lat: 35.9 },
      { iso: 'WS', name: 'Samoa', lon: -172.1, lat: -13.8 },
    ]);
  });

  it('cover every state the issue lists as missing from the world-scale basemap', () => {
    const countries = TOO_SMALL.map((code) => ({ code, name: code, lat: 0, lon: 0 }));
    const all = new Set(TOO_SMALL);
    const markers = smallStates(countries, base.idsByIso, all).map((s) => s.iso);
    expect(markers).toEqual([...TOO_SMALL].sort());
  });

  it('leave out a country without a usable reference point', () => {
    const malta = [{ code: 'MT', name: 'Malta', lat: NaN, lon: 14 }];
    expect(smallStates(malta, new Set(), new Set(['MT']))).toEqual([]);
  });
});

describe('small states on the overlay', () => {
  const point: DrawnFeature = { kind: 'point', x: 100, y: 100, r: 7, item: makeItem({}) };
  const cluster: DrawnFeature = {
    kind: 'cluster',
    x: 103,
    y: 100,
    r: 13,
    id: 1,
    count: 12,
    lon: 0,
    lat: 0,
  };
  const state = (x: number, r: number, inner = 0, iso = 'MT'): DrawnState => ({
    kind: 'state',
    iso,
    name: iso,
    x,
    y: 100,
    r,
    inner,
  });

  it('keep their place and size when nothing hides them', () => {
    expect(statePlace(200, 100, [point, cluster])).toEqual({
      x: 200,
      y: 100,
      r: SMALL_STATE_RADIUS,
      inner: 0,
    });
    // Its centre in sight: the rest of the marker shows.
    expect(statePlace(108, 100, [point])).toEqual({
      x: 108,
      y: 100,
      r: SMALL_STATE_RADIUS,
      inner: 0,
    });
  });

  it('become a band of their colour around the point or cluster drawn over their centre', () => {
    expect(statePlace(105, 100, [point])).toEqual({ x: 100, y: 100, r: 7 + STATE_BAND, inner: 7 });
    expect(statePlace(100, 100, [point])).toEqual({ x: 100, y: 100, r: 7 + STATE_BAND, inner: 7 });
    expect(statePlace(100, 100, [point, cluster])).toEqual({
      x: 103,
      y: 100,
      r: 13 + STATE_BAND,
      inner: 13,
    });
  });

  it('under one cluster, get one band each, and each band picks its own state', () => {
    const covered = new Map<DrawnFeature, number>();
    const first = statePlace(103, 100, [cluster], covered);
    const second = statePlace(104, 101, [cluster], covered);
    expect(first).toEqual({ x: 103, y: 100, r: 13 + STATE_BAND, inner: 13 });
    expect(second).toEqual({ x: 103, y: 100, r: 13 + 2 * STATE_BAND, inner: 13 + STATE_BAND });
    const to = state(103, first.r, first.inner, 'TO');
    const ws = state(103, second.r, second.inner, 'WS');
    expect(pickAt([cluster], [to, ws], 103 + 13 + 2, 100)).toBe(to);
    expect(pickAt([cluster], [to, ws], 103 + 13 + STATE_BAND + 2, 100)).toBe(ws);
  });

  it('are picked on their band, while the point over them is picked on the point', () => {
    const malta = state(100, 7 + STATE_BAND, 7);
    expect(pickAt([point], [malta], 100, 100)).toBe(point);
    expect(pickAt([point], [malta], 100 + 7 + 3, 100)).toBe(malta);
  });

  it('win over a nearby point the pointer is not on', () => {
    const malta = state(116, SMALL_STATE_RADIUS);
    expect(pickAt([point], [malta], 112, 100)).toBe(malta);
    expect(pickAt([point], [], 110, 100)).toBe(point);
  });
});

describe('finer shapes of the small states', () => {
  const base = buildBasemap(coarse as unknown as CountriesTopology);
  const byIso = shapesJson as ShapesByIso;

  it('are the 1:50m shapes the 1:110m basemap lacks (rewrite the file with vitest -u)', async () => {
    type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const shapes = shapesMissingFrom(fine as unknown as Countries, coarse as unknown as Countries);
    await expect(`${JSON.stringify(shapes)}\n`).toMatchFileSnapshot('./small-state-shapes.json');
  });

  it('exist for every listed state but Tuvalu (not in Natural Earth) and for none the basemap has', () => {
    const missing = TOO_SMALL.filter((iso) => !byIso[iso]);
    expect(missing).toEqual(['TV']);
    for (const iso of Object.keys(byIso)) expect(base.idsByIso.has(iso), iso).toBe(false);
  });

  it('have no ring that jumps across the antimeridian (Kiribati, Fiji side)', () => {
    for (const [iso, polygons] of Object.entries(byIso))
      for (const rings of polygons)
        for (const ring of rings)
          for (let i = 1; i < ring.length; i++) {
            const jump = Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0));
            expect(jump, `${iso} ring jumps ${jump}°`).toBeLessThanOrEqual(180);
          }
  });

  it('become features with their own ids after the basemap ids, named by the site', () => {
    const { shapes, idsByIso } = smallShapes(
      {
        MT: [
          [
            [
              [14.3, 35.8],
              [14.6, 35.8],
              [14.5, 36.0],
              [14.3, 35.8],
            ],
          ],
        ],
        WS: [],
      },
      (iso) => (iso === 'MT' ? 'Malta' : iso),
      500,
    );
    expect(shapes.features.map((f) => [f.id, f.properties.iso, f.properties.name])).toEqual([
      [500, 'MT', 'Malta'],
      [501, 'WS', 'WS'],
    ]);
    expect(idsByIso.get('MT')).toEqual([500]);
  });
});
