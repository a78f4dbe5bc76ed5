import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land from 'world-atlas/land-110m.json' with { type: 'json' };

/**
 * Small world maps for the preview cards, as SVG: Natural Earth 1:110m land (world-atlas, as
 * the web map uses) in a plain equirectangular projection, cut at 60° S (Antarctica takes
 * room and holds no initiative) and 84° N.
 */
const NORTH = 84;
const SOUTH = -60;

export type Frame = { width: number; height: number };

export function project(lon: number, lat: number, { width, height }: Frame): [number, number] {
  const y = Math.min(NORTH, Math.max(SOUTH, lat));
  return [((lon + 180) / 360) * width, ((NORTH - y) / (NORTH - SOUTH)) * height];
}

/** Aspect ratio of the projected map: 360° of longitude over the latitudes shown. */
export const MAP_RATIO = 360 / (NORTH - SOUTH);

function ringPath(ring: Position[], frame: Frame): string {
  let d = '';
  let lastLon: number | undefined;
  for (const pos of ring) {
    const lon = pos[0] ?? 0;
    const [x, y] = project(lon, pos[1] ?? 0, frame);
    // A ring that crosses the antimeridian (Chukotka, Fiji) jumps from one edge to the other:
    // start a new piece there instead of drawing a line across the whole map.
    const jump = lastLon === undefined || Math.abs(lon - lastLon) > 180;
    d += `${jump ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
    lastLon = lon;
  }
  return `${d}Z`;
}

const landPaths = new Map<string, string>();

/** The land as one SVG path for a frame size, built once per size. */
export function landPath(frame: Frame): string {
  const key = `${frame.width}x${frame.height}`;
  let d = landPaths.get(key);
  if (!d) {
    const topology = land as unknown as Topology<{ land: GeometryCollection }>;
    const geo = feature(topology, topology.objects.land);
    const parts: string[] = [];
    for (const f of geo.features) {
      const g = f.geometry as Polygon | MultiPolygon;
      const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      for (const polygon of polygons) for (const ring of polygon) parts.push(ringPath(ring, frame));
    }
    d = parts.join('');
    landPaths.set(key, d);
  }
  return d;
}

export type LocatorOptions = Frame & {
  points: readonly { lon: number; lat: number }[];
  radius: number;
  water: string;
  land: string;
  point: string;
};

/**
 * An SVG world map with a dot per point. Points that would fall on the same pixel are drawn
 * once, so a map of 100,000 entries stays a small image.
 */
export function locatorSvg(o: LocatorOptions): string {
  const seen = new Set<string>();
  let dots = '';
  for (const p of o.points) {
    const [x, y] = project(p.lon, p.lat, o);
    const key = `${Math.round(x)},${Math.round(y)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    dots += `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${o.radius}"/>`;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}">` +
    `<rect width="100%" height="100%" fill="${o.water}"/>` +
    `<path d="${landPath(o)}" fill="${o.land}"/>` +
    `<g fill="${o.point}" stroke="#ffffff" stroke-width="${Math.max(1, o.radius / 3).toFixed(1)}">${dots}</g>` +
    `</svg>`
  );
}
