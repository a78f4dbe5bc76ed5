/**
 * Writes web/features/map/small-state-shapes.json: the Natural Earth 1:50m shapes of the
 * countries that the 1:110m basemap leaves out (Malta, Samoa, Singapore...), rounded to
 * 0.001° (about 100 m). The map loads it after its first view (docs/decisions/017).
 * Usage: npx tsx scripts/small-state-shapes.ts
 */
import { writeFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import fine from 'world-atlas/countries-50m.json' with { type: 'json' };
import coarse from 'world-atlas/countries-110m.json' with { type: 'json' };
import { isoOf, unwrapRing } from '../web/features/map/basemap.ts';

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const isos = (t: Countries) =>
  feature(t, t.objects.countries).features.map((f) => ({ f, iso: isoOf(f.id, f.properties.name) }));

const drawn = new Set(isos(coarse as unknown as Countries).map((x) => x.iso));
const out: Record<string, Position[][][]> = {};
const round = (n: number) => Math.round(n * 1000) / 1000;
for (const { f, iso } of isos(fine as unknown as Countries)) {
  if (!iso || drawn.has(iso) || !f.geometry) continue;
  const g = f.geometry;
  const polygons =
    g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  out[iso] = [
    ...(out[iso] ?? []),
    ...polygons.map((rings) =>
      rings.map((ring) => unwrapRing(ring).map(([x = 0, y = 0]) => [round(x), round(y)])),
    ),
  ];
}
const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(
  new URL('../web/features/map/small-state-shapes.json', import.meta.url),
  `${JSON.stringify(sorted)}\n`,
);
console.log(`${Object.keys(sorted).length} countries`);
