import { useEffect, useState } from 'react';
import type { Meta } from '../../../contract/initiatives.ts';
import type { LanguageCode } from '../../../contract/languages.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { api } from '../../lib/api-client.ts';

const cached = new Map<LanguageCode, Promise<Meta>>();

/**
 * Themes, actions and countries with their labels in the interface's language (the public
 * /api/meta), loaded once per language.
 */
export function useMeta(): Meta | undefined {
  const lang = useLocale();
  const [meta, setMeta] = useState<Meta | undefined>();
  useEffect(() => {
    let live = true;
    let pending = cached.get(lang);
    if (!pending) {
      pending = api.get<Meta>('/meta', { lang }).catch((e: unknown) => {
        cached.delete(lang);
        throw e;
      });
      cached.set(lang, pending);
    }
    pending.then(
      (m) => live && setMeta(m),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return meta;
}

export function labelOf(
  list: { code: string; label?: string; name?: string }[] | undefined,
  code: string,
) {
  const found = list?.find((x) => x.code === code);
  return found?.label ?? found?.name ?? code;
}
