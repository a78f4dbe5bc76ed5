import { useEffect, useState } from 'react';
import type { Meta } from '../../../contract/initiatives.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { api } from '../../lib/api-client.ts';

export type Country = { code: string; name: string };

/** The countries a submission may name, labelled and sorted in the reader's language. */
export function useCountries() {
  const lang = useLocale();
  const [countries, setCountries] = useState<Country[] | 'error' | undefined>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    api
      .get<Meta>('/meta', { lang })
      .then((meta) => {
        if (!live) return;
        let names: Intl.DisplayNames | undefined;
        try {
          names = new Intl.DisplayNames([lang], { type: 'region' });
        } catch {
          names = undefined;
        }
        const collator = new Intl.Collator(lang);
        setCountries(
          meta.countries
            .map((c) => ({ code: c.code, name: names?.of(c.code) ?? c.name }))
            .sort((a, b) => collator.compare(a.name, b.name)),
        );
      })
      .catch(() => live && setCountries('error'));
    return () => {
      live = false;
    };
  }, [attempt, lang]);
  return { countries, retry: () => setAttempt((n) => n + 1) };
}
