import { eq } from 'drizzle-orm';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, migrateDb, openDb, type Db } from '../../db/client.ts';
import { auditLog, initiatives } from '../../db/schema.ts';
import { seedReference } from '../../db/seed.ts';
import { insertInitiative, setStatus } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';

/** The migration that gives never-published submissions an unguessable slug. */
const MIGRATION_TAG = '0002_unguessable-submission-slugs';

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
  '/api/initiatives/map.svg',
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

describe('a published slug reveals nothing about unpublished entries', () => {
  async function submittedSlug(app: ReturnType<typeof createApp>, db: Db, title: string) {
    const res = await app.request('/api/submissions', submission(title));
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    return db
      .select({ slug: initiatives.slug })
      .from(initiatives)
      .where(eq(initiatives.reference, reference))
      .get()?.slug;
  }

  it('a submission’s slug has the same shape whether or not a hidden entry has its title', async () => {
    const quiet = setup();
    const crowded = setup();
    insertInitiative(crowded.db, { slug: 'green-kids-club', status: 'pending' });
    insertInitiative(crowded.db, { slug: 'green-kids-club-2', status: 'rejected' });
    const shape = /^green-kids-club-[a-z0-9]{5}$/;
    const a = await submittedSlug(quiet.app, quiet.db, 'Green Kids Club');
    const b = await submittedSlug(crowded.app, crowded.db, 'Green Kids Club');
    const c = await submittedSlug(crowded.app, crowded.db, 'Green Kids Club');
    for (const slug of [a, b, c]) expect(slug).toMatch(shape);
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('a title without Latin letters gets a slug that does not carry the private reference', async () => {
    const { app, db } = setup();
    const res = await app.request('/api/submissions', submission('نادي الأطفال الأخضر'));
    const { reference } = (await res.json()) as { reference: string };
    const row = db.select().from(initiatives).where(eq(initiatives.reference, reference)).get();
    expect(row?.slug).toMatch(/^initiative-[a-z0-9]{5}$/);
    expect(row?.slug).not.toContain(reference.toLowerCase().replace('-', ''));
    expect(row?.slug).not.toContain(reference.toLowerCase());
  });

  it('existing never-published submissions are given such a slug by the migration; published ones keep theirs', () => {
    const { db } = setup();
    const hidden = insertInitiative(db, {
      slug: 'peace-club',
      status: 'pending',
      origin: 'submission',
    });
    const second = insertInitiative(db, {
      slug: 'peace-club-2',
      status: 'rejected',
      origin: 'submission',
    });
    const live = insertInitiative(db, { slug: 'peace-club-3', origin: 'submission' });
    // Published once, then taken down: its address was public, so it stays.
    const once = insertInitiative(db, {
      slug: 'once-public',
      status: 'pending',
      origin: 'submission',
    });
    db.insert(auditLog).values({ action: 'publish', initiativeId: once.id, actorEmail: 'x' }).run();
    const catalogue = insertInitiative(db, { slug: 'catalogue-entry', status: 'archived' });
    const sql = readFileSync(join(MIGRATIONS_DIR, `${MIGRATION_TAG}.sql`), 'utf8');
    for (const statement of sql.split('--> statement-breakpoint')) db.$client.exec(statement);
    const slugOf = (id: number) =>
      db.select({ slug: initiatives.slug }).from(initiatives).where(eq(initiatives.id, id)).get()
        ?.slug;
    expect(slugOf(hidden.id)).toMatch(/^peace-club-[a-z0-9]{5,6}$/);
    expect(slugOf(second.id)).toMatch(/^peace-club-2-[a-z0-9]{5,6}$/);
    expect(slugOf(live.id)).toBe('peace-club-3');
    expect(slugOf(once.id)).toBe('once-public');
    expect(slugOf(catalogue.id)).toBe('catalogue-entry');
  });
});
