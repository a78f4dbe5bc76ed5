import { useEffect, useState } from 'react';
import type { Facets, Meta, Points } from '../../../contract/initiatives.ts';
import { POINT_FIELDS } from '../../../contract/point-fields.ts';
import type { LanguageCode } from '../../../contract/languages.ts';
import { locale } from '../../i18n/i18n.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { api } from '../../lib/api-client.ts';
import { knownCodes, loadMeta } from '../../lib/reference-data.ts';
import type { Known } from '../../stores/url-state.ts';
import type { MapItem } from '../filters/filter-logic.ts';

export type ExplorerData = { meta: Meta; items: MapItem[]; known: Known };

const FIELDS = POINT_FIELDS;

/**
 * Turns the API's compact rows into the items the map and list use, joining the reference
 * data (country name, region and sub-region). The rows' order of values is checked against
 * the one this page was built for, so a server from another version fails loudly.
 */
export function toItems(points: Points, meta: Meta): MapItem[] {
  if (points.fields.join() !== FIELDS.join()) {
    throw new Error(`Unexpected map data fields: ${points.fields.join(', ')}`);
  }
  const countries = new Map(meta.countries.map((c) => [c.code, c]));
  return points.rows.map(
    ([slug, title, country, locality, themes, actions, year, approximate, lon, lat, language]) => {
      const c = countries.get(country);
      return {
        slug,
        title,
        country,
        countryName: c?.name ?? country,
        region: c?.region ?? '',
        subregion: c?.subregion ?? '',
        locality,
        themes,
        actions,
        year,
        approximate,
        lon,
        lat,
        language,
      };
    },
  );
}

/** Rows turned into items between two yields to the browser: a few milliseconds of work. */
const SLICE = 1000;

/** Lets the browser run input and paint before the next piece of work. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `toItems` in slices of SLICE rows, yielding in between: at 20,000 entries turning the rows
 * into items is one long task otherwise, during which a tap on the page waits.
 */
async function toItemsInSlices(points: Points, meta: Meta): Promise<MapItem[]> {
  const items: MapItem[] = [];
  for (let start = 0; start < points.rows.length; start += SLICE) {
    await yieldToBrowser();
    items.push(...toItems({ ...points, rows: points.rows.slice(start, start + SLICE) }, meta));
  }
  return items;
}

const pending = new Map<LanguageCode, Promise<ExplorerData>>();

/**
 * Every published initiative, loaded once per visit: filtering then happens in the browser.
 * The rows come again in another language, with their country names in it.
 */
/** The data of each language once it has arrived. */
const arrived = new Map<LanguageCode, ExplorerData>();

export function loadExplorerData(lang: LanguageCode = locale()): Promise<ExplorerData> {
  let data = pending.get(lang);
  if (!data) {
    data = Promise.all([loadMeta(lang), api.get<Points>('/initiatives/points', { lang })]).then(
      async ([meta, points]) => {
        const loaded = {
          meta,
          items: await toItemsInSlices(points, meta),
          known: knownCodes(meta),
        };
        arrived.set(lang, loaded);
        return loaded;
      },
    );
    pending.set(lang, data);
    data.catch(() => pending.delete(lang)); // let "Try again" ask again
  }
  return data;
}

export type Loadable<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: unknown };

export function useExplorerData(): Loadable<ExplorerData> & { retry: () => void } {
  const lang = useLocale();
  // Data already here (the map page waits for it before its first render, web/main.tsx) is
  // in the first render: no "loading" in between to replace the server's first paint with.
  const [state, setState] = useState<Loadable<ExplorerData>>(() => {
    const data = arrived.get(lang);
    return data ? { status: 'ready', data } : { status: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    // A switch of language keeps the map and list as they are until the new labels arrive.
    loadExplorerData(lang).then(
      (data) => live && setState((s) => (s.data === data ? s : { status: 'ready', data })),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [attempt, lang]);
  return {
    ...state,
    retry: () => {
      setState({ status: 'loading' });
      setAttempt((n) => n + 1);
    },
  };
}

const textCache = new Map<string, Set<string>>();

/**
 * Slugs of the entries matching the free-text search, from the server's full-text index.
 * `slugs` is undefined when there is no search. While the answer for new words is on its way,
 * `slugs` stays the previous answer (so the map does not flash empty) and `pending` is true.
 */
export function useTextMatches(q: string): { slugs: Set<string> | undefined; pending: boolean } {
  const key = q.trim().toLowerCase();
  const [, setVersion] = useState(0);
  const current = key ? textCache.get(key) : undefined;
  const pending = Boolean(key) && !current;
  const [shown, setShown] = useState<{ key: string; slugs: Set<string> | undefined }>({
    key: '',
    slugs: undefined,
  });
  if (!pending && shown.key !== key) setShown({ key, slugs: current });
  useEffect(() => {
    if (!key || textCache.has(key)) return;
    const ctrl = new AbortController();
    api
      .get<Points>('/initiatives/points', { q: key }, { signal: ctrl.signal })
      .then((points) => {
        if (textCache.size > 100) textCache.clear();
        textCache.set(key, new Set(points.rows.map((row) => row[0])));
        setVersion((v) => v + 1);
      })
      .catch(() => {
        // Aborted, or offline: the facets request shows the error state.
      });
    return () => ctrl.abort();
  }, [key]);
  return { slugs: pending ? shown.slugs : current, pending };
}

/** Live counts for the filter panel, from /api/initiatives/facets. */
export function useFacets(query: Record<string, string | number | undefined>, enabled: boolean) {
  const key = JSON.stringify(query);
  const [state, setState] = useState<{ key: string; facets?: Facets; error?: unknown }>({
    key: '',
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const ctrl = new AbortController();
    api
      .get<Facets>('/initiatives/facets', JSON.parse(key) as typeof query, { signal: ctrl.signal })
      .then(
        (facets) => setState({ key, facets }),
        (error: unknown) => {
          if (error instanceof DOMException && error.name === 'AbortError') return;
          setState((s) => ({ key, facets: s.facets, error }));
        },
      );
    return () => ctrl.abort();
  }, [key, enabled, attempt]);
  return {
    facets: state.facets,
    error: state.key === key ? state.error : undefined,
    loading: state.key !== key,
    retry: () => setAttempt((n) => n + 1),
  };
}
