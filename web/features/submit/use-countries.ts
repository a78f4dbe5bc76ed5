import { useMemo } from 'react';
import { useMeta } from '../../lib/reference-data.ts';

export type Country = { code: string; name: string };

/**
 * The countries a submission may name, labelled and sorted in the reader's language: the
 * reference data is asked for in the page's language, and the API names the countries from
 * CLDR and sorts them with that language's collation. Nothing is sorted again here: creating
 * the browser's own Intl.DisplayNames and Intl.Collator costs the form's first step
 * ~100-150 ms of main-thread work on a slowed phone.
 */
export function useCountries() {
  const { meta, failed, retry } = useMeta();
  const countries = useMemo<Country[] | 'error' | undefined>(() => {
    if (failed) return 'error';
    if (!meta) return undefined;
    return meta.countries.map((c) => ({ code: c.code, name: c.name }));
  }, [meta, failed]);
  return { countries, retry };
}
