import { gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';
import { BASEMAP_COLORS, CHOROPLETH } from '../../contract/map-colours.ts';

let db: Db;
let app: ReturnType<typeof createApp>;

const URL = '/api/initiatives/map.svg';

beforeEach(() => {
  db = testDb();
  app = createApp({ db, env: { LOG_LEVEL: 'silent' } });
});

async function picture(query = '', init?: RequestInit): Promise<{ res: Response; svg: string }> {
  const res = await app.request(`${URL}${query}`, init);
  return { res, svg: await res.text() };
}

/** The fill of the country's shape or marker (`id` is its ISO code); null when inherited. */
function fillOf(svg: string, iso: string): string | null | undefined {
  const tag = new RegExp(`<(?:path|circle) id="${iso}"([^>]*)>`).exec(svg);
  if (!tag) return undefined;
  return /fill="([^"]+)"/.exec(tag[1] as string)?.[1] ?? null;
}

/** Countries with a fill of their own: all others are drawn in the land colour. */
function shaded(svg: string): string[] {
  return [...svg.matchAll(/<(?:path|circle) id="([A-Z]{2})" fill=/g)].map((m) => m[1] as string);
}

function entries(country: string, n: number, extra: Parameters<typeof insertInitiative>[1] = {}) {
  for (let i = 0; i < n; i++) insertInitiative(db, { country, ...extra });
}

describe('GET /api/initiatives/map.svg', () => {
  it('is an SVG of the world framed like the live map, that can run nothing', async () => {
    entries('KE', 1);
    const { res, svg } = await picture();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1000" height="\d+"/);
    expect(svg).toContain('preserveAspectRatio="xMidYMid meet"');
    expect(svg).toContain(`fill="${BASEMAP_COLORS.water}"`);
    // Shapes and colours only: no text, no script, no links.
    expect(svg).not.toMatch(/<(text|script|a|image|foreignObject)\b|href|on\w+=/i);
    // Every country of the basemap, Antarctica left out; disputed areas drawn with their state.
    for (const iso of ['FR', 'RU', 'FJ', 'CY', 'SO', 'XK']) expect(fillOf(svg, iso)).toBeDefined();
    expect(fillOf(svg, 'AQ')).toBeUndefined();
    expect(svg.match(/ id="CY"/g)).toHaveLength(1);
  });

  it('shades each country in the live map’s class for its number of matches', async () => {
    entries('KE', 1);
    entries('BR', 2);
    entries('IN', 4);
    entries('FR', 7);
    entries('US', 10);
    const { svg } = await picture();
    expect(fillOf(svg, 'KE')).toBe(CHOROPLETH[0]);
    expect(fillOf(svg, 'BR')).toBe(CHOROPLETH[1]);
    expect(fillOf(svg, 'IN')).toBe(CHOROPLETH[2]);
    expect(fillOf(svg, 'FR')).toBe(CHOROPLETH[3]);
    expect(fillOf(svg, 'US')).toBe(CHOROPLETH[4]);
    expect(fillOf(svg, 'DE')).toBeNull();
    expect(shaded(svg).sort()).toEqual(['BR', 'FR', 'IN', 'KE', 'US']);
  });

  it('counts only the initiatives matching every filter, the country filter included', async () => {
    entries('KE', 3, { themes: ['climate'] });
    entries('KE', 1, { themes: ['bullying'] });
    entries('BR', 1, { themes: ['bullying'] });
    expect(fillOf((await picture('?theme=bullying')).svg, 'KE')).toBe(CHOROPLETH[0]);
    const oneCountry = (await picture('?theme=bullying&country=br')).svg;
    expect(shaded(oneCountry)).toEqual(['BR']);
  });

  it('takes the free-text filter as the list does', async () => {
    entries('KE', 2);
    insertInitiative(db, { country: 'BR', title: 'Navegar seguro: crianças online' });
    expect(shaded((await picture('?q=navegar')).svg)).toEqual(['BR']);
  });

  it('a filter that matches nothing leaves every country in the land colour', async () => {
    entries('KE', 2);
    const { res, svg } = await picture('?theme=justice');
    expect(res.status).toBe(200);
    expect(shaded(svg)).toEqual([]);
    expect(svg).toContain(`fill="${BASEMAP_COLORS.land}"`);
  });

  it('never counts an unpublished entry', async () => {
    entries('KE', 1);
    for (const status of ['pending', 'rejected', 'archived'] as const) {
      entries('KE', 3, { status });
      entries('MT', 1, { status });
    }
    entries('DE', 2, { status: 'pending' });
    const { svg } = await picture();
    expect(fillOf(svg, 'KE')).toBe(CHOROPLETH[0]);
    expect(fillOf(svg, 'DE')).toBeNull();
    // A small state with only unpublished entries gets no marker at all.
    expect(fillOf(svg, 'MT')).toBeUndefined();
  });

  it('draws a state too small for the basemap as a marker, kept when filtered out', async () => {
    entries('MT', 2, { themes: ['climate'] });
    entries('WS', 1, { themes: ['bullying'] });
    const { svg } = await picture();
    expect(svg).toMatch(/<circle id="MT" fill="#2a788e" cx="[\d.]+" cy="[\d.]+" r="\d+"\/>/);
    expect(fillOf(svg, 'WS')).toBe(CHOROPLETH[0]);
    expect(svg).not.toMatch(/<path id="MT"/);
    // Samoa sits inside the picture: the first view starts west of it.
    const cx = Number(/<circle id="WS"[^>]* cx="([\d.]+)"/.exec(svg)?.[1]);
    expect(cx).toBeGreaterThan(0);
    expect(cx).toBeLessThan(30);
    const filtered = (await picture('?theme=bullying')).svg;
    expect(fillOf(filtered, 'MT')).toBeNull();
    expect(fillOf(filtered, 'WS')).toBe(CHOROPLETH[0]);
  });

  it.each([
    ['?theme=nope', 'theme'],
    ['?country=ZZ', 'country'],
    ['?region=atlantis', 'region'],
    ['?yearFrom=2020&yearTo=2010', 'yearFrom'],
    ['?yearFrom=19', 'yearFrom'],
  ])('answers %s with the facets’ 400 problem', async (query, field) => {
    const res = await app.request(`${URL}${query}`);
    const facets = await app.request(`/api/initiatives/facets${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { errors?: Record<string, string[]> };
    expect(Object.keys(body.errors ?? {})).toContain(field);
    const { requestId: _a, ...mine } = body as Record<string, unknown>;
    const { requestId: _b, ...theirs } = (await facets.json()) as Record<string, unknown>;
    expect(mine).toEqual(theirs);
  });

  it('ignores `lang` and `breakdown`: the same picture', async () => {
    entries('KE', 1);
    const plain = (await picture()).svg;
    expect((await picture('?lang=fr&breakdown=matches')).svg).toBe(plain);
  });

  it('answers a matching If-None-Match with 304, and a changed catalogue with a new tag', async () => {
    entries('KE', 1);
    const first = await app.request(`${URL}?theme=climate`);
    const etag = first.headers.get('etag') as string;
    expect(etag).toBeTruthy();
    expect(first.headers.get('vary')).toBe('Accept-Encoding');
    const again = await app.request(`${URL}?theme=climate`, {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    entries('KE', 1);
    app = createApp({ db, env: { LOG_LEVEL: 'silent' } });
    const changed = await app.request(`${URL}?theme=climate`, {
      headers: { 'If-None-Match': etag },
    });
    expect(changed.status).toBe(200);
    expect(fillOf(await changed.text(), 'KE')).toBe(CHOROPLETH[1]);
  });

  it('is sent gzipped to a client that takes gzip, and stays small', async () => {
    entries('KE', 1);
    const res = await app.request(URL, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const svg = gunzipSync(bytes).toString('utf8');
    expect(svg).toMatch(/^<svg /);
    expect(bytes.byteLength).toBeLessThan(40_000);
  });
});
