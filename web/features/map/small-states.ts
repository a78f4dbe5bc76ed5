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
 * The countries of the reference that have no shape on the basemap, each at its reference
 * point, sorted by code so the drawing order never changes.
 */
export function smallStates(
  countries: readonly CountryPoint[],
  shaped: { has(iso: string): boolean },
): SmallState[] {
  return countries
    .filter((c) => !shaped.has(c.code) && Number.isFinite(c.lat) && Number.isFinite(c.lon))
    .map((c) => ({ iso: c.code, name: c.name, lon: c.lon, lat: c.lat }))
    .sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
}

/** A stable empty reference while the countries are loading. */
export const NO_COUNTRIES: readonly CountryPoint[] = [];
