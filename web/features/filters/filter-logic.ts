import type { Bounds } from '../../stores/explorer-store.ts';
import type { FilterState } from '../../stores/filters.ts';

/** One published initiative as the map and the list need it (from /api/initiatives/points). */
export type MapItem = {
  slug: string;
  title: string;
  country: string;
  countryName: string;
  region: string;
  subregion: string;
  locality: string | null;
  themes: string[];
  actions: string[];
  year: number | null;
  approximate: boolean;
  lon: number;
  lat: number;
};

/**
 * The API's filter rules, applied in the browser so a click redraws the map without a round
 * trip: values of one filter are OR, filters are AND, a year filter leaves out undated
 * entries. Free text is matched by the server's full-text index; `textSlugs` carries its answer.
 * The e2e suite checks that these counts agree with /api/initiatives/facets.
 */
export function matcher(
  f: FilterState,
  textSlugs: ReadonlySet<string> | undefined,
): (i: MapItem) => boolean {
  const theme = f.theme.length ? new Set(f.theme) : undefined;
  const action = f.action.length ? new Set(f.action) : undefined;
  const region = f.region.length ? new Set(f.region) : undefined;
  const subregion = f.subregion.length ? new Set(f.subregion) : undefined;
  const country = f.country.length ? new Set(f.country) : undefined;
  const { yearFrom, yearTo } = f;
  const useYear = yearFrom !== null || yearTo !== null;
  return (i) =>
    (!theme || i.themes.some((t) => theme.has(t))) &&
    (!action || i.actions.some((a) => action.has(a))) &&
    (!region || region.has(i.region)) &&
    (!subregion || subregion.has(i.subregion)) &&
    (!country || country.has(i.country)) &&
    (!useYear ||
      (i.year !== null &&
        (yearFrom === null || i.year >= yearFrom) &&
        (yearTo === null || i.year <= yearTo))) &&
    (!textSlugs || textSlugs.has(i.slug));
}

export function filterItems(
  items: readonly MapItem[],
  f: FilterState,
  textSlugs: ReadonlySet<string> | undefined,
): MapItem[] {
  return items.filter(matcher(f, textSlugs));
}

export function countByCountry(items: readonly MapItem[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of items) out.set(i.country, (out.get(i.country) ?? 0) + 1);
  return out;
}

/** Whether a point lies in the view; handles views that cross the antimeridian. */
export function inBounds(item: Pick<MapItem, 'lon' | 'lat'>, [w, s, e, n]: Bounds): boolean {
  if (item.lat < s || item.lat > n) return false;
  if (e - w >= 360) return true;
  const lon = ((((item.lon - w) % 360) + 360) % 360) + w;
  const east = e < w ? e + 360 : e;
  return lon <= east;
}
