import { useMemo } from 'react';
import type { FilterState } from '../../stores/filters.ts';
import { countByCountry, type MapItem } from '../filters/filter-logic.ts';
import type { ExplorerData } from './explorer-data.ts';
import { focusCountries } from './focus.ts';
import { countryColor } from '../../lib/scales.ts';

/**
 * What the map view draws for a set of matching initiatives, derived the same way on the full
 * map and the embedded one: entries by slug, country names, counts and shading, and the
 * countries the place filters chose (the map moves there).
 */
export function useMapViewData(
  data: ExplorerData | undefined,
  items: readonly MapItem[],
  places: Pick<FilterState, 'region' | 'subregion' | 'country'>,
) {
  const bySlug = useBySlug(data);
  const countryNames = useMemo(
    () => new Map((data?.meta.countries ?? []).map((c) => [c.code, c.name])),
    [data],
  );
  const counts = useMemo(() => countByCountry(items), [items]);
  const countryColors = useMemo(
    () => new Map([...counts].map(([iso, n]) => [iso, countryColor(n)])),
    [counts],
  );
  const { region, subregion, country } = places;
  const focus = useMemo(() => {
    const countries = data?.meta.countries ?? [];
    const isos = focusCountries({ region, subregion, country }, countries);
    return isos ? { isos, countries } : null;
  }, [region, subregion, country, data]);
  return { bySlug, countryNames, counts, countryColors, focus };
}

/** Every entry by its slug (the cards' and the map's lookup). */
export function useBySlug(data: ExplorerData | undefined): ReadonlyMap<string, MapItem> {
  return useMemo(() => new Map((data?.items ?? []).map((i) => [i.slug, i])), [data]);
}
