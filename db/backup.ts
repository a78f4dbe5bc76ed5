import Database from 'better-sqlite3';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MIGRATIONS_DIR } from './client.ts';
import { databasePath } from './config.ts';

export type BackupCheck = { migrations: number; initiatives: number };

/**
 * Checks that a file is a whole database of this app: it opens, `PRAGMA integrity_check`
 * answers ok, and its migrations are ones this release knows (a backup from a newer release
 * cannot be restored into an older one). Throws with the reason otherwise.
 */
export function checkDatabaseFile(file: string): BackupCheck {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`${file} fails integrity_check: ${String(integrity)}`);
    const hasMigrations = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
      .get();
    if (!hasMigrations) throw new Error(`${file} is not a Participation Map database`);
    const applied = db.prepare('SELECT created_at AS at FROM __drizzle_migrations').all() as {
      at: number;
    }[];
    const journal = JSON.parse(
      readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8'),
    ) as {
      entries: { when: number }[];
    };
    const known = new Set(journal.entries.map((e) => e.when));
    const unknown = applied.filter((m) => !known.has(Number(m.at)));
    if (unknown.length) {
      throw new Error(
        `${file} has ${unknown.length} migration(s) this release does not know: it comes from a newer release`,
      );
    }
    const { n } = db.prepare('SELECT count(*) AS n FROM initiatives').get() as { n: number };
    return { migrations: applied.length, initiatives: n };
  } finally {
    db.close();
  }
}

/**
 * A consistent copy of a live database (WAL mode, the server writing): `VACUUM INTO` reads
 * one snapshot in a single read transaction, so writes committed before it started are all
 * in the copy and later ones are not, and the server never waits. The copy is checked, then
 * moved to `out` in one rename, so `out` is never a half-written file.
 */
export function backupDatabase(source: string, out: string): BackupCheck {
  const target = resolve(out);
  if (existsSync(target)) throw new Error(`${target} already exists; choose a new file name`);
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('VACUUM INTO ?').run(partial);
  } finally {
    db.close();
  }
  try {
    const check = checkDatabaseFile(partial);
    renameSync(partial, target);
    return check;
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
}

// `npm run db:backup -- --out FILE`
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const dbPath = databasePath(process.env);
  if (!values.out) {
    console.error('Usage: npm run db:backup -- --out FILE');
    process.exit(2);
  }
  try {
    const check = backupDatabase(dbPath, values.out);
    console.log(
      `Backed up ${dbPath} to ${values.out}: integrity ok, ${check.migrations} migrations, ${check.initiatives} initiatives.`,
    );
  } catch (e) {
    console.error(`Backup failed: ${(e as Error).message}`);
    process.exit(1);
  }
}
