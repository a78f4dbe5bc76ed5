import { EMPTY_FILTERS, LIST_FILTER_KEYS, type FilterState } from './filters.ts';

/**
 * The URL is the other home of the filter state. Parsing is forgiving: a value that does not
 * have the right shape is dropped (a hand-edited or truncated link still opens the map), and
 * codes are checked against the reference data later (sanitizeFilters), once it has loaded.
 */
const SHAPES: Record<(typeof LIST_FILTER_KEYS)[number], RegExp> = {
  theme: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  action: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  region: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  subregion: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  country: /^[A-Z]{2}$/,
};
const MAX_Q = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type UrlState = { filters: FilterState; selected: string | null };

function list(raw: string | null, shape: RegExp, normalise: (v: string) => string): string[] {
  if (!raw) return [];
  const out: string[] = [];
  for (const part of raw.split(',')) {
    const v = normalise(part.trim());
    if (v && shape.test(v) && !out.includes(v)) out.push(v);
  }
  return out.slice(0, 50);
}

function year(raw: string | null): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1980 && n <= 2100 ? n : null;
}

export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const filters: FilterState = { ...EMPTY_FILTERS };
  for (const k of LIST_FILTER_KEYS) {
    filters[k] = list(p.get(k), SHAPES[k], k === 'country' ? (v) => v.toUpperCase() : (v) => v);
  }
  filters.yearFrom = year(p.get('yearFrom'));
  filters.yearTo = year(p.get('yearTo'));
  if (filters.yearFrom !== null && filters.yearTo !== null && filters.yearFrom > filters.yearTo) {
    [filters.yearFrom, filters.yearTo] = [filters.yearTo, filters.yearFrom];
  }
  filters.q = (p.get('q') ?? '').slice(0, MAX_Q);
  const selected = p.get('selected');
  return { filters, selected: selected && SLUG.test(selected) ? selected : null };
}

/** The query string for a state, in a stable order so equal states give equal URLs. */
export function toUrlSearch({ filters, selected }: UrlState): string {
  const p = new URLSearchParams();
  for (const k of LIST_FILTER_KEYS) if (filters[k].length) p.set(k, filters[k].join(','));
  if (filters.yearFrom !== null) p.set('yearFrom', String(filters.yearFrom));
  if (filters.yearTo !== null) p.set('yearTo', String(filters.yearTo));
  if (filters.q.trim()) p.set('q', filters.q);
  if (selected) p.set('selected', selected);
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

export type Known = {
  theme: ReadonlySet<string>;
  action: ReadonlySet<string>;
  region: ReadonlySet<string>;
  subregion: ReadonlySet<string>;
  country: ReadonlySet<string>;
};

/** Drops codes the reference data does not know, so the API is never asked about them. */
export function sanitizeFilters(f: FilterState, known: Known): FilterState {
  const out = { ...f };
  for (const k of LIST_FILTER_KEYS) out[k] = f[k].filter((v) => known[k].has(v));
  return out;
}
