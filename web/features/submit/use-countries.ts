import { useMemo } from 'react';
import { useLocale } from '../../i18n/use-locale.ts';
import { useMeta } from '../../lib/reference-data.ts';

export type Country = { code: string; name: string };

/** The countries a submission may name, labelled and sorted in the reader's language. */
export function useCountries() {
  const lang = useLocale();
  const { meta, failed, retry } = useMeta();
  const countries = useMemo<Country[] | 'error' | undefined>(() => {
    if (failed) return 'error';
    if (!meta) return undefined;
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      names = undefined;
    }
    const collator = new Intl.Collator(lang);
    return meta.countries
      .map((c) => ({ code: c.code, name: names?.of(c.code) ?? c.name }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [meta, failed, lang]);
  return { countries, retry };
}
