import { filterMatcher } from '../../../contract/filter-rules.ts';
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
  /** Language of the title (BCP 47), so the list marks a title in another language. */
  language?: string;
};

/**
 * The API's filter rules (contract/filter-rules.ts), applied in the browser so a click redraws
 * the map without a round trip. Free text is matched by the server's full-text index;
 * `textSlugs` carries its answer. The e2e suite checks that these counts agree with
 * /api/initiatives/facets.
 */
export function matcher(
  f: FilterState,
  textSlugs: ReadonlySet<string> | undefined,
): (i: MapItem) => boolean {
  // In the panel an empty list means nothing is chosen, that is any value.
  const chosen = (values: string[]) => (values.length ? values : undefined);
  const rules = filterMatcher({
    theme: chosen(f.theme),
    action: chosen(f.action),
    region: chosen(f.region),
    subregion: chosen(f.subregion),
    country: chosen(f.country),
    yearFrom: f.yearFrom,
    yearTo: f.yearTo,
  });
  return (i) => rules(i) && (!textSlugs || textSlugs.has(i.slug));
}

export function filterItems(
  items: readonly MapItem[],
  f: FilterState,
  textSlugs: ReadonlySet<string> | undefined,
): MapItem[] {
  return items.filter(matcher(f, textSlugs));
}

const counted = new WeakMap<readonly MapItem[], ReadonlyMap<string, number>>();

/**
 * Matching entries per country. A list is counted once: on the map page both the headline and
 * the map's shading ask for the same list's counts (20,000 entries on the largest datasets).
 */
export function countByCountry(items: readonly MapItem[]): ReadonlyMap<string, number> {
  const known = counted.get(items);
  if (known) return known;
  const out = new Map<string, number>();
  for (const i of items) out.set(i.country, (out.get(i.country) ?? 0) + 1);
  counted.set(items, out);
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
