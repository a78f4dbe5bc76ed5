import { describe, expect, it } from 'vitest';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testAppWithStaff } from '../../tests/helpers/test-app.ts';

const PARTNER = 'https://news.example.com';

const PUBLIC_READS = [
  '/api/meta',
  '/api/initiatives?theme=climate',
  '/api/initiatives/facets',
  '/api/initiatives/points',
  '/api/initiatives/map.svg',
  '/api/initiatives.geojson',
  '/api/initiatives.csv',
  '/api/initiatives.atom',
  '/api/initiatives/kenya-one',
  '/api/previews/map',
  '/api/openapi.json',
];

const NEVER = [
  ['GET', '/api/moderation/entries'],
  ['GET', '/api/auth/me'],
  ['POST', '/api/auth/sign-in'],
  ['POST', '/api/submissions'],
  ['GET', '/api/submissions/K7P-4QX'],
  ['GET', '/api/places?country=KE&q=nai'],
  ['POST', '/api/initiatives/kenya-one/concerns'],
] as const;

async function setUp() {
  const t = await testAppWithStaff();
  insertInitiative(t.db, { slug: 'kenya-one', country: 'KE' });
  return t;
}

describe('cross-origin reads of the public API (CORS)', () => {
  it.each(PUBLIC_READS)('%s answers any site, without credentials', async (path) => {
    const { app } = await setUp();
    const res = await app.request(path, { headers: { Origin: PARTNER } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toMatch(/ETag/);
  });

  it('answers the preflight of a public read with GET and HEAD only', async () => {
    const { app } = await setUp();
    const res = await app.request('/api/initiatives?theme=climate', {
      method: 'OPTIONS',
      headers: {
        Origin: PARTNER,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,HEAD');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/If-None-Match/);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('keeps CORS on revalidations (304) and on errors, so a partner script can read them', async () => {
    const { app } = await setUp();
    const first = await app.request('/api/initiatives', { headers: { Origin: PARTNER } });
    const again = await app.request('/api/initiatives', {
      headers: { Origin: PARTNER, 'If-None-Match': first.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
    const bad = await app.request('/api/initiatives?theme=nope', { headers: { Origin: PARTNER } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('access-control-allow-origin')).toBe('*');
  });

  it.each(NEVER)('%s %s never answers another site', async (method, path) => {
    const { app, mod } = await setUp();
    // Even with a staff session cookie, as a browser would send it on a credentialed request.
    const res = await app.request(path, {
      method,
      headers: { Origin: PARTNER, Cookie: mod.cookie, 'Content-Type': 'application/json' },
      body: method === 'POST' ? '{}' : undefined,
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await app.request(path, {
      method: 'OPTIONS',
      headers: { Origin: PARTNER, 'Access-Control-Request-Method': method },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
  });
});
