import { useEffect, useState } from 'react';
import type { Meta } from '../../contract/initiatives.ts';
import type { LanguageCode } from '../../contract/languages.ts';
import { locale } from '../i18n/i18n.ts';
import { useLocale } from '../i18n/use-locale.ts';
import type { Known } from '../stores/url-state.ts';
import { api } from './api-client.ts';

/**
 * The reference data (themes, actions, regions and countries, /api/meta) in one place for
 * every page: the map, an initiative, insights, the story form and the staff workspace.
 */
const metaPending = new Map<LanguageCode, Promise<Meta>>();
/** The reference data that has arrived, by language: a page's first render can use it. */
const metaArrived = new Map<LanguageCode, Meta>();

/**
 * Themes, actions, regions and countries with their labels in the interface's language;
 * loaded once per visit and language. A failed load is forgotten, so the next call asks again.
 */
export function loadMeta(lang: LanguageCode = locale()): Promise<Meta> {
  let pending = metaPending.get(lang);
  if (!pending) {
    pending = api.get<Meta>('/meta', { lang });
    pending.then((meta) => metaArrived.set(lang, meta)).catch(() => undefined);
    metaPending.set(lang, pending);
    pending.catch(() => metaPending.delete(lang));
  }
  return pending;
}

export type MetaState = {
  meta: Meta | undefined;
  /** True once the data has arrived or could not be loaded, so a page never waits forever. */
  settled: boolean;
  /** The last load, in the current language, failed. */
  failed: boolean;
  retry: () => void;
};

/**
 * The reference data in the current language once it has arrived, loaded again when the
 * language changes. Until the new language's labels arrive, the previous ones stay on screen;
 * when the data cannot be loaded, labels fall back to codes.
 */
export function useMeta(): MetaState {
  const lang = useLocale();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ meta?: Meta; settled: boolean; failed: boolean }>(() => {
    const meta = metaArrived.get(lang);
    return meta ? { meta, settled: true, failed: false } : { settled: false, failed: false };
  });
  useEffect(() => {
    let live = true;
    loadMeta(lang).then(
      (meta) => live && setState({ meta, settled: true, failed: false }),
      () => live && setState((s) => ({ meta: s.meta, settled: true, failed: true })),
    );
    return () => {
      live = false;
    };
  }, [lang, attempt]);
  return { ...state, meta: state.meta, retry: () => setAttempt((n) => n + 1) };
}

/** The codes the URL's filters may name, from the reference data. */
export function knownCodes(meta: Meta): Known {
  return {
    theme: new Set(meta.themes.map((t) => t.code)),
    action: new Set(meta.actions.map((a) => a.code)),
    region: new Set(meta.regions.map((r) => r.code)),
    subregion: new Set(meta.regions.flatMap((r) => r.subregions.map((s) => s.code))),
    country: new Set(meta.countries.map((c) => c.code)),
  };
}

/** A code's label in a reference list, or the code itself when the list has not arrived. */
export function labelOf(
  list: { code: string; label?: string; name?: string }[] | undefined,
  code: string,
) {
  const found = list?.find((x) => x.code === code);
  return found?.label ?? found?.name ?? code;
}
