import isoCodes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json' with { type: 'json' };
import { isoResolver, unwrapRing } from '../../contract/basemap-codes.ts';
import { BASEMAP_COLORS, countryColor } from '../../contract/map-colours.ts';

/**
 * A still picture of the world map as SVG, shaded like the live map: it stands in for the
 * interactive map on a phone until the visitor starts it (docs/decisions/131-map-picture.md).
 * Natural Earth 1:110m countries (world-atlas), the same shapes and country codes as the live
 * map's basemap, in Web Mercator, framed on the live map's first view. Only shapes and
 * colours: no names, no counts, no text of any kind.
 */

/**
 * The live map's first view, [west, south, east, north]: the same as WORLD_VIEW in
 * web/features/map/focus.ts, which tests/map-picture-frame.test.ts checks.
 */
export const PICTURE_VIEW = [-176, -50, 179.9, 72] as const;
const [WEST, SOUTH, EAST, NORTH] = PICTURE_VIEW;

export const PICTURE_WIDTH = 1000;
const rad = (deg: number) => (deg * Math.PI) / 180;
const mercatorY = (lat: number) =>
  Math.log(Math.tan(Math.PI / 4 + rad(Math.max(-85, Math.min(85, lat))) / 2));
/** Picture units per radian of longitude, the same along y (Mercator keeps angles). */
const SCALE = PICTURE_WIDTH / rad(EAST - WEST);
export const PICTURE_HEIGHT = Math.round((mercatorY(NORTH) - mercatorY(SOUTH)) * SCALE);

/** Projected position in tenths of a picture unit (the precision drawn). */
function project(lon: number, lat: number): [number, number] {
  return [
    Math.round(rad(lon - WEST) * SCALE * 10),
    Math.round((mercatorY(NORTH) - mercatorY(lat)) * SCALE * 10),
  ];
}

/** Radius of a small state's marker, in picture units: 5 CSS pixels on a 400-pixel-wide map. */
const MARKER_RADIUS = 12;

/** A number in tenths as short SVG text: 125 -> "12.5", -5 -> "-.5", 30 -> "3". */
function tenths(n: number): string {
  if (n % 10 === 0) return String(n / 10);
  const s = (Math.abs(n) / 10).toFixed(1).replace(/^0\./, '.');
  return n < 0 ? `-${s}` : s;
}

/**
 * Numbers joined the short way: no space before a minus sign, nor before a point after a
 * number that has one (".5.1" reads as .5 and .1).
 */
function numbers(values: number[]): string {
  let out = '';
  let lastHasPoint = false;
  for (const v of values) {
    const s = tenths(v);
    const joined = !out || s.startsWith('-') || (lastHasPoint && s.startsWith('.'));
    out += joined ? s : ` ${s}`;
    lastHasPoint = s.includes('.');
  }
  return out;
}

/** One ring as `M x y l dx dy ... z`, skipping steps too short to draw. */
function ringPath(ring: [number, number][], shift: number): string {
  const deltas: number[] = [];
  let start: [number, number] | undefined;
  let last: [number, number] | undefined;
  for (const [lon, lat] of ring) {
    const p = project(lon + shift, lat);
    if (!last) start = p;
    else if (p[0] !== last[0] || p[1] !== last[1]) deltas.push(p[0] - last[0], p[1] - last[1]);
    else continue;
    last = p;
  }
  if (!start || deltas.length < 4) return '';
  return `M${numbers(start)}l${numbers(deltas)}z`;
}

type StaticMap = {
  /** Each drawn country's path data, by ISO alpha-2 code, sorted by code. */
  paths: [string, string][];
  shaped: Set<string>;
};

let built: StaticMap | undefined;

/** The countries' outlines, projected and written as path data once per process. */
function staticMap(): StaticMap {
  if (built) return built;
  const isoOf = isoResolver(isoCodes as string[][]);
  const topology = countries as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const byIso = new Map<string, string>();
  for (const f of feature(topology, topology.objects.countries).features) {
    const iso = isoOf(f.id, f.properties?.name ?? '');
    const g = f.geometry;
    if (!iso || !g) continue;
    const polygons =
      g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    let d = byIso.get(iso) ?? '';
    for (const polygon of polygons)
      for (const raw of polygon) {
        const ring = unwrapRing(raw);
        d += ringPath(ring, 0);
        // A ring unwrapped past the antimeridian (Chukotka, Fiji) also shows on the other
        // edge, as the live map's world copies do.
        const lons = ring.map(([lon]) => lon);
        if (Math.max(...lons) > 180) d += ringPath(ring, -360);
        if (Math.min(...lons) < -180) d += ringPath(ring, 360);
      }
    byIso.set(iso, d);
  }
  built = {
    paths: [...byIso.entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
    shaped: new Set(byIso.keys()),
  };
  return built;
}

/** Whether the picture has a shape for this country (otherwise it may get a marker). */
export function hasShape(iso: string): boolean {
  return staticMap().shaped.has(iso);
}

export type PictureMarker = { iso: string; lon: number; lat: number };

/**
 * The picture: every country shaded by its count of matching initiatives in the live map's
 * fixed classes, and a round marker for each state too small for the basemap
 * (web/features/map/small-states.ts decides which, the same way).
 */
export function mapPictureSvg(
  counts: ReadonlyMap<string, number>,
  markers: readonly PictureMarker[],
): string {
  const { paths } = staticMap();
  const fill = (iso: string) => {
    const n = counts.get(iso) ?? 0;
    return n > 0 ? ` fill="${countryColor(n)}"` : '';
  };
  let shapes = '';
  for (const [iso, d] of paths) if (d) shapes += `<path id="${iso}"${fill(iso)} d="${d}"/>`;
  let dots = '';
  for (const m of markers) {
    const [x, y] = project(m.lon, m.lat);
    dots += `<circle id="${m.iso}"${fill(m.iso)} cx="${tenths(x)}" cy="${tenths(y)}" r="${MARKER_RADIUS}"/>`;
  }
  const w = PICTURE_WIDTH;
  const h = PICTURE_HEIGHT;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" preserveAspectRatio="xMidYMid meet">` +
    // Strokes stay as thin as the live map's at any size the picture is shown.
    `<style>path,circle{vector-effect:non-scaling-stroke}</style>` +
    // Water past the edges too, for a box of another shape than the picture.
    `<rect x="${-w}" y="${-h * 2}" width="${w * 3}" height="${h * 5}" fill="${BASEMAP_COLORS.water}"/>` +
    `<g fill="${BASEMAP_COLORS.land}" stroke="${BASEMAP_COLORS.border}" stroke-width=".6">${shapes}</g>` +
    `<g fill="${BASEMAP_COLORS.land}" stroke="${BASEMAP_COLORS.label}" stroke-width="1.25">${dots}</g>` +
    `</svg>`
  );
}
