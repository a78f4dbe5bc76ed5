import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { insertInitiative, setStatus } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';
import type { Facets, Initiative, InitiativeList, Meta } from '../../contract/initiatives.ts';

let db: Db;
let app: ReturnType<typeof createApp>;

async function getJson<T>(
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: T; res: Response }> {
  const res = await app.request(path, init);
  return { status: res.status, body: (await res.json()) as T, res };
}

type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Record<string, string[]>;
};

/** A small, varied published catalogue plus one entry of every non-public status. */
function fixture() {
  insertInitiative(db, {
    slug: 'kenya-peace-club',
    title: 'Peace club of Nairobi',
    country: 'KE',
    locality: 'Nairobi',
    lat: -1.29,
    lon: 36.82,
    year: 2019,
    organization: 'Amani Kids',
    themes: ['peacebuilding', 'bullying'],
    actions: ['peer-support'],
  });
  insertInitiative(db, {
    slug: 'kenya-climate-walk',
    title: 'Climate walk',
    country: 'KE',
    year: 2022,
    themes: ['climate'],
    actions: ['awareness', 'advocacy'],
  });
  insertInitiative(db, {
    slug: 'brazil-online-safety',
    title: 'Navegar seguro: crianças online',
    summary:
      'Adolescentes em São Paulo criam vídeos sobre segurança digital e falam com a escola sobre bullying na internet e o que fazer.',
    country: 'BR',
    locality: 'São Paulo',
    lat: -23.55,
    lon: -46.63,
    year: 2021,
    themes: ['online-safety', 'bullying'],
    actions: ['innovation'],
  });
  insertInitiative(db, {
    slug: 'france-parliament',
    title: 'Parlement des enfants',
    country: 'FR',
    year: 2015,
    themes: ['justice'],
    actions: ['decision-making'],
  });
  insertInitiative(db, {
    slug: 'nepal-no-year',
    title: 'Child club without a year',
    country: 'NP',
    year: null,
  });
  const secret = 'private-adult@example.org';
  insertInitiative(db, {
    slug: 'pending-one',
    title: 'Pending secret entry',
    status: 'pending',
    contactEmail: secret,
  });
  insertInitiative(db, {
    slug: 'rejected-one',
    title: 'Rejected secret entry',
    status: 'rejected',
  });
  insertInitiative(db, {
    slug: 'archived-one',
    title: 'Archived secret entry',
    status: 'archived',
  });
  return { secret };
}

beforeEach(() => {
  db = testDb();
  app = createApp({ db, env: { LOG_LEVEL: 'silent' } });
});

describe('GET /api/health', () => {
  it('answers ok', async () => {
    const { status, body } = await getJson<{ status: string }>('/api/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
  });
});

describe('GET /api/meta', () => {
  it('lists themes, actions, regions with sub-regions and every country with labels', async () => {
    const { status, body } = await getJson<Meta>('/api/meta');
    expect(status).toBe(200);
    expect(body.themes).toHaveLength(13);
    expect(body.themes[0]).toEqual({
      code: 'mental-health',
      label: 'Mental health and well-being',
    });
    expect(body.actions.map((a) => a.code)).toEqual([
      'awareness',
      'peer-support',
      'advocacy',
      'decision-making',
      'innovation',
    ]);
    expect(body.regions.map((r) => r.code)).toEqual([
      'africa',
      'americas',
      'asia',
      'europe',
      'oceania',
    ]);
    const africa = body.regions.find((r) => r.code === 'africa');
    expect(africa?.subregions.map((s) => s.code)).toContain('eastern-africa');
    expect(body.countries.length).toBeGreaterThanOrEqual(240);
    expect(body.countries.find((c) => c.code === 'KE')).toMatchObject({
      name: 'Kenya',
      region: 'africa',
      subregion: 'eastern-africa',
    });
  });
});

describe('GET /api/initiatives', () => {
  beforeEach(fixture);

  it('lists only published entries, sorted by title, with the page window', async () => {
    const { status, body } = await getJson<InitiativeList>('/api/initiatives');
    expect(status).toBe(200);
    expect(body.total).toBe(5);
    expect(body.limit).toBe(50);
    expect(body.offset).toBe(0);
    expect(body.items.map((i) => i.title)).toEqual([
      'Child club without a year',
      'Climate walk',
      'Navegar seguro: crianças online',
      'Parlement des enfants',
      'Peace club of Nairobi',
    ]);
  });

  it('pages with limit and offset without overlap or gaps', async () => {
    const a = await getJson<InitiativeList>('/api/initiatives?limit=2&offset=0');
    const b = await getJson<InitiativeList>('/api/initiatives?limit=2&offset=2');
    const c = await getJson<InitiativeList>('/api/initiatives?limit=2&offset=4');
    const all = await getJson<InitiativeList>('/api/initiatives');
    expect([...a.body.items, ...b.body.items, ...c.body.items].map((i) => i.slug)).toEqual(
      all.body.items.map((i) => i.slug),
    );
    expect(c.body.items).toHaveLength(1);
    expect(c.body.total).toBe(5);
  });

  it('describes each initiative with its country, region and source; approximate points use the country', async () => {
    const { body } = await getJson<InitiativeList>('/api/initiatives?country=KE');
    const walk = body.items.find((i) => i.slug === 'kenya-climate-walk') as Initiative;
    expect(walk).toMatchObject({
      countryName: 'Kenya',
      region: 'africa',
      regionName: 'Africa',
      subregion: 'eastern-africa',
      subregionName: 'Eastern Africa',
      approximate: true,
      sourceUrl: expect.stringMatching(/^https:\/\/example\.org\//),
    });
    expect(walk.lat).toBeTypeOf('number');
    expect(walk.lon).toBeTypeOf('number');
    const club = body.items.find((i) => i.slug === 'kenya-peace-club') as Initiative;
    expect(club).toMatchObject({ lat: -1.29, lon: 36.82, approximate: false, locality: 'Nairobi' });
    expect(Object.keys(club)).not.toContain('id');
  });

  it.each([
    ['theme=bullying', ['brazil-online-safety', 'kenya-peace-club']],
    [
      'theme=bullying,climate',
      ['brazil-online-safety', 'kenya-climate-walk', 'kenya-peace-club', 'nepal-no-year'],
    ],
    ['action=innovation', ['brazil-online-safety']],
    ['action=advocacy,decision-making', ['france-parliament', 'kenya-climate-walk']],
    ['region=europe', ['france-parliament']],
    ['region=africa,americas', ['brazil-online-safety', 'kenya-climate-walk', 'kenya-peace-club']],
    ['subregion=eastern-africa', ['kenya-climate-walk', 'kenya-peace-club']],
    ['subregion=south-america,western-europe', ['brazil-online-safety', 'france-parliament']],
    ['country=KE', ['kenya-climate-walk', 'kenya-peace-club']],
    ['country=ke,np', ['kenya-climate-walk', 'kenya-peace-club', 'nepal-no-year']],
    ['yearFrom=2020', ['brazil-online-safety', 'kenya-climate-walk']],
    ['yearTo=2019', ['france-parliament', 'kenya-peace-club']],
    ['yearFrom=2019&yearTo=2021', ['brazil-online-safety', 'kenya-peace-club']],
    ['q=nairobi', ['kenya-peace-club']],
    ['q=NAIROBI', ['kenya-peace-club']],
    ['q=sao%20paulo', ['brazil-online-safety']],
    ['q=S%C3%A3o', ['brazil-online-safety']],
    ['q=criancas', ['brazil-online-safety']],
    ['q=amani', ['kenya-peace-club']],
    ['q=brazil', ['brazil-online-safety']],
    ['q=parl', ['france-parliament']],
    ['q=secret', []],
    ['theme=bullying&country=BR', ['brazil-online-safety']],
    ['theme=bullying&region=africa&q=peace', ['kenya-peace-club']],
    ['theme=climate&action=innovation', []],
  ])('filters %s', async (query, slugs) => {
    const { status, body } = await getJson<InitiativeList>(`/api/initiatives?${query}`);
    expect(status).toBe(200);
    expect(body.items.map((i) => i.slug).sort()).toEqual([...slugs].sort());
    expect(body.total).toBe(slugs.length);
  });

  it('treats empty parameters as absent', async () => {
    const { status, body } = await getJson<InitiativeList>('/api/initiatives?theme=&q=&yearFrom=');
    expect(status).toBe(200);
    expect(body.total).toBe(5);
  });
});

describe('400 problems name the offending field', () => {
  it.each([
    ['theme=violence', 'theme'],
    ['action=dancing', 'action'],
    ['region=atlantis', 'region'],
    ['subregion=middle-earth', 'subregion'],
    ['country=XX', 'country'],
    ['country=Kenya', 'country'],
    ['yearFrom=19', 'yearFrom'],
    ['yearFrom=abcd', 'yearFrom'],
    ['yearTo=1899', 'yearTo'],
    ['yearFrom=2020&yearTo=2010', 'yearFrom'],
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=ten', 'limit'],
    ['offset=-1', 'offset'],
    [`q=${'a'.repeat(201)}`, 'q'],
  ])('%s', async (query, field) => {
    for (const path of [
      '/api/initiatives',
      '/api/initiatives/facets',
      '/api/initiatives.geojson',
      '/api/initiatives/points',
      '/api/initiatives.csv',
    ]) {
      if (!path.endsWith('/initiatives') && /^(limit|offset)=/.test(query)) continue;
      const { status, body, res } = await getJson<Problem>(`${path}?${query}`);
      expect(status, path).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(body).toMatchObject({ status: 400, title: 'Invalid request' });
      expect(Object.keys(body.errors ?? {})).toContain(field);
      expect(body.errors?.[field]?.[0]).toBeTruthy();
    }
  });
});

describe('GET /api/initiatives/facets', () => {
  beforeEach(fixture);

  it('counts total, countries and every dimension over published entries', async () => {
    const { status, body } = await getJson<Facets>('/api/initiatives/facets');
    expect(status).toBe(200);
    expect(body.total).toBe(5);
    expect(body.countries).toBe(4);
    expect(body.theme).toMatchObject({
      bullying: 2,
      climate: 2,
      peacebuilding: 1,
      'online-safety': 1,
      justice: 1,
    });
    expect(body.action).toMatchObject({ awareness: 2, 'peer-support': 1, innovation: 1 });
    expect(body.region).toEqual({ africa: 2, americas: 1, europe: 1, asia: 1 });
    expect(body.country).toEqual({ KE: 2, BR: 1, FR: 1, NP: 1 });
    expect(body.year).toEqual({ min: 2015, max: 2022 });
  });

  it('agrees with list totals: each option count is the total when that option alone is chosen', async () => {
    const base = 'region=africa,americas';
    const facets = (await getJson<Facets>(`/api/initiatives/facets?${base}&theme=climate`)).body;
    const list = (await getJson<InitiativeList>(`/api/initiatives?${base}&theme=climate`)).body;
    expect(facets.total).toBe(list.total);
    for (const [theme, n] of Object.entries(facets.theme)) {
      const alone = (await getJson<InitiativeList>(`/api/initiatives?${base}&theme=${theme}`)).body;
      expect(n, theme).toBe(alone.total);
    }
    for (const [action, n] of Object.entries(facets.action)) {
      const with_ = (
        await getJson<InitiativeList>(`/api/initiatives?${base}&theme=climate&action=${action}`)
      ).body;
      expect(n, action).toBe(with_.total);
    }
    for (const [country, n] of Object.entries(facets.country)) {
      const c = (
        await getJson<InitiativeList>(`/api/initiatives?${base}&theme=climate&country=${country}`)
      ).body;
      expect(n, country).toBe(c.total);
    }
  });
});

describe('GET /api/initiatives.geojson', () => {
  beforeEach(fixture);

  it('is a valid RFC 7946 FeatureCollection of points, longitude first', async () => {
    const res = await app.request('/api/initiatives.geojson?country=BR,KE');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const fc = (await res.json()) as {
      type: string;
      features: {
        type: string;
        geometry: { type: string; coordinates: number[] };
        properties: Record<string, unknown>;
      }[];
    };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(3);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates).toHaveLength(2);
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
    }
    const sp = fc.features.find((f) => f.properties.slug === 'brazil-online-safety');
    expect(sp?.geometry.coordinates).toEqual([-46.63, -23.55]);
    expect(sp?.properties).toMatchObject({
      title: 'Navegar seguro: crianças online',
      theme: 'online-safety',
      country: 'BR',
    });
  });
});

describe('GET /api/initiatives/points', () => {
  beforeEach(fixture);

  type Points = { fields: string[]; rows: unknown[][] };
  type Fc = {
    features: {
      geometry: { coordinates: number[] };
      properties: Record<string, unknown>;
    }[];
  };

  it('holds the same entries, in the same order and with the same values, as the GeoJSON', async () => {
    for (const query of ['', '?country=BR,KE', '?theme=climate&yearFrom=2015', '?q=peace']) {
      const { status, body, res } = await getJson<Points>(`/api/initiatives/points${query}`);
      expect(status, query).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const fc = (await getJson<Fc>(`/api/initiatives.geojson${query}`)).body;
      expect(body.rows, query).toHaveLength(fc.features.length);
      const at = (name: string) => body.fields.indexOf(name);
      body.rows.forEach((row, n) => {
        const f = fc.features[n]!;
        const p = f.properties;
        expect(row[at('slug')]).toBe(p.slug);
        expect(row[at('title')]).toBe(p.title);
        expect(row[at('country')]).toBe(p.country);
        expect(row[at('locality')]).toBe(p.locality);
        expect((row[at('themes')] as string[]).join(',')).toBe(p.themes);
        expect((row[at('actions')] as string[]).join(',')).toBe(p.actions);
        expect(row[at('year')]).toBe(p.year);
        expect(row[at('approximate')]).toBe(p.approximate);
        expect([row[at('lon')], row[at('lat')]]).toEqual(f.geometry.coordinates);
        expect(row[at('language')]).toBe(p.language);
      });
    }
  });

  it('is about half the size of the GeoJSON, and gzipped when asked', async () => {
    const points = await (await app.request('/api/initiatives/points')).text();
    const geojson = await (await app.request('/api/initiatives.geojson')).text();
    expect(points.length).toBeLessThan(geojson.length * 0.6);
    const gz = await app.request('/api/initiatives/points', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('etag')).toBeTruthy();
  });
});

describe('GET /api/initiatives.csv', () => {
  beforeEach(fixture);

  it('is UTF-8 RFC 4180 CSV with a header and one row per initiative', async () => {
    insertInitiative(db, {
      slug: 'tricky-text',
      title: 'Quotes "and", commas\nand lines',
      organization: '=HYPERLINK("http://evil")',
      themes: ['climate', 'gender'],
      actions: ['awareness', 'advocacy'],
    });
    const res = await app.request('/api/initiatives.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const text = await res.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(6);
    const tricky = rows.find((r) => r.slug === 'tricky-text') as Record<string, string>;
    expect(tricky.title).toBe('Quotes "and", commas\nand lines');
    expect(tricky.themes).toBe('climate;gender');
    expect(tricky.actions).toBe('awareness;advocacy');
    expect(tricky.organization).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows.find((r) => r.slug === 'brazil-online-safety')?.title).toBe(
      'Navegar seguro: crianças online',
    );
    expect(rows.find((r) => r.slug === 'brazil-online-safety')?.lon).toBe('-46.63');
  });

  it('applies the same filters', async () => {
    const rows = parse(await (await app.request('/api/initiatives.csv?theme=bullying')).text(), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows.map((r) => r.slug).sort()).toEqual(['brazil-online-safety', 'kenya-peace-club']);
  });
});

describe('GET /api/initiatives/:slug', () => {
  beforeEach(fixture);

  it('returns a published initiative with country, region and source link', async () => {
    const { status, body } = await getJson<Initiative>('/api/initiatives/kenya-peace-club');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      slug: 'kenya-peace-club',
      countryName: 'Kenya',
      regionName: 'Africa',
      subregionName: 'Eastern Africa',
      themes: ['peacebuilding', 'bullying'],
      actions: ['peer-support'],
      organization: 'Amani Kids',
    });
    expect(body.sourceUrl).toMatch(/^https:/);
  });

  it.each(['no-such-initiative', 'pending-one', 'rejected-one', 'archived-one'])(
    '404 for %s',
    async (slug) => {
      const { status, body, res } = await getJson<Problem>(`/api/initiatives/${slug}`);
      expect(status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(body.status).toBe(404);
    },
  );

  it('400 for a malformed slug', async () => {
    const { status, body } = await getJson<Problem>('/api/initiatives/Not%20A%20Slug');
    expect(status).toBe(400);
    expect(Object.keys(body.errors ?? {})).toContain('slug');
  });
});

describe('the children’s own words (quote)', () => {
  beforeEach(fixture);

  it('travels with the entry: detail, list, GeoJSON and CSV, with who said it', async () => {
    const quote = 'Nous voulons que nos voix soient entendues.';
    insertInitiative(db, { slug: 'quoted-club', quote, quoteBy: 'a member, aged 14' });
    const detail = await getJson<Initiative>('/api/initiatives/quoted-club');
    expect(detail.body).toMatchObject({ quote, quoteBy: 'a member, aged 14' });
    const list = await getJson<InitiativeList>('/api/initiatives?limit=500');
    expect(list.body.items.find((i) => i.slug === 'quoted-club')).toMatchObject({ quote });
    expect(list.body.items.find((i) => i.slug === 'kenya-peace-club')).toMatchObject({
      quote: null,
      quoteBy: null,
    });
    const geo = (await (await app.request('/api/initiatives.geojson')).json()) as {
      features: { properties: Record<string, unknown> }[];
    };
    expect(geo.features.find((f) => f.properties.slug === 'quoted-club')?.properties).toMatchObject(
      { quote, quoteBy: 'a member, aged 14' },
    );
    const rows = parse(await (await app.request('/api/initiatives.csv')).text(), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows.find((r) => r.slug === 'quoted-club')).toMatchObject({
      quote,
      quote_by: 'a member, aged 14',
    });
  });
});

describe('non-published entries never appear anywhere public', () => {
  it('in list, search, facets, GeoJSON, map points, CSV and meta', async () => {
    const { secret } = fixture();
    const paths = [
      '/api/initiatives?limit=500',
      '/api/initiatives?q=secret',
      '/api/initiatives/facets',
      '/api/initiatives.geojson',
      '/api/initiatives/points',
      '/api/initiatives/points?q=secret',
      '/api/initiatives.csv',
      '/api/meta',
    ];
    for (const path of paths) {
      const text = await (await app.request(path)).text();
      expect(text, path).not.toMatch(/secret entry|pending-one|rejected-one|archived-one/i);
      expect(text, path).not.toContain(secret);
    }
    const facets = (await getJson<Facets>('/api/initiatives/facets')).body;
    expect(facets.total).toBe(5);
  });

  it('an entry disappears as soon as it is unpublished, and appears when published', async () => {
    const { id } = insertInitiative(db, { slug: 'flip-flop', title: 'Flip flop' });
    expect((await app.request('/api/initiatives/flip-flop')).status).toBe(200);
    setStatus(db, id, 'archived');
    // Another connection's write is noticed through PRAGMA data_version; this one needs invalidate().
    app = createApp({ db, env: { LOG_LEVEL: 'silent' } });
    expect((await app.request('/api/initiatives/flip-flop')).status).toBe(404);
  });
});

describe('caching and headers', () => {
  beforeEach(fixture);

  it('public GETs carry ETag and Cache-Control and answer 304 to a matching If-None-Match', async () => {
    const first = await app.request('/api/initiatives?theme=climate');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('cache-control')).toMatch(/public/);
    const again = await app.request('/api/initiatives?theme=climate', {
      headers: { 'If-None-Match': etag as string },
    });
    expect(again.status).toBe(304);
    const other = await app.request('/api/initiatives?theme=bullying', {
      headers: { 'If-None-Match': etag as string },
    });
    expect(other.status).toBe(200);
  });

  it('a change to published data changes the ETag', async () => {
    const etag = (await app.request('/api/initiatives')).headers.get('etag') as string;
    insertInitiative(db, { slug: 'new-one' });
    app = createApp({ db, env: { LOG_LEVEL: 'silent' } });
    const res = await app.request('/api/initiatives', { headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(200);
  });

  it('sets security headers on every response, errors included', async () => {
    for (const path of ['/api/initiatives', '/api/nope', '/api/initiatives?theme=bad']) {
      const res = await app.request(path);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBeTruthy();
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('unknown API paths are problem+json 404s', async () => {
    const { status, res } = await getJson<Problem>('/api/nothing-here');
    expect(status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

describe('OpenAPI', () => {
  it('describes the public API from the validating schemas, with a readable page', async () => {
    const { status, body } = await getJson<{
      openapi: string;
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    }>('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const p of [
      '/initiatives',
      '/initiatives/facets',
      '/initiatives.geojson',
      '/initiatives/points',
      '/initiatives.csv',
      '/initiatives/{slug}',
      '/meta',
    ]) {
      expect(body.paths[p], p).toBeDefined();
    }
    const names = body.paths['/initiatives']?.get?.parameters?.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'theme',
        'action',
        'region',
        'subregion',
        'country',
        'yearFrom',
        'yearTo',
        'q',
        'limit',
        'offset',
      ]),
    );
    const page = await app.request('/api/docs');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/api/initiatives/facets');
  });
});
