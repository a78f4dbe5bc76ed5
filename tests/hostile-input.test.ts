import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../api/app.ts';
import {
  fromAddress,
  makeStaff,
  ORIGIN,
  PASSWORD,
  signIn,
  type App,
  type Session,
} from '../api/auth/auth.test-helpers.ts';
import { createSession } from '../api/auth/session.ts';
import { insertInitiative } from './helpers/factories.ts';
import { testDb } from './helpers/test-db.ts';

/**
 * Bad requests of every kind against every route the app registers, public and staff,
 * signed in and out, with and without the CSRF token. Whatever is sent, the answer is never
 * a 5xx, and every API error is problem+json.
 */

type Who = 'anonymous' | 'admin' | 'admin-no-csrf' | 'admin-cross-site';
type Case = {
  name: string;
  method: string;
  path: string;
  who: Who;
  body?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
};

const SHELL =
  '<!doctype html><html><head><title>Participation Map</title>' +
  '<meta name="description" content="default"></head><body><div id="root"></div></body></html>';

let app: App;
let admin: Session;
let entryId: number;
let slug: string;
let routes: { method: string; path: string }[];
let newSession: () => Session;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-hostile-'));
  writeFileSync(join(dir, 'index.html'), SHELL);
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
  const db = testDb();
  ({ id: entryId, slug } = insertInitiative(db, { title: 'Children plant trees' }));
  insertInitiative(db, { status: 'pending', title: 'Hidden pending entry' });
  app = createApp({ db, staticDir: dir, env: { LOG_LEVEL: 'silent' } });
  const { id: adminId } = await makeStaff(db, 'admin', 'hostile-admin@example.org');
  admin = await signIn(app, 'hostile-admin@example.org');
  newSession = () => {
    const { token, session } = createSession(db, adminId, new Date());
    return { cookie: `pm_staff=${token}`, csrf: session.csrfToken };
  };
  const seen = new Map<string, { method: string; path: string }>();
  for (const r of app.routes) {
    if (r.method === 'ALL' || !r.path.startsWith('/api/')) continue;
    seen.set(`${r.method} ${r.path}`, { method: r.method, path: r.path });
  }
  routes = [...seen.values()];
});

const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

/** Values for a path parameter: prototype names, traversal, huge, odd unicode, bad escapes. */
const PARAM_VALUES = [
  ...PROTO_KEYS,
  '..%2F..%2Fetc%2Fpasswd',
  '..%5C..%5Cwindows',
  '%2e%2e',
  '%00',
  '-1',
  '0',
  '1.5',
  '1e309',
  '9'.repeat(40),
  'x'.repeat(5000),
  '%E0%A4%A',
  '%',
  '%F0%9F%98%80%E2%80%AE',
  '%ED%A0%80',
  'NaN',
];

/** A plausible body per route, so that changed copies get past the first checks. */
function baseBody(method: string, path: string): Record<string, unknown> {
  const key = `${method} ${path}`;
  const bodies: Record<string, Record<string, unknown>> = {
    'POST /api/auth/login': { email: 'nobody@example.org', password: 'not the right one' },
    'POST /api/auth/password': { currentPassword: 'wrong one here', newPassword: 'x' },
    'POST /api/auth/staff': { email: 'new@example.org', role: 'moderator', password: 'x' },
    'PATCH /api/auth/staff/:id': { name: 'New name' },
    'POST /api/auth/staff/:id/password': { password: 'x' },
    'POST /api/moderation/entries/bulk': { decision: 'archive', ids: [999_999] },
    'PATCH /api/moderation/entries/:id': { version: 999, title: 'A new title' },
    'POST /api/moderation/entries/:id/reject': { reason: 'Not a child-led initiative' },
    'POST /api/concerns': { slug: 'no-such-entry', reason: 'other', note: 'Please check' },
    'POST /api/submissions': {
      title: 'Green Kids Club',
      summary: 'We plant trees around our school and ask the council for greener streets.',
      country: 'KE',
      themes: ['climate'],
      actions: ['awareness'],
      childLed: 'child-led',
      consent: true,
      website: '',
      startedAt: 0,
    },
  };
  return bodies[key] ?? { version: 999 };
}

const fill = (path: string, value: string) =>
  path
    .replace(/:id\b/, value)
    .replace(/:slug\b/, value)
    .replace(/:reference\b/, value);
const concrete = (path: string) =>
  path
    .replace(/:id\b/, String(entryId))
    .replace(/:slug\b/, slug)
    .replace(/:reference\b/, 'K7P-4QX');

/** Raw JSON texts: a JavaScript object literal cannot carry a `__proto__` key. */
function bodyVariants(base: Record<string, unknown>): string[] {
  const fields = Object.keys(base);
  const json = JSON.stringify(base);
  const withKey = (k: string, v: string) =>
    `${json.slice(0, -1)}${json.length > 2 ? ',' : ''}"${k}":${v}}`;
  const out = [
    '',
    '{',
    '{"a":',
    'null',
    '[]',
    '[1,2,3]',
    '"a string"',
    '42',
    'true',
    '{}',
    '\uFEFF{}',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    `{"a":${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}`,
    ...PROTO_KEYS.map((k) => withKey(k, '1')),
    ...PROTO_KEYS.map((k) => withKey(k, '{"polluted":true}')),
    `{"__proto__":{"isAdmin":true,"role":"admin"},${json.slice(1)}`,
    `{"constructor":{"prototype":{"polluted":true}},${json.slice(1)}`,
  ];
  for (const f of fields) {
    for (const v of [
      'null',
      '{}',
      '[]',
      '1e309',
      '-1',
      '"\\u0000\\ud800\\u202e"',
      `"${'x'.repeat(70_000)}"`,
    ]) {
      out.push(JSON.stringify({ ...base, [f]: '__VALUE__' }).replace('"__VALUE__"', v));
    }
  }
  return out;
}

const QUERY_VARIANTS = [
  '?__proto__=1&constructor=1&toString=1&valueOf=1',
  '?__proto__[polluted]=1&constructor[prototype][x]=1',
  '?limit=-1&offset=-1&page=-1',
  '?limit=1e309&offset=NaN',
  `?q=${'x'.repeat(10_000)}`,
  '?q=%E0%A4%A&country=%',
  '?theme=a&theme=b&theme=__proto__&country=KE&country=XX',
  '?lang=../../etc/passwd&format=../x',
  '?bbox=1,2,3&lat=abc&lon=1e309',
  '?q=%00%F0%9F%98%80%E2%80%AE&status=__proto__',
  '?dryRun=maybe&includeContact=yes&status=deleted',
  `?${'a'.repeat(3000)}=${'b'.repeat(3000)}`,
];

function headersFor(who: Who): Record<string, string> {
  if (who === 'anonymous') return { Origin: ORIGIN };
  const base = { Cookie: admin.cookie, Origin: ORIGIN };
  if (who === 'admin-no-csrf') return base;
  if (who === 'admin-cross-site')
    return { ...base, Origin: 'https://evil.example', 'X-CSRF-Token': admin.csrf };
  return { ...base, 'X-CSRF-Token': admin.csrf };
}

function buildCases(): Case[] {
  const cases: Case[] = [];
  const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
  const byPath = new Map<string, Set<string>>();
  for (const r of routes) byPath.set(r.path, (byPath.get(r.path) ?? new Set()).add(r.method));

  for (const [path, registered] of byPath) {
    // Wrong methods, as an anonymous visitor and as a signed-in admin.
    for (const method of methods.filter((m) => !registered.has(m))) {
      for (const who of ['anonymous', 'admin'] as const) {
        cases.push({ name: 'wrong method', method, path: concrete(path), who, body: '{}' });
      }
    }
  }

  for (const { method, path } of routes) {
    const hasBody = method !== 'GET';
    // Hostile path parameters.
    if (/:(id|slug|reference)\b/.test(path)) {
      for (const value of PARAM_VALUES) {
        cases.push({
          name: `param ${value.slice(0, 20)}`,
          method,
          path: fill(path, value),
          who: 'admin',
          body: hasBody ? '{}' : undefined,
        });
      }
    }
    // Signed out, without the CSRF token, from another site.
    for (const who of ['anonymous', 'admin-no-csrf', 'admin-cross-site'] as const) {
      cases.push({
        name: who,
        method,
        path: concrete(path),
        who,
        body: hasBody ? JSON.stringify(baseBody(method, path)) : undefined,
      });
    }
    if (!hasBody) {
      for (const q of QUERY_VARIANTS) {
        cases.push({
          name: `query ${q.slice(0, 30)}`,
          method,
          path: concrete(path) + q,
          who: 'admin',
        });
      }
      cases.push({
        name: 'odd headers',
        method,
        path: concrete(path),
        who: 'admin',
        headers: {
          'If-None-Match': '*',
          'If-Modified-Since': 'not a date',
          'Accept-Encoding': 'gzip;q=abc, br;q=-1, *;q=NaN',
          'Accept-Language': `${'x'.repeat(2000)};q=2`,
          Range: 'bytes=999999999-1',
        },
      });
      cases.push({
        name: 'garbage cookie',
        method,
        path: concrete(path),
        who: 'anonymous',
        headers: { Cookie: `pm_staff=%E0%A4%A; pm_staff=${'x'.repeat(4000)}; __proto__=1` },
      });
      continue;
    }
    // Bodies: malformed, prototype keys, wrong types, odd unicode, huge.
    for (const body of bodyVariants(baseBody(method, path))) {
      cases.push({
        name: `body ${body.slice(0, 70)}`,
        method,
        path: concrete(path),
        who: 'admin',
        body,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    const json = JSON.stringify(baseBody(method, path));
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=utf-16',
      'application/xml',
      '',
    ]) {
      cases.push({
        name: `content type ${type}`,
        method,
        path: concrete(path),
        who: 'admin',
        body: json,
        headers: type ? { 'Content-Type': type } : {},
      });
    }
    cases.push({
      name: 'invalid UTF-8',
      method,
      path: concrete(path),
      who: 'admin',
      body: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]),
      headers: { 'Content-Type': 'application/json' },
    });
    cases.push({
      name: 'huge body',
      method,
      path: concrete(path),
      who: 'admin',
      body: `{"a":"${'x'.repeat(6 * 1024 * 1024)}"}`,
      headers: { 'Content-Type': 'application/json' },
    });
  }

  // Pages and files outside the API.
  for (const path of [
    '/',
    `/initiatives/${slug}`,
    '/initiatives/__proto__',
    '/initiatives/%E0%A4%A',
    `/initiatives/${'x'.repeat(5000)}`,
    '/tell/status/constructor',
    '/staff/entries/toString',
    '/assets/app-1234.js',
    '/assets/..%2F..%2Findex.html',
    '/assets/%2e%2e/%2e%2e/etc/passwd',
    '/..%2F..%2Fetc%2Fpasswd',
    '/%00',
    '/assets/',
    '/assets',
    '/favicon.ico?__proto__=1',
  ]) {
    cases.push({ name: 'page', method: 'GET', path, who: 'anonymous' });
    cases.push({ name: 'page wrong method', method: 'POST', path, who: 'anonymous', body: '{' });
  }
  return cases;
}

describe('hostile input', () => {
  it('answers at least 300 bad requests across every route without a 5xx, API errors as problem+json', async () => {
    // Every route the review named, and both halves of the API, are in the enumeration.
    const names = routes.map((r) => `${r.method} ${r.path}`);
    for (const expected of [
      'POST /api/auth/login',
      'POST /api/auth/password',
      'PATCH /api/auth/staff/:id',
      'PATCH /api/moderation/entries/:id',
      'POST /api/moderation/import',
      'POST /api/submissions',
      'POST /api/concerns',
      'GET /api/initiatives/:slug',
      'GET /api/places',
    ]) {
      expect(names).toContain(expected);
    }

    const cases = buildCases();
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(new Set(cases.map((c) => c.path.split('?')[0])).size).toBeGreaterThan(routes.length);
    const failures: string[] = [];
    let n = 0;
    for (const c of cases) {
      n++;
      const label = `${c.method} ${c.path.slice(0, 80)} [${c.who}; ${c.name}]`;
      let res: Response;
      let body: string;
      try {
        res = await app.request(
          c.path,
          {
            method: c.method,
            headers: { ...headersFor(c.who), ...c.headers },
            body: c.method === 'GET' || c.method === 'HEAD' ? undefined : c.body,
          },
          // A new client address for each request, so rate limits do not hide later cases.
          fromAddress(`10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`),
        );
        body = await res.text(); // the whole body is sent, not cut
      } catch (err) {
        failures.push(`${label}: threw ${String(err)}`);
        continue;
      }
      // Signing out ends the session the later cases use: sign in again.
      if (c.path === '/api/auth/logout' && res.status === 204) {
        admin = newSession();
      }
      if (res.status >= 500) failures.push(`${label}: ${res.status}`);
      const type = res.headers.get('Content-Type') ?? '';
      // The one error that is not problem+json by design (decision 033): a refused import
      // answers 422 with its row-by-row report.
      const importReport =
        c.path.startsWith('/api/moderation/import') &&
        res.status === 422 &&
        (JSON.parse(body) as { applied?: unknown }).applied === false;
      if (
        c.path.startsWith('/api/') &&
        res.status >= 400 &&
        !type.includes('problem+json') &&
        !importReport
      ) {
        failures.push(`${label}: ${res.status} as ${type || 'no content type'}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('the admin session and the sign-in still work after all that', async () => {
    const me = await app.request('/api/auth/me', { headers: { Cookie: admin.cookie } });
    expect(me.status).toBe(200);
    expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
    expect({} as Record<string, unknown>).not.toHaveProperty('isAdmin');
    // From the address it signed in from (the guesses above came from others).
    await signIn(app, 'hostile-admin@example.org', PASSWORD);
  });
});
