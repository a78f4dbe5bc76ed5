import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDb, openDb } from '../../db/client.ts';
import { seedReference } from '../../db/seed.ts';
import { insertInitiative, setStatus } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';

/**
 * Public responses must not let anyone notice entries that are not published: not through
 * conditional requests, ETags, ids or slugs.
 */

function setup() {
  const db = testDb();
  insertInitiative(db, { slug: 'kenya-peace-club', title: 'Peace club', country: 'KE' });
  insertInitiative(db, { slug: 'hidden-pending', title: 'Hidden', status: 'pending' });
  const app = createApp({ db, env: { LOG_LEVEL: 'silent' } });
  return { db, app };
}

describe('If-None-Match: *', () => {
  it('answers 304 only for an initiative that exists, and 404 for any other slug', async () => {
    const { app } = setup();
    const star = { headers: { 'If-None-Match': '*' } };
    expect((await app.request('/api/initiatives/kenya-peace-club', star)).status).toBe(304);
    expect((await app.request('/api/initiatives/no-such-entry', star)).status).toBe(404);
    expect((await app.request('/api/initiatives/hidden-pending', star)).status).toBe(404);
    expect((await app.request('/api/initiatives?theme=nope', star)).status).toBe(400);
    expect((await app.request('/api/initiatives', star)).status).toBe(304);
  });
});

const PUBLIC_PATHS = [
  '/api/initiatives',
  '/api/initiatives?theme=climate',
  '/api/initiatives/facets',
  '/api/initiatives/points',
  '/api/initiatives.geojson',
  '/api/initiatives.csv',
  '/api/initiatives/kenya-peace-club',
  '/api/meta',
];

async function etags(app: ReturnType<typeof createApp>): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const path of PUBLIC_PATHS) out[path] = (await app.request(path)).headers.get('etag');
  return out;
}

function submission(title: string) {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      title,
      summary: 'We plant trees around our school and ask the council for safer, greener streets.',
      country: 'KE',
      themes: ['climate'],
      actions: ['awareness'],
      ageRange: '10-14',
      groupSize: '6-20',
      childLed: 'child-led',
      consent: true,
      startedAt: Date.now() - 60_000,
    }),
  };
}

describe('ETags change only when public data changes', () => {
  it('a new pending submission leaves every public ETag as it was', async () => {
    const { app } = setup();
    const before = await etags(app);
    expect(Object.values(before).every(Boolean)).toBe(true);
    expect((await app.request('/api/submissions', submission('Green Kids Club'))).status).toBe(201);
    expect(await etags(app)).toEqual(before);
  });

  it('a write by another connection that publishes nothing leaves them too; a publish changes them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-etag-'));
    try {
      const path = join(dir, 'db.sqlite');
      const db = openDb(path);
      migrateDb(db);
      seedReference(db);
      insertInitiative(db, { slug: 'kenya-peace-club', title: 'Peace club', country: 'KE' });
      const app = createApp({ db, env: { LOG_LEVEL: 'silent' } });
      const before = await etags(app);
      const other = openDb(path);
      const hidden = insertInitiative(other, { slug: 'quiet-one', status: 'pending' });
      expect(await etags(app)).toEqual(before);
      setStatus(other, hidden.id, 'published');
      const after = await etags(app);
      for (const p of PUBLIC_PATHS) expect(after[p], p).not.toBe(before[p]);
      other.$client.close();
      db.$client.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('public identity is the slug only', () => {
  it('no public response carries a database id', async () => {
    const { app } = setup();
    const list = (await (await app.request('/api/initiatives')).json()) as {
      items: Record<string, unknown>[];
    };
    expect(list.items[0]).toBeDefined();
    for (const item of list.items) expect(item).not.toHaveProperty('id');
    const one = (await (await app.request('/api/initiatives/kenya-peace-club')).json()) as object;
    expect(one).not.toHaveProperty('id');
    const fc = (await (await app.request('/api/initiatives.geojson')).json()) as {
      features: Record<string, unknown>[];
    };
    expect(fc.features).toHaveLength(1);
    for (const f of fc.features) expect(f).not.toHaveProperty('id');
    const points = (await (await app.request('/api/initiatives/points')).json()) as {
      fields: string[];
      rows: unknown[][];
    };
    expect(points.fields).not.toContain('id');
    expect(points.fields[0]).toBe('slug');
    for (const row of points.rows) expect(row).toHaveLength(points.fields.length);
    const csv = await (await app.request('/api/initiatives.csv')).text();
    expect(csv.split('\r\n')[0]?.split(',')).not.toContain('id');
    const spec = JSON.stringify(await (await app.request('/api/openapi.json')).json());
    expect(spec).not.toMatch(/"id"/);
  });
});
