import { createApp } from '../app.ts';
import type { Db } from '../../db/client.ts';
import type { StaffRole } from '../../contract/vocabulary.ts';
import { createStaff } from './auth.service.ts';

/** Test-only helpers for the staff API: accounts, sign-in and a client that sends the cookie. */

export const ORIGIN = 'http://localhost';
export const PASSWORD = 'quiet harbour lantern violet 42';

let n = 0;
export async function makeStaff(
  db: Db,
  role: StaffRole = 'moderator',
  email = `staff${++n}@example.org`,
  password = PASSWORD,
) {
  return createStaff(
    db,
    new Date(),
    { email, role, password, name: null },
    { id: null, email: 'test' },
  );
}

/** A movable clock for expiry tests. */
export function clock(start = Date.parse('2026-03-01T09:00:00Z')) {
  let t = start;
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

export type App = ReturnType<typeof createApp>;
export type Clock = ReturnType<typeof clock>;

/** The API on a fresh database with a movable clock, as each sign-in test starts. */
export function authApp(db: Db): { db: Db; app: App; time: Clock } {
  const time = clock();
  return { db, time, app: createApp({ db, now: time.now, env: { LOG_LEVEL: 'silent' } }) };
}
export type Session = { cookie: string; csrf: string };

export async function signIn(app: App, email: string, password = PASSWORD): Promise<Session> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

/** Sends requests as a signed-in staff member (cookie, CSRF token and same-origin header). */
export function as(app: App, s: Session | undefined) {
  const send = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.request(path, {
      method,
      headers: {
        Origin: ORIGIN,
        ...(s ? { Cookie: s.cookie, 'X-CSRF-Token': s.csrf } : {}),
        ...(body !== undefined && typeof body !== 'string'
          ? { 'Content-Type': 'application/json' }
          : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    get: (path: string, headers?: Record<string, string>) => send('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) =>
      send('POST', path, body, headers),
    patch: (path: string, body?: unknown, headers?: Record<string, string>) =>
      send('PATCH', path, body, headers),
    put: (path: string, body?: unknown, headers?: Record<string, string>) =>
      send('PUT', path, body, headers),
    delete: (path: string, headers?: Record<string, string>) =>
      send('DELETE', path, undefined, headers),
  };
}

/**
 * The node server's bindings for a request from this socket address, as the third argument
 * of `app.request` (which has no socket of its own).
 */
export function fromAddress(address: string) {
  return { incoming: { socket: { remoteAddress: address, remotePort: 50_000 } } };
}
