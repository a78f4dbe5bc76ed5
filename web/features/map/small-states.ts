import type { FeatureCollection, MultiPolygon, Position } from 'geojson';
import type { CountryProps } from '../../lib/basemap.ts';

/**
 * States too small for the world-scale basemap (Natural Earth 1:110m leaves out Malta, Samoa,
 * Singapore and about twenty more) are drawn as a round marker at their reference point, as UN
 * maps draw them, filled with the country's class colour like a shape. Pure, so it can be
 * tested; drawn and hit-tested by the map overlay. Decision: docs/decisions/017.
 */
export type CountryPoint = { code: string; name: string; lat: number; lon: number };
export type SmallState = { iso: string; name: string; lon: number; lat: number };

/** Radius of a small state's marker in CSS pixels, outline included. */
export const SMALL_STATE_RADIUS = 5;

/**
 * The countries with entries in the catalogue that have no shape on the basemap, each at its
 * reference point, sorted by code so the drawing order never changes. The set depends on the
 * whole catalogue, not on the filters: a filtered-out state keeps its marker, shaded "None".
 * Territories and states without entries get none, so the oceans are not dotted with places
 * nobody can filter to.
 */
export function smallStates(
  countries: readonly CountryPoint[],
  shaped: { has(iso: string): boolean },
  withEntries: { has(iso: string): boolean },
): SmallState[] {
  return countries
    .filter(
      (c) =>
        withEntries.has(c.code) &&
        !shaped.has(c.code) &&
        Number.isFinite(c.lat) &&
        Number.isFinite(c.lon),
    )
    .map((c) => ({ iso: c.code, name: c.name, lon: c.lon, lat: c.lat }))
    .sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
}

/** A country's shapes by ISO code (small-state-shapes.json, written by a script). */
export type ShapesByIso = Record<string, Position[][][]>;
export type SmallShapes = {
  shapes: FeatureCollection<MultiPolygon, CountryProps>;
  idsByIso: Map<string, number[]>;
};

/**
 * The finer shapes as a GeoJSON source, with feature ids (for feature-state) that start
 * after the basemap's own.
 */
export function smallShapes(
  byIso: ShapesByIso,
  names: (iso: string) => string,
  firstId: number,
): SmallShapes {
  const idsByIso = new Map<string, number[]>();
  let id = firstId;
  const features = Object.entries(byIso).map(([iso, coordinates]) => {
    idsByIso.set(iso, [id]);
    return {
      type: 'Feature' as const,
      id: id++,
      properties: { iso, name: names(iso) },
      geometry: { type: 'MultiPolygon' as const, coordinates },
    };
  });
  return { shapes: { type: 'FeatureCollection', features }, idsByIso };
}

/** A stable empty reference while the countries are loading. */
export const NO_COUNTRIES: readonly CountryPoint[] = [];
