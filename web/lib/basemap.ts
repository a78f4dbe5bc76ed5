import type { Feature, FeatureCollection, MultiPolygon, Point, Position } from 'geojson';
import isoCodes from 'i18n-iso-countries/codes.json';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { isoResolver, unwrapRing } from '../../contract/basemap-codes.ts';

/**
 * The offline basemap: Natural Earth 1:110m countries from the world-atlas package, turned
 * into GeoJSON once per visit. Decisions: docs/decisions/011-offline-basemap.md. The
 * TopoJSON itself is fetched as data (basemap-data.ts), not bundled as JavaScript
 * (docs/decisions/130-offline-and-first-paint.md).
 */
/** world-atlas's countries file: one object of countries with their names and numeric ids. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export type CountryProps = { iso: string; name: string };
export type LabelProps = { iso: string; name: string; rank: number };
export type Basemap = {
  countries: FeatureCollection<MultiPolygon, CountryProps>;
  labels: FeatureCollection<Point, LabelProps>;
  /** Feature ids of each country's shapes, for feature-state (choropleth, hover). */
  idsByIso: Map<string, number[]>;
};

const resolveIso = isoResolver(isoCodes as string[][]);

/** A Natural Earth feature's ISO alpha-2 code, or undefined for one not drawn. */
export function isoOf(id: string | number | undefined, sourceName: string): string | undefined {
  return resolveIso(id, sourceName);
}

export { unwrapRing };

/** Planar area and centroid of a ring (shoelace); good enough to place a label. */
function ringCentroid(ring: Position[]): { area: number; x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j] as Position;
    const [x1 = 0, y1 = 0] = ring[i] as Position;
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (a === 0) return { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 };
  return { area: Math.abs(a / 2), x: cx / (3 * a), y: cy / (3 * a) };
}

export function buildBasemap(
  topology: CountriesTopology,
  names: (iso: string, fallback: string) => string = (_iso, fallback) => fallback,
): Basemap {
  const fc = feature(topology, topology.objects.countries);
  const countries: Feature<MultiPolygon, CountryProps>[] = [];
  const best = new Map<
    string,
    { area: number; x: number; y: number; total: number; name: string }
  >();
  const idsByIso = new Map<string, number[]>();
  let nextId = 1;
  for (const f of fc.features) {
    const sourceName = f.properties?.name ?? '';
    const iso = isoOf(f.id, sourceName);
    if (!iso || !f.geometry) continue;
    const g = f.geometry;
    const polygons: Position[][][] =
      g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const fixed = polygons.map((rings) => rings.map(unwrapRing));
    const id = nextId++;
    const name = names(iso, sourceName);
    countries.push({
      type: 'Feature',
      id,
      properties: { iso, name },
      geometry: { type: 'MultiPolygon', coordinates: fixed },
    });
    idsByIso.set(iso, [...(idsByIso.get(iso) ?? []), id]);
    for (const rings of fixed) {
      const c = ringCentroid(rings[0] ?? []);
      const prevBest = best.get(iso);
      const total = (prevBest?.total ?? 0) + c.area;
      // The label belongs to the main shape (mainland France, not French Guiana).
      if (!prevBest || c.area > prevBest.area) best.set(iso, { ...c, total, name });
      else prevBest.total = total;
    }
  }
  const labels: Feature<Point, LabelProps>[] = [...best.entries()]
    .filter(([, b]) => b.area > 0)
    .map(([iso, b]) => ({
      type: 'Feature',
      properties: { iso, name: b.name, rank: Math.round(b.total * 10) / 10 },
      geometry: { type: 'Point', coordinates: [b.x, b.y] },
    }));
  return {
    countries: { type: 'FeatureCollection', features: countries },
    labels: { type: 'FeatureCollection', features: labels },
    idsByIso,
  };
}

/**
 * The shapes in `fine` of the countries `coarse` has none for (the small states: 1:50m
 * against the 1:110m basemap), rings unwrapped and rounded to 0.001° (about 100 m). The map
 * loads them as small-state-shapes.json, written from this by its test
 * (docs/decisions/017-small-states.md).
 */
export function shapesMissingFrom(
  fine: CountriesTopology,
  coarse: CountriesTopology,
): Record<string, Position[][][]> {
  const isos = (t: CountriesTopology) =>
    feature(t, t.objects.countries).features.map((f) => ({
      f,
      iso: isoOf(f.id, f.properties?.name ?? ''),
    }));
  const drawn = new Set(isos(coarse).map((x) => x.iso));
  const out: Record<string, Position[][][]> = {};
  const round = (n: number) => Math.round(n * 1000) / 1000;
  for (const { f, iso } of isos(fine)) {
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
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Country names in the visitor's language where the browser knows them. */
export function localCountryNames(locale: string): (iso: string, fallback: string) => string {
  // Made on the first name asked for: building the browser's region names costs tens of
  // milliseconds, and the map asks for none when the site's own names cover every country.
  let display: Intl.DisplayNames | null | undefined;
  return (iso, fallback) => {
    if (display === undefined) {
      try {
        display = new Intl.DisplayNames([locale], { type: 'region' });
      } catch {
        display = null;
      }
    }
    try {
      return display?.of(iso) ?? fallback;
    } catch {
      return fallback;
    }
  };
}
