/**
 * What a visitor has chosen in the filter panel. The same shape lives in the URL
 * (see url-state.ts), so every view of the map is a shareable link.
 */
export type FilterState = {
  theme: string[];
  action: string[];
  region: string[];
  subregion: string[];
  country: string[];
  yearFrom: number | null;
  yearTo: number | null;
  q: string;
};

export type ListFilterKey = 'theme' | 'action' | 'region' | 'subregion' | 'country';
export const LIST_FILTER_KEYS: readonly ListFilterKey[] = [
  'theme',
  'action',
  'region',
  'subregion',
  'country',
];

export const EMPTY_FILTERS: FilterState = {
  theme: [],
  action: [],
  region: [],
  subregion: [],
  country: [],
  yearFrom: null,
  yearTo: null,
  q: '',
};

/** How many separate choices are active (the badge on the "Filters" button). */
export function activeFilterCount(f: FilterState): number {
  let n = 0;
  for (const k of LIST_FILTER_KEYS) n += f[k].length;
  if (f.yearFrom !== null || f.yearTo !== null) n += 1;
  if (f.q.trim()) n += 1;
  return n;
}

export function sameFilters(a: FilterState, b: FilterState): boolean {
  return (
    LIST_FILTER_KEYS.every(
      (k) => a[k].length === b[k].length && a[k].every((v, i) => v === b[k][i]),
    ) &&
    a.yearFrom === b.yearFrom &&
    a.yearTo === b.yearTo &&
    a.q === b.q
  );
}

/** Query parameters understood by the public API (comma-separated lists mean OR). */
export function toApiQuery(f: FilterState): Record<string, string | number | undefined> {
  return {
    theme: f.theme.join(',') || undefined,
    action: f.action.join(',') || undefined,
    region: f.region.join(',') || undefined,
    subregion: f.subregion.join(',') || undefined,
    country: f.country.join(',') || undefined,
    yearFrom: f.yearFrom ?? undefined,
    yearTo: f.yearTo ?? undefined,
    q: f.q.trim() || undefined,
  };
}
