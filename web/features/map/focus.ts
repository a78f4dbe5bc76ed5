import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { FilterState } from '../../stores/filters.ts';

/** [west, south, east, north] in degrees; east may run past 180 for a place across the antimeridian. */
export type LngLatBox = [number, number, number, number];

/**
 * The inhabited world, from Hawaii and Samoa to Kiribati and Fiji: the map's first view. It
 * starts a little west of Samoa (172.3 W) so that Samoa's whole marker is in sight, and ends
 * just short of 180°: with its edge on the antimeridian, MapLibre also cut the next copy of
 * the world into tiles for a wide screen's first view (six tiles instead of four).
 */
export const WORLD_VIEW: LngLatBox = [-176, -50, 179.9, 72];

type CountryRef = { code: string; region: string; subregion: string; lat: number; lon: number };

/**
 * The countries the map should show for the place filters: the chosen countries, else every
 * country of the chosen sub-regions, else of the chosen regions; null when no place is chosen
 * (the whole world).
 */
export function focusCountries(
  filters: Pick<FilterState, 'region' | 'subregion' | 'country'>,
  countries: readonly CountryRef[],
): string[] | null {
  if (filters.country.length) return [...filters.country].sort();
  if (filters.subregion.length) {
    const set = new Set(filters.subregion);
    return countries.filter((c) => set.has(c.subregion)).map((c) => c.code);
  }
  if (filters.region.length) {
    const set = new Set(filters.region);
    return countries.filter((c) => set.has(c.region)).map((c) => c.code);
  }
  return null;
}

/** Smallest box a place is shown in: an island state is a point at world scale. */
const MIN_SPAN = 4;

/**
 * The box around the countries' shapes (and, for states too small for the basemap, their
 * reference point), taking the shorter way round the globe: Fiji or Russia do not become a
 * box around the whole world.
 */
export function countriesBox(
  isos: readonly string[],
  shapes: FeatureCollection<MultiPolygon, { iso: string }>,
  countries: readonly CountryRef[],
): LngLatBox | null {
  const wanted = new Set(isos);
  const lons: number[] = [];
  let south = Infinity;
  let north = -Infinity;
  const add = (lon: number, lat: number) => {
    lons.push(lon);
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  };
  const drawn = new Set<string>();
  for (const f of shapes.features) {
    if (!wanted.has(f.properties.iso)) continue;
    drawn.add(f.properties.iso);
    for (const polygon of f.geometry.coordinates)
      for (const [lon, lat] of polygon[0] ?? []) add(lon as number, lat as number);
  }
  for (const c of countries) if (wanted.has(c.code) && !drawn.has(c.code)) add(c.lon, c.lat);
  if (!lons.length) return null;

  // Longitudes as they are, or with the western hemisphere moved past 180: the narrower wins.
  const span = (values: number[]) => [Math.min(...values), Math.max(...values)] as const;
  const [w1, e1] = span(lons);
  const [w2, e2] = span(lons.map((l) => (l < 0 ? l + 360 : l)));
  let [west, east] = e2 - w2 < e1 - w1 ? [w2, e2] : [w1, e1];
  if (west >= 180) [west, east] = [west - 360, east - 360];

  const padLon = Math.max(0, (MIN_SPAN - (east - west)) / 2);
  const padLat = Math.max(0, (MIN_SPAN - (north - south)) / 2);
  return [
    west - padLon,
    Math.max(-85, south - padLat),
    east + padLon,
    Math.min(85, north + padLat),
  ];
}
