import { count, eq } from 'drizzle-orm';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUE_DIR } from './catalogue.ts';
import { migrateDb, openDb, type Db } from './client.ts';
import { auditLog, countries, initiatives } from './schema.ts';
import { seedCatalogue } from './seed.ts';

function freshDb(): Db {
  const db = openDb(':memory:');
  migrateDb(db);
  return db;
}

function catalogueLines(): string[] {
  return readdirSync(CATALOGUE_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(CATALOGUE_DIR, f), 'utf8').split('\n'))
    .filter((l) => l.trim() !== '');
}

function tempCatalogue(lines: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pm-cat-'));
  writeFileSync(join(dir, 'test.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return dir;
}

const good = {
  slug: 'test-good-entry',
  title: 'A good entry',
  country: 'KE',
  locality: 'Nairobi',
  lat: -1.29,
  lon: 36.82,
  themes: ['climate'],
  actions: ['awareness'],
  year: 2020,
  organization: null,
  summary:
    'Children in Nairobi plant trees along the road to their school, measure the shade they make, and show the results to the county council so that more streets get trees and safe crossings.',
  source_url: 'https://example.org/good',
  source_title: 'Good source',
};

describe('the starter catalogue', () => {
  let db: Db;
  beforeEach(() => {
    db = freshDb();
  });

  it('loads every line: as many published initiatives as valid lines, across as many countries', () => {
    const lines = catalogueLines();
    const report = seedCatalogue(db);
    expect(report.problems).toEqual([]);
    expect(report.lines).toBe(lines.length);
    expect(report.inserted).toBe(lines.length);
    const published = db
      .select({ n: count() })
      .from(initiatives)
      .where(eq(initiatives.status, 'published'))
      .get();
    expect(published?.n).toBe(lines.length);
    const catalogueCountries = new Set(
      lines.map((l) => (JSON.parse(l) as { country: string }).country),
    );
    const dbCountries = new Set(
      db
        .selectDistinct({ c: initiatives.country })
        .from(initiatives)
        .all()
        .map((r) => r.c),
    );
    expect(dbCountries).toEqual(catalogueCountries);
  });

  it('is idempotent: a second run changes nothing', () => {
    seedCatalogue(db);
    const before = db.select().from(initiatives).all();
    const report = seedCatalogue(db);
    expect(report).toMatchObject({ inserted: 0, updated: 0, archived: 0 });
    expect(report.unchanged).toBe(before.length);
    expect(db.select().from(initiatives).all()).toEqual(before);
  });

  it('fills the country reference with UN M49 regions and a point for every country', () => {
    seedCatalogue(db);
    const rows = db.select().from(countries).all();
    expect(rows.length).toBeGreaterThanOrEqual(240);
    for (const c of rows) {
      expect(c.regionCode, c.code).toMatch(/^(africa|americas|asia|europe|oceania)$/);
      expect(c.subregionName, c.code).toBeTruthy();
      expect(Math.abs(c.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(c.lon)).toBeLessThanOrEqual(180);
    }
    expect(rows.find((c) => c.code === 'BR')).toMatchObject({
      regionName: 'Americas',
      subregionName: 'South America',
    });
    expect(rows.find((c) => c.code === 'FR')).toMatchObject({
      regionName: 'Europe',
      subregionName: 'Western Europe',
    });
  });
});

describe('seeding validates and reports bad records by line', () => {
  it('skips invalid lines with a clear message naming file, line, slug and field', () => {
    const dir = tempCatalogue([
      good,
      { ...good, slug: 'bad-theme', source_url: 'https://example.org/2', themes: ['violence'] },
      { ...good, slug: 'bad-country', source_url: 'https://example.org/3', country: 'XX' },
      {
        ...good,
        slug: 'short-summary',
        source_url: 'https://example.org/4',
        summary: 'Too short.',
      },
      { ...good, slug: 'test-good-entry', source_url: 'https://example.org/5' },
      { ...good, slug: 'same-source' },
    ]);
    writeFileSync(join(dir, 'broken.jsonl'), '{"slug": "oops",\n');
    const db = freshDb();
    const report = seedCatalogue(db, dir);
    expect(report.inserted).toBe(1);
    const messages = report.problems.map((p) => `${p.file}:${p.line} ${p.slug ?? ''} ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^broken\.jsonl:1 .*not valid JSON/),
      expect.stringMatching(/^test\.jsonl:2 bad-theme themes\.0: /),
      expect.stringMatching(/^test\.jsonl:3 bad-country country: unknown ISO 3166-1 code "XX"/),
      expect.stringMatching(
        /^test\.jsonl:4 short-summary summary: The summary must be 25 to 90 words/,
      ),
      expect.stringMatching(/^test\.jsonl:5 test-good-entry slug: duplicate of test\.jsonl:1/),
      expect.stringMatching(
        /^test\.jsonl:6 same-source source_url: already used by test-good-entry/,
      ),
    ]);
  });

  it('updates changed catalogue entries and archives ones that left the catalogue', () => {
    const db = freshDb();
    seedCatalogue(
      db,
      tempCatalogue([good, { ...good, slug: 'leaves-later', source_url: 'https://example.org/x' }]),
    );
    const report = seedCatalogue(
      db,
      tempCatalogue([{ ...good, title: 'A better title', themes: ['climate', 'peacebuilding'] }]),
    );
    expect(report).toMatchObject({ updated: 1, archived: 1, inserted: 0 });
    const rows = db.select().from(initiatives).all();
    expect(rows.find((r) => r.slug === 'test-good-entry')).toMatchObject({
      title: 'A better title',
      status: 'published',
    });
    expect(rows.find((r) => r.slug === 'leaves-later')).toMatchObject({ status: 'archived' });
  });

  it('never overwrites an entry staff have edited', () => {
    const db = freshDb();
    seedCatalogue(db, tempCatalogue([good]));
    const row = db.select().from(initiatives).where(eq(initiatives.slug, good.slug)).get();
    db.update(initiatives)
      .set({ title: 'Edited by staff' })
      .where(eq(initiatives.slug, good.slug))
      .run();
    db.$client
      .prepare(
        "INSERT INTO staff_users (email, role, password_hash) VALUES ('a@b.org', 'admin', 'x')",
      )
      .run();
    db.insert(auditLog).values({ actorId: 1, action: 'edit', initiativeId: row?.id }).run();
    const report = seedCatalogue(db, tempCatalogue([good]));
    expect(report.keptStaffEdits).toBe(1);
    expect(db.select().from(initiatives).where(eq(initiatives.slug, good.slug)).get()?.title).toBe(
      'Edited by staff',
    );
  });
});
