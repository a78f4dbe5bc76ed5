import { useEffect, useState } from 'react';
import type { Initiative, InitiativeList } from '../../../contract/initiatives.ts';
import type { LanguageCode } from '../../../contract/languages.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { api, ApiError } from '../../lib/api-client.ts';

const cache = new Map<string, Initiative>();

export type InitiativeState =
  | { status: 'loading' }
  | { status: 'ready'; item: Initiative }
  | { status: 'not-found' }
  | { status: 'error'; error: unknown };

/** Loads started before the page rendered (`prefetchInitiative`), taken by the page's hook. */
const prefetched = new Map<string, Promise<Initiative>>();

/**
 * Starts loading an initiative as the app starts on its page (web/page-preload.ts), so
 * the request travels beside the page's code and text instead of after them.
 */
export function prefetchInitiative(slug: string, lang: LanguageCode): Promise<Initiative> {
  const key = `${lang}/${slug}`;
  const known = cache.get(key);
  if (known) return Promise.resolve(known);
  let load = prefetched.get(key);
  if (!load) {
    load = api.get<Initiative>(`/initiatives/${encodeURIComponent(slug)}`, { lang });
    // Kept once here, so a page rendered after it arrived shows the entry at once.
    load.then((item) => cache.set(key, item)).catch(() => undefined);
    prefetched.set(key, load);
  }
  return load;
}

/**
 * One published initiative by slug, its labels in the interface's language (kept for the
 * visit and language, so reopening a card is instant).
 */
export function useInitiative(slug: string | null): InitiativeState & { retry: () => void } {
  const lang = useLocale();
  const key = slug && `${lang}/${slug}`;
  const [state, setState] = useState<{ key: string | null; value: InitiativeState }>({
    key: null,
    value: { status: 'loading' },
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!slug || !key || cache.has(key)) return;
    const ctrl = new AbortController();
    // A load started before the page rendered is used once; a retry asks again.
    const early = prefetched.get(key);
    prefetched.delete(key);
    const load =
      early ??
      api.get<Initiative>(
        `/initiatives/${encodeURIComponent(slug)}`,
        { lang },
        { signal: ctrl.signal },
      );
    load.then(
      (item) => {
        if (ctrl.signal.aborted) return;
        cache.set(key, item);
        setState({ key, value: { status: 'ready', item } });
      },
      (error: unknown) => {
        if (ctrl.signal.aborted) return;
        if (error instanceof DOMException && error.name === 'AbortError') return;
        const notFound =
          error instanceof ApiError && (error.status === 404 || error.status === 400);
        setState({
          key,
          value: notFound ? { status: 'not-found' } : { status: 'error', error },
        });
      },
    );
    return () => ctrl.abort();
  }, [slug, key, lang, attempt]);
  const cached = key ? cache.get(key) : undefined;
  const value: InitiativeState = cached
    ? { status: 'ready', item: cached }
    : state.key === key
      ? state.value
      : { status: 'loading' };
  return { ...value, retry: () => setAttempt((n) => n + 1) };
}

/** Initiatives sharing the country or the first theme, the current one left out. */
export async function loadRelated(item: Initiative, max = 6): Promise<Initiative[]> {
  const [sameCountry, sameTheme] = await Promise.all([
    api.get<InitiativeList>('/initiatives', { country: item.country, limit: max + 1 }),
    item.themes[0]
      ? api.get<InitiativeList>('/initiatives', { theme: item.themes[0], limit: 40 })
      : Promise.resolve({ items: [] as Initiative[] }),
  ]);
  const out: Initiative[] = [];
  const seen = new Set([item.slug]);
  const country = sameCountry.items.filter((i) => !seen.has(i.slug)).slice(0, Math.ceil(max / 2));
  for (const i of country) seen.add(i.slug);
  // Spread the theme picks across the list rather than always the first titles alphabetically.
  const theme = sameTheme.items.filter((i) => !seen.has(i.slug));
  const step = Math.max(1, Math.floor(theme.length / max));
  const themePicks: Initiative[] = [];
  for (let k = 0; k < theme.length && themePicks.length < max - country.length; k += step) {
    themePicks.push(theme[k] as Initiative);
  }
  out.push(...country, ...themePicks);
  return out.slice(0, max);
}
