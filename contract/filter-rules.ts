/**
 * The filter rules, once: values of one filter are OR, filters are AND, and a year filter
 * leaves out entries whose start year is not known. The map applies them in the browser so a
 * click redraws without a round trip; the API's read model answers the same question with a
 * bitset index for speed, and its tests check it against this. Free text is matched by the
 * server's full-text index, so it is not part of these rules.
 */
export const FILTER_DIMENSIONS = ['theme', 'action', 'region', 'subregion', 'country'] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

/**
 * The filters' query parameters, in the order the app writes them (`toApiQuery`). The map's
 * picture is asked for with them by the server's first paint and by the app: written in one
 * order, the two addresses are the same and the browser fetches the picture once.
 */
export const FILTER_PARAMS = [...FILTER_DIMENSIONS, 'yearFrom', 'yearTo', 'q'] as const;

/** Chosen values. Absent means "any"; a list means "one of these", so an empty list matches nothing. */
export type FilterValues = Partial<Record<FilterDimension, readonly string[] | undefined>> & {
  yearFrom?: number | null;
  yearTo?: number | null;
};

/** What the rules look at in an entry. */
export type Filterable = {
  themes: readonly string[];
  actions: readonly string[];
  region: string;
  subregion: string;
  country: string;
  year: number | null;
};

/**
 * A test for one entry. `skip` leaves one filter out, as the facet counts do for their own
 * filter (so a visitor sees how many they would get by choosing another value).
 */
export function filterMatcher(f: FilterValues, skip?: FilterDimension): (i: Filterable) => boolean {
  const chosen = (d: FilterDimension) => {
    const values = f[d];
    return d === skip || !values ? undefined : new Set(values);
  };
  const theme = chosen('theme');
  const action = chosen('action');
  const region = chosen('region');
  const subregion = chosen('subregion');
  const country = chosen('country');
  const yearFrom = f.yearFrom ?? null;
  const yearTo = f.yearTo ?? null;
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
        (yearTo === null || i.year <= yearTo)));
}
