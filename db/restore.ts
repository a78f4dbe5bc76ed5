import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { backupDatabase, checkDatabaseFile, type BackupCheck } from './backup.ts';
import { migrateDb, openDb } from './client.ts';
import { databasePath } from './config.ts';

/**
 * Replaces the database at `target` with the backup `file`, after checking the backup. The
 * database being replaced is kept beside it first (`<name>.before-restore-<time>`). The copy
 * goes through SQLite's backup API, so the WAL and its index stay consistent. Stop the server
 * first: it keeps its own copy of public data in memory.
 */
export async function restoreDatabase(
  file: string,
  target: string,
  now = new Date(),
): Promise<BackupCheck & { previous?: string }> {
  const check = checkDatabaseFile(resolve(file));
  let previous: string | undefined;
  if (existsSync(target)) {
    previous = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    backupDatabase(target, previous);
  }
  const source = new Database(resolve(file), { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  // A backup from an earlier release is brought up to this one, as a start would.
  const db = openDb(target);
  try {
    migrateDb(db);
  } finally {
    db.$client.close();
  }
  return { ...check, previous };
}

// `npm run db:restore -- FILE`
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { positionals } = parseArgs({ allowPositionals: true });
  const dbPath = databasePath(process.env);
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error('Usage: npm run db:restore -- FILE   (stop the server first)');
    process.exit(2);
  }
  try {
    const result = await restoreDatabase(file, dbPath);
    console.log(
      `Restored ${dbPath} from ${file}: integrity ok, ${result.initiatives} initiatives.` +
        (result.previous ? ` The database it replaced is kept as ${result.previous}.` : ''),
    );
  } catch (e) {
    console.error(`Restore failed: ${(e as Error).message}`);
    process.exit(1);
  }
}
