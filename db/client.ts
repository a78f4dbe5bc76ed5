import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The database file cannot be used; the message says why, in words an operator can act on. */
export class DbPathError extends Error {
  override name = 'DbPathError';
}

/**
 * Creates the folders above the database file one level at a time. `mkdirSync` with
 * `recursive: true` never returns under /proc: procfs answers ENOENT to a new folder, which
 * Node's recursive walk reads as "the parent is missing" and retries forever.
 */
function ensureFolder(dir: string): void {
  const missing: string[] = [];
  let at = dir;
  while (!existsSync(at)) {
    missing.unshift(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  if (existsSync(at) && !statSync(at).isDirectory()) {
    throw new DbPathError(`${at} is a file, not a folder`);
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new DbPathError(`cannot create the folder ${folder} (${err.code ?? err.message})`);
    }
  }
}

const SQLITE_REASONS: Record<string, string> = {
  SQLITE_CANTOPEN: 'SQLite cannot open or create this file',
  SQLITE_NOTADB: 'the file is not a SQLite database',
  SQLITE_CORRUPT: 'the database file is damaged',
  SQLITE_READONLY: 'the database is read-only for this user',
  SQLITE_PERM: 'no permission to write the database',
  SQLITE_IOERR: 'input/output error on the database file',
  SQLITE_FULL: 'the disk is full',
};

/** An error from opening or migrating the database, as one line for an operator. */
export function describeDbError(e: unknown): string {
  if (e instanceof DbPathError) return e.message;
  const err = e as { code?: string; message?: string; cause?: unknown };
  const code = err.code ?? (err.cause as { code?: string } | undefined)?.code ?? '';
  // Extended codes keep the primary one as a prefix: SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED.
  const primary = Object.keys(SQLITE_REASONS).find((k) => code === k || code.startsWith(`${k}_`));
  if (primary) return `${SQLITE_REASONS[primary]} (${code})`;
  return (err.message ?? String(e)).split('\n')[0]!;
}

/**
 * Opens (creating if needed) a SQLite database with the pragmas the app relies on. A path
 * that cannot hold a database throws a DbPathError or a SqliteError; `describeDbError`
 * turns either into one line.
 */
export function openDb(path: string): Db {
  if (path !== ':memory:') {
    const file = resolve(path);
    if (existsSync(file) && statSync(file).isDirectory()) {
      throw new DbPathError(`${file} is a folder; give the path of a database file in it`);
    }
    ensureFolder(dirname(file));
  }
  const sqlite = new Database(path);
  try {
    if (path !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // Every commit that answers a person (a submission, a staff decision, an import) is on
    // disk before the answer goes out, power cut included; decision 081 has the cost.
    sqlite.pragma('synchronous = FULL');
  } catch (e) {
    sqlite.close();
    throw e;
  }
  return drizzle(sqlite, { schema }) as Db;
}

/** Applies every committed migration that has not run yet. */
export function migrateDb(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
}
