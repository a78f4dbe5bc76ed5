import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { migrateDb, openDb } from '../../db/client.ts';
import { seedReference } from '../../db/seed.ts';
import { insertInitiative, setStatus } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';
import { acceptsGzip } from '../lib/cache.ts';
import type { Filters, ListQuery } from './initiatives.schema.ts';
import type { InitiativeList } from '../../contract/initiatives.ts';
import {
  initiativeFacets,
  initiativeFacetsJson,
  initiativesCsv,
  initiativesCsvBody,
  initiativesGeoJson,
  initiativesGeoJsonBody,
  listInitiatives,
  listInitiativesJson,
} from './initiatives.service.ts';
import { PublicReadModel, ResponseCache } from './read-model.ts';

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const listQuery = (q: Partial<ListQuery> = {}) => ({ limit: 50, offset: 0, ...q }) as ListQuery;

describe('cached response bodies', () => {
  it('are exactly the JSON of the uncached results', () => {
    const db = testDb();
    insertInitiative(db, { country: 'KE', themes: ['climate', 'gender'], year: 2020 });
    insertInitiative(db, { country: 'BR', themes: ['bullying'], lat: -23.5, lon: -46.6 });
    const model = new PublicReadModel(db);
    for (const f of [{}, { theme: ['climate'] }, { country: ['BR'], q: 'test' }] as Filters[]) {
      expect(text(listInitiativesJson(model, listQuery(f)))).toBe(
        JSON.stringify(listInitiatives(model, listQuery(f))),
      );
      expect(text(initiativeFacetsJson(model, f))).toBe(JSON.stringify(initiativeFacets(model, f)));
      expect(text(initiativesGeoJsonBody(model, f))).toBe(
        JSON.stringify(initiativesGeoJson(model, f)),
      );
    }
  });

  it('change as soon as published data changes', () => {
    const db = testDb();
    const first = insertInitiative(db, { country: 'KE' });
    const model = new PublicReadModel(db);
    const before = JSON.parse(text(initiativeFacetsJson(model, {} as Filters))) as {
      total: number;
    };
    expect(before.total).toBe(1);
    insertInitiative(db, { country: 'UG' });
    setStatus(db, first.id, 'archived');
    model.invalidate(); // what every write path does
    const after = JSON.parse(text(initiativeFacetsJson(model, {} as Filters))) as {
      total: number;
      country: Record<string, number>;
    };
    expect(after.total).toBe(1);
    expect(after.country).toEqual({ UG: 1 });
    const list = JSON.parse(text(listInitiativesJson(model, listQuery()))) as {
      items: { country: string }[];
    };
    expect(list.items.map((i) => i.country)).toEqual(['UG']);
  });

  it('never cache a rejected query: an unknown code is refused every time', () => {
    const db = testDb();
    insertInitiative(db);
    const model = new PublicReadModel(db);
    const bad = { country: ['ZZ'] } as Filters;
    expect(() => initiativeFacetsJson(model, bad)).toThrow();
    expect(() => initiativeFacetsJson(model, bad)).toThrow();
    expect(model.current().responses.size).toBe(0);
  });

  it('over HTTP: same body twice, JSON media types kept', async () => {
    const db = testDb();
    insertInitiative(db, { slug: 'first-entry', country: 'KE' });
    const app = createApp({ db });
    const a = await app.request('/api/initiatives?country=KE');
    const b = await app.request('/api/initiatives?country=KE');
    expect(a.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await a.text()).toBe(await b.text());
    const facets = await app.request('/api/initiatives/facets');
    expect(facets.headers.get('content-type')).toMatch(/^application\/json/);
    const geo = await app.request('/api/initiatives.geojson');
    expect(geo.headers.get('content-type')).toMatch(/^application\/geo\+json/);
  });

  it('over HTTP: gzip when the client takes it, compressed once per body', async () => {
    const db = testDb();
    for (let i = 0; i < 12; i++) insertInitiative(db, { country: 'KE' });
    const app = createApp({ db });
    const plain = await app.request('/api/initiatives.geojson');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const identity = Buffer.from(await plain.arrayBuffer());
    const zipped = async (acceptEncoding: string) => {
      const r = await app.request('/api/initiatives.geojson', {
        headers: { 'Accept-Encoding': acceptEncoding },
      });
      expect(r.headers.get('content-encoding')).toBe('gzip');
      expect(r.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect(r.headers.get('content-type')).toMatch(/^application\/geo\+json/);
      return Buffer.from(await r.arrayBuffer());
    };
    const first = await zipped('gzip, deflate, br');
    expect(gunzipSync(first).equals(identity)).toBe(true);
    expect((await zipped('br;q=1, gzip;q=0.5')).equals(first)).toBe(true);
    const refused = await app.request('/api/initiatives.geojson', {
      headers: { 'Accept-Encoding': 'gzip;q=0, identity' },
    });
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await refused.arrayBuffer()).equals(identity)).toBe(true);
  });

  it('the CSV export is built once per snapshot and query, and gzipped once, like the others', async () => {
    const db = testDb();
    for (let i = 0; i < 12; i++) insertInitiative(db, { country: 'KE' });
    const model = new PublicReadModel(db);
    const f = { country: ['KE'] } as Filters;
    const first = initiativesCsvBody(model, f);
    expect(initiativesCsvBody(model, f)).toBe(first); // the same bytes, not rebuilt
    expect(text(first)).toBe(initiativesCsv(model, f));
    const app = createApp({ db });
    const plain = await app.request('/api/initiatives.csv');
    const identity = Buffer.from(await plain.arrayBuffer());
    const zipped = await app.request('/api/initiatives.csv', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(zipped.headers.get('content-disposition')).toBe(
      'attachment; filename="participation-map-initiatives.csv"',
    );
    expect(zipped.headers.get('etag')).toBeTruthy();
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).equals(identity)).toBe(true);
  });

  it('over HTTP: a publish by another process (a seed run, say) shows at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-cache-'));
    try {
      const path = join(dir, 'db.sqlite');
      const db = openDb(path);
      migrateDb(db);
      seedReference(db);
      insertInitiative(db, { slug: 'first-entry', country: 'KE' });
      const app = createApp({ db });
      const slugs = async () =>
        ((await (await app.request('/api/initiatives')).json()) as InitiativeList).items.map(
          (i) => i.slug,
        );
      expect(await slugs()).toEqual(['first-entry']);
      const other = openDb(path);
      insertInitiative(other, { slug: 'second-entry', title: 'Zz second', country: 'KE' });
      other.$client.close();
      expect(await slugs()).toEqual(['first-entry', 'second-entry']);
      db.$client.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ResponseCache', () => {
  const body = (n: number) => new Uint8Array(new ArrayBuffer(n));

  it('drops the least recently used entry past its entry limit', () => {
    const cache = new ResponseCache(2, 1000);
    cache.set('a', body(1));
    cache.set('b', body(1));
    cache.get('a');
    cache.set('c', body(1));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });

  it('keeps its bytes under the limit and skips a body larger than all of it', () => {
    const cache = new ResponseCache(100, 10);
    cache.set('a', body(6));
    cache.set('b', body(6));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBeDefined();
    cache.set('huge', body(11));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.size).toBe(1);
  });
});

describe('acceptsGzip', () => {
  it('reads Accept-Encoding with its weights', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('GZIP;q=0.3')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('br')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
  });
});
