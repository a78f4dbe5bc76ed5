import { CSRF_HEADER, type CurrentSession, type SessionInfo } from '../../contract/auth.ts';
import { ApiError, request, type Query } from './api-client.ts';
import { locale } from '../i18n/i18n.ts';

/**
 * The workspace's door to the staff API: adds the session's CSRF token to every
 * state-changing request, and tells the workspace when the session has ended (401) so it
 * can show the sign-in page instead of failing piece by piece.
 */
let csrfToken = '';
const signedOutListeners = new Set<() => void>();

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

async function call<T>(path: string, init: Parameters<typeof request>[1]): Promise<T> {
  try {
    return await request<T>(path, init);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401 && !path.startsWith('/auth/login')) {
      for (const l of signedOutListeners) l();
    }
    throw e;
  }
}

const withToken = (headers?: HeadersInit) => {
  const h = new Headers(headers);
  h.set(CSRF_HEADER, csrfToken);
  return h;
};

export const staffApi = {
  get: <T>(path: string, query?: Query) => call<T>(path, { query }),
  post: <T>(path: string, json?: unknown, query?: Query) =>
    call<T>(path, { method: 'POST', json: json ?? {}, query, headers: withToken() }),
  patch: <T>(path: string, json: unknown) =>
    call<T>(path, { method: 'PATCH', json, headers: withToken() }),
  put: <T>(path: string, json: unknown) =>
    call<T>(path, { method: 'PUT', json, headers: withToken() }),
  delete: <T>(path: string) => call<T>(path, { method: 'DELETE', headers: withToken() }),
  /** Sends a file's text as it is (CSV or JSON Lines). */
  postText: <T>(path: string, body: string, contentType: string, query?: Query) =>
    call<T>(path, {
      method: 'POST',
      body,
      query,
      headers: withToken({ 'Content-Type': contentType }),
    }),
};

export async function signIn(email: string, password: string): Promise<SessionInfo> {
  const info = await call<SessionInfo>('/auth/login', {
    method: 'POST',
    json: { email, password },
  });
  setCsrfToken(info.csrfToken);
  return info;
}

/** The signed-in session, or null when this browser is not signed in. */
export async function currentSession(): Promise<SessionInfo | null> {
  const me = await request<CurrentSession>('/auth/me');
  if (!me.signedIn) return null;
  const { signedIn: _, ...info } = me;
  setCsrfToken(info.csrfToken);
  return info;
}

export async function signOut(): Promise<void> {
  try {
    await request('/auth/logout', { method: 'POST', headers: withToken() });
  } finally {
    setCsrfToken('');
  }
}

/** The server's 422 when text would be public with safeguarding flags nobody confirmed. */
export const isFlagsRefusal = (e: unknown): e is ApiError =>
  e instanceof ApiError && e.status === 422 && e.title === 'Safeguarding flags remain';

/** A message for any failed call: the server's own detail, or a plain fallback. */
export function errorMessage(e: unknown, fallback: string): string {
  if (e instanceof ApiError) {
    if (e.offline) return fallback;
    return e.detail ?? e.title;
  }
  return fallback;
}

/**
 * How long until a refused (429) request may be tried again, in the visitor's language:
 * whole minutes (at least 1), or whole hours once the wait is an hour and a half or more
 * (a day-long account limit reads "24 hours", not "1440 minutes").
 */
export function timeToWait(e: ApiError): string {
  const seconds = e.retryAfter ?? 60;
  const hours = seconds >= 5400;
  const amount = hours ? Math.ceil(seconds / 3600) : Math.max(1, Math.ceil(seconds / 60));
  return new Intl.NumberFormat(locale(), {
    style: 'unit',
    unit: hours ? 'hour' : 'minute',
    unitDisplay: 'long',
  }).format(amount);
}
