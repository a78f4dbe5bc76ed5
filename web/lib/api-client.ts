/**
 * The web app's only door to the API. Non-2xx answers become an ApiError carrying the
 * problem+json fields, so forms can show `errors` next to their fields and pages can show
 * a clear message. Network failures become an ApiError with status 0 ("offline").
 */
import { locale } from '../i18n/i18n.ts';
import {
  localiseFieldErrors,
  localiseProblemText,
  localiseProblemTitle,
} from '../i18n/problems.ts';

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldErrors,
    readonly retryAfter?: number,
    /** The server's own English title, for code that tells problems apart. */
    readonly serverTitle: string = title,
  ) {
    super(detail ?? title);
  }
  get offline(): boolean {
    return this.status === 0;
  }
}

export type Query = Record<string, string | number | undefined | null | readonly string[]>;

export function toSearch(query: Query = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) p.set(k, v.join(','));
    } else p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The server's clock minus this device's, from the `Date` of the last answer (to the second). */
let clockOffsetMs: number | undefined;

/**
 * A moment on this device's clock, on the server's clock instead: a school computer whose
 * clock is days wrong must not look like a bot to the form's anti-spam check. Asks the server
 * once if it has not answered yet; offline, the device's time is all there is.
 */
export async function serverTime(deviceMs: number): Promise<number> {
  if (clockOffsetMs === undefined) {
    try {
      await request('/health');
    } catch {
      // offline: sending will say so
    }
  }
  return deviceMs + (clockOffsetMs ?? 0);
}

export async function request<T>(
  path: string,
  init: RequestInit & { query?: Query; json?: unknown } = {},
): Promise<T> {
  const { query, json, headers, ...rest } = init;
  const h = new Headers(headers);
  if (json !== undefined) h.set('Content-Type', 'application/json');
  h.set('Accept', 'application/json, application/problem+json');
  // Labels, names and translated text in the page's language, not the browser's.
  if (!h.has('Accept-Language')) h.set('Accept-Language', locale());
  let res: Response;
  try {
    res = await fetch(`/api${path}${toSearch(query)}`, {
      ...rest,
      headers: h,
      credentials: 'same-origin',
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'Offline', 'The server could not be reached.');
  }
  const date = Date.parse(res.headers.get('Date') ?? '');
  if (Number.isFinite(date)) clockOffsetMs = date - Date.now();
  if (!res.ok) {
    let body: { title?: string; detail?: string; errors?: FieldErrors } = {};
    try {
      body = (await res.json()) as typeof body;
    } catch {
      // not problem+json (a proxy error page, say): keep the status alone
    }
    const retry = Number(res.headers.get('Retry-After'));
    const title = body.title ?? res.statusText;
    // The server writes English; known messages are shown in the interface's language.
    throw new ApiError(
      res.status,
      localiseProblemTitle(res.status, title),
      body.detail === undefined ? undefined : localiseProblemText(body.detail),
      body.errors && localiseFieldErrors(body.errors),
      Number.isFinite(retry) && retry > 0 ? retry : undefined,
      title,
    );
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('Content-Type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

/**
 * Every read carries the interface's language (`lang`): the API answers with labels of
 * themes, actions, regions and countries in it, sorted its way. Endpoints that have nothing
 * to translate ignore it. A caller's own `lang` (the embed code's, say) wins.
 */
export function withLang(query: Query = {}): Query {
  return 'lang' in query ? query : { ...query, lang: locale() };
}

export const api = {
  get: <T>(path: string, query?: Query, init?: RequestInit) =>
    request<T>(path, { ...init, query: withLang(query) }),
  post: <T>(path: string, json?: unknown, init?: RequestInit) =>
    request<T>(path, { ...init, method: 'POST', json }),
  patch: <T>(path: string, json?: unknown, init?: RequestInit) =>
    request<T>(path, { ...init, method: 'PATCH', json }),
};
