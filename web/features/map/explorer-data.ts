import { useEffect, useState } from 'react';
import type { Facets, Meta } from '../../../api/initiatives/initiatives.schema.ts';
import { api } from '../../lib/api-client.ts';
import type { Known } from '../../stores/url-state.ts';
import type { MapItem } from '../filters/filter-logic.ts';

type PointFeature = {
  id: number;
  geometry: { coordinates: [number, number] };
  properties: {
    slug: string;
    title: string;
    country: string;
    countryName: string;
    locality: string | null;
    themes: string;
    actions: string;
    year: number | null;
    approximate: boolean;
  };
};

export type ExplorerData = { meta: Meta; items: MapItem[]; known: Known };

/** Joins the GeoJSON points with the reference data (region and sub-region per country). */
export function toItems(features: readonly PointFeature[], meta: Meta): MapItem[] {
  const countries = new Map(meta.countries.map((c) => [c.code, c]));
  return features.map((f) => {
    const p = f.properties;
    const c = countries.get(p.country);
    return {
      id: f.id,
      slug: p.slug,
      title: p.title,
      country: p.country,
      countryName: p.countryName,
      region: c?.region ?? '',
      subregion: c?.subregion ?? '',
      locality: p.locality,
      themes: p.themes ? p.themes.split(',') : [],
      actions: p.actions ? p.actions.split(',') : [],
      year: p.year,
      approximate: p.approximate,
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
    };
  });
}

export function knownCodes(meta: Meta): Known {
  return {
    theme: new Set(meta.themes.map((t) => t.code)),
    action: new Set(meta.actions.map((a) => a.code)),
    region: new Set(meta.regions.map((r) => r.code)),
    subregion: new Set(meta.regions.flatMap((r) => r.subregions.map((s) => s.code))),
    country: new Set(meta.countries.map((c) => c.code)),
  };
}

let metaPending: Promise<Meta> | undefined;

/** Themes, actions, regions and countries with their labels; loaded once per visit. */
export function loadMeta(): Promise<Meta> {
  metaPending ??= api.get<Meta>('/meta');
  metaPending.catch(() => {
    metaPending = undefined;
  });
  return metaPending;
}

/**
 * The reference data once it has arrived. `settled` turns true when it has, or when it could
 * not be loaded (labels then fall back to codes), so a page can wait for it without hanging.
 */
export function useMeta(): { meta: Meta | undefined; settled: boolean } {
  const [state, setState] = useState<{ meta?: Meta; settled: boolean }>({ settled: false });
  useEffect(() => {
    let live = true;
    loadMeta().then(
      (meta) => live && setState({ meta, settled: true }),
      () => live && setState({ settled: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return { meta: state.meta, settled: state.settled };
}

let pending: Promise<ExplorerData> | undefined;

/** Every published initiative, loaded once per visit: filtering then happens in the browser. */
export function loadExplorerData(): Promise<ExplorerData> {
  pending ??= Promise.all([
    loadMeta(),
    api.get<{ features: PointFeature[] }>('/initiatives.geojson'),
  ]).then(([meta, fc]) => ({ meta, items: toItems(fc.features, meta), known: knownCodes(meta) }));
  pending.catch(() => {
    pending = undefined; // let "Try again" ask again
  });
  return pending;
}

export type Loadable<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: unknown };

export function useExplorerData(): Loadable<ExplorerData> & { retry: () => void } {
  const [state, setState] = useState<Loadable<ExplorerData>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadExplorerData().then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return {
    ...state,
    retry: () => {
      setState({ status: 'loading' });
      setAttempt((n) => n + 1);
    },
  };
}

const textCache = new Map<string, Set<number>>();

/**
 * Ids matching the free-text search, from the server's full-text index. `ids` is undefined
 * when there is no search. While the answer for new words is on its way, `ids` stays the
 * previous answer (so the map does not flash empty) and `pending` is true.
 */
export function useTextMatches(q: string): { ids: Set<number> | undefined; pending: boolean } {
  const key = q.trim().toLowerCase();
  const [, setVersion] = useState(0);
  const current = key ? textCache.get(key) : undefined;
  const pending = Boolean(key) && !current;
  const [shown, setShown] = useState<{ key: string; ids: Set<number> | undefined }>({
    key: '',
    ids: undefined,
  });
  if (!pending && shown.key !== key) setShown({ key, ids: current });
  useEffect(() => {
    if (!key || textCache.has(key)) return;
    const ctrl = new AbortController();
    api
      .get<{ features: { id: number }[] }>(
        '/initiatives.geojson',
        { q: key },
        { signal: ctrl.signal },
      )
      .then((fc) => {
        if (textCache.size > 100) textCache.clear();
        textCache.set(key, new Set(fc.features.map((f) => f.id)));
        setVersion((v) => v + 1);
      })
      .catch(() => {
        // Aborted, or offline: the facets request shows the error state.
      });
    return () => ctrl.abort();
  }, [key]);
  return { ids: pending ? shown.ids : current, pending };
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
