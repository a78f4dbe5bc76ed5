import { and, eq, isNotNull, notInArray, sql } from 'drizzle-orm';
import { fileURLToPath } from 'node:url';
import { ACTIONS, THEMES } from '../contract/vocabulary.ts';
import { type CatalogueRecord } from '../contract/initiatives.ts';
import { migrateDb, openDb, type Db } from './client.ts';
import { describeProblem, loadCatalogue, type CatalogueProblem } from './catalogue.ts';
import { buildCountries } from './countries.ts';
import { actions, auditLog, countries, initiatives, themes } from './schema.ts';
import { replaceTags, tagsByInitiative } from './tags.ts';
import { databasePath } from './config.ts';

export type SeedReport = {
  lines: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Catalogue entries no longer in the catalogue (merged or removed), now archived. */
  archived: number;
  /** Catalogue entries staff have edited: the catalogue no longer overwrites them. */
  keptStaffEdits: number;
  problems: CatalogueProblem[];
};

/** Countries, themes and actions: inserted or brought up to date. Idempotent. */
export function seedReference(db: Db): void {
  db.transaction((tx) => {
    for (const c of buildCountries()) {
      tx.insert(countries).values(c).onConflictDoUpdate({ target: countries.code, set: c }).run();
    }
    THEMES.forEach((t, position) => {
      const row = { code: t.code, label: t.label, position };
      tx.insert(themes).values(row).onConflictDoUpdate({ target: themes.code, set: row }).run();
    });
    ACTIONS.forEach((a, position) => {
      const row = { code: a.code, label: a.label, position };
      tx.insert(actions).values(row).onConflictDoUpdate({ target: actions.code, set: row }).run();
    });
  });
}

/** A catalogue record's fields as `initiatives` columns (tags are stored apart). */
export function catalogueColumns(r: CatalogueRecord) {
  return {
    title: r.title,
    summary: r.summary,
    country: r.country,
    locality: r.locality,
    lat: r.lat,
    lon: r.lon,
    year: r.year,
    organization: r.organization,
    sourceUrl: r.source_url,
    sourceTitle: r.source_title,
    quote: r.quote,
    quoteBy: r.quote_by,
  };
}

/**
 * Brings the starter catalogue into the database as published entries. Running it twice
 * changes nothing. Entries staff have edited (any audit record by a person) are left alone;
 * catalogue entries that left the catalogue are archived, never deleted.
 */
export function seedCatalogue(db: Db, dir?: string): SeedReport {
  seedReference(db);
  const known = new Set(
    db
      .select({ code: countries.code })
      .from(countries)
      .all()
      .map((r) => r.code),
  );
  const catalogue = loadCatalogue(dir, known);
  const report: SeedReport = {
    lines: catalogue.lines,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    archived: 0,
    keptStaffEdits: 0,
    problems: catalogue.problems,
  };
  const staffTouched = new Set(
    db
      .selectDistinct({ id: auditLog.initiativeId })
      .from(auditLog)
      .where(and(isNotNull(auditLog.actorId), isNotNull(auditLog.initiativeId)))
      .all()
      .map((r) => r.id),
  );
  const tags = tagsByInitiative(db);
  const tagsOf = (id: number) =>
    JSON.stringify([tags.themes.get(id) ?? [], tags.actions.get(id) ?? []]);

  db.transaction((tx) => {
    for (const { record } of catalogue.entries) {
      const cols = catalogueColumns(record);
      const existing = tx.select().from(initiatives).where(eq(initiatives.slug, record.slug)).get();
      if (!existing) {
        const at = new Date().toISOString();
        const row = tx
          .insert(initiatives)
          .values({
            slug: record.slug,
            ...cols,
            status: 'published',
            origin: 'catalogue',
            publishedAt: at,
          })
          .returning({ id: initiatives.id })
          .get();
        replaceTags(tx, row.id, record.themes, record.actions);
        report.inserted++;
        continue;
      }
      if (existing.origin !== 'catalogue' || staffTouched.has(existing.id)) {
        report.keptStaffEdits++;
        continue;
      }
      const same =
        (Object.keys(cols) as (keyof typeof cols)[]).every((k) => existing[k] === cols[k]) &&
        tagsOf(existing.id) === JSON.stringify([record.themes, record.actions]);
      if (same) {
        report.unchanged++;
        continue;
      }
      tx.update(initiatives)
        .set({
          ...cols,
          version: sql`${initiatives.version} + 1`,
          updatedAt: new Date().toISOString(),
        })
        .where(eq(initiatives.id, existing.id))
        .run();
      replaceTags(tx, existing.id, record.themes, record.actions);
      report.updated++;
    }
    const slugs = catalogue.entries.map((e) => e.record.slug);
    const gone = tx
      .select({ id: initiatives.id })
      .from(initiatives)
      .where(
        and(
          eq(initiatives.origin, 'catalogue'),
          eq(initiatives.status, 'published'),
          slugs.length ? notInArray(initiatives.slug, slugs) : undefined,
        ),
      )
      .all()
      .filter((r) => !staffTouched.has(r.id));
    for (const { id } of gone) {
      tx.update(initiatives)
        .set({
          status: 'archived',
          version: sql`${initiatives.version} + 1`,
          updatedAt: new Date().toISOString(),
        })
        .where(eq(initiatives.id, id))
        .run();
      tx.insert(auditLog)
        .values({
          action: 'archive',
          initiativeId: id,
          detail: { reason: 'No longer in the starter catalogue' },
        })
        .run();
      report.archived++;
    }
  });
  return report;
}

export function formatSeedReport(r: SeedReport): string {
  const head =
    `Catalogue: ${r.lines} lines, ${r.inserted} added, ${r.updated} updated, ${r.unchanged} unchanged, ` +
    `${r.archived} archived, ${r.keptStaffEdits} kept as staff edited them, ${r.problems.length} invalid.`;
  return [head, ...r.problems.map((p) => `  invalid: ${describeProblem(p)}`)].join('\n');
}

// `npm run db:seed`: migrate and seed the configured database; exit 1 if any line is invalid.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dbPath = databasePath(process.env);
  const db = openDb(dbPath);
  migrateDb(db);
  const report = seedCatalogue(db);
  console.log(formatSeedReport(report));
  db.$client.close();
  process.exit(report.problems.length ? 1 : 0);
}
