import { describe, expect, it } from 'vitest';
import { PointIndex, worldCopies } from './point-index.ts';
import { clusterRadius, nearest, type DrawnFeature } from './map-overlay.ts';
import { makeItem } from '../../../tests/helpers/web-fixtures.ts';

const WORLD = { west: -180, south: -85, east: 180, north: 85 };

const total = (vs: ReturnType<PointIndex['visible']>) =>
  vs.reduce((n, v) => n + (v.kind === 'cluster' ? v.count : 1), 0);

describe('point index (clusters computed in the page)', () => {
  const nairobi = [1, 2, 3].map((n) => makeItem({ slug: `nairobi-${n}` }));
  const lima = makeItem({ slug: 'lima', lon: -77, lat: -12 });
  const index = new PointIndex([...nairobi, lima]);

  it('accounts for every entry once at any zoom', () => {
    for (const zoom of [0, 3, 7, 10]) expect(total(index.visible({ ...WORLD, zoom }))).toBe(4);
  });

  it('groups nearby entries into a cluster and keeps a lone one as a point', () => {
    const vs = index.visible({ ...WORLD, zoom: 2 });
    expect(vs.find((v) => v.kind === 'cluster')).toMatchObject({ count: 3 });
    expect(vs.find((v) => v.kind === 'point')).toMatchObject({ item: { slug: 'lima' } });
  });

  it('keeps entries that share one point together even at the closest zoom', () => {
    const vs = index.visible({ ...WORLD, zoom: 10 });
    const cluster = vs.find((v) => v.kind === 'cluster');
    expect(cluster).toMatchObject({ count: 3 });
    if (cluster?.kind !== 'cluster') throw new Error('no cluster');
    const { leaves, zoom } = index.expansion(cluster.id);
    expect(leaves.map((l) => l.slug).sort()).toEqual(['nairobi-1', 'nairobi-2', 'nairobi-3']);
    expect(zoom).toBeGreaterThan(10);
  });

  it('leaves out what is outside the view', () => {
    const africa = index.visible({ west: 20, south: -20, east: 50, north: 10, zoom: 3 });
    expect(total(africa)).toBe(3);
  });

  it('draws every copy of the world the view shows, at shifted longitudes', () => {
    const vs = index.visible({ west: -460, south: -85, east: 320, north: 85, zoom: 0 });
    const limas = vs.filter((v) => v.kind === 'point').map((v) => v.lon);
    expect(limas.sort((a, b) => a - b)).toEqual([-437, -77, 283]);
  });

  it('has no entries when nothing matches', () => {
    expect(new PointIndex([]).visible({ ...WORLD, zoom: 1 })).toEqual([]);
  });
});

describe('world copies', () => {
  it('splits a view across the antimeridian into its two copies', () => {
    expect(worldCopies(150, 210)).toEqual([
      { k: 0, w: 150, e: 180 },
      { k: 1, w: -180, e: -150 },
    ]);
  });
  it('is one span for an ordinary view and none for an empty one', () => {
    expect(worldCopies(-10, 40)).toEqual([{ k: 0, w: -10, e: 40 }]);
    expect(worldCopies(40, 40)).toEqual([]);
  });
});

describe('picking a drawn point', () => {
  const point = (x: number, y: number, slug: string): DrawnFeature => ({
    kind: 'point',
    x,
    y,
    r: 7,
    item: makeItem({ slug }),
  });
  const drawn = [point(100, 100, 'a'), point(112, 100, 'b')];

  it('takes the nearest circle under the pointer', () => {
    expect(nearest(drawn, 108, 100)).toMatchObject({ item: { slug: 'b' } });
    expect(nearest(drawn, 103, 101)).toMatchObject({ item: { slug: 'a' } });
  });
  it('forgives a near miss but not a far one', () => {
    expect(nearest(drawn, 100, 113)).toMatchObject({ item: { slug: 'a' } });
    expect(nearest(drawn, 100, 130)).toBeUndefined();
  });
  it('sizes clusters by how many entries they hold', () => {
    expect(clusterRadius(3)).toBeLessThan(clusterRadius(60));
    expect(clusterRadius(60)).toBeLessThan(clusterRadius(5000));
  });
});
