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

/** A stable empty reference while the countries are loading. */
export const NO_COUNTRIES: readonly CountryPoint[] = [];
