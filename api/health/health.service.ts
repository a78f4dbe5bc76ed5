import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIR } from '../../db/client.ts';
import type { Deps } from '../lib/context.ts';

export type Check = { name: string; ok: boolean; detail: string };

type Journal = { entries: { tag: string; when: number }[] };

function lastMigration(): { tag: string; when: number } | undefined {
  const journal = JSON.parse(
    readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8'),
  ) as Journal;
  return journal.entries.at(-1);
}

function databaseWritable(deps: Deps): Check {
  const sqlite = deps.db.$client;
  try {
    // A write that is rolled back: proves the connection, the file and its lock accept
    // writes, and leaves nothing behind.
    const version = Number(sqlite.pragma('user_version', { simple: true }));
    sqlite.exec(`BEGIN IMMEDIATE; PRAGMA user_version = ${version}; ROLLBACK`);
    return { name: 'database', ok: true, detail: 'writable' };
  } catch (e) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    return { name: 'database', ok: false, detail: `not writable: ${(e as Error).message}` };
  }
}

function migrationsApplied(deps: Deps): Check {
  const latest = lastMigration();
  try {
    const row = deps.db.$client
      .prepare('SELECT max(created_at) AS at, count(*) AS n FROM __drizzle_migrations')
      .get() as { at: number | null; n: number };
    const ok = !latest || (row.at !== null && row.at >= latest.when);
    return {
      name: 'migrations',
      ok,
      detail: ok
        ? `${row.n} applied, up to ${latest?.tag ?? 'none'}`
        : `not current: ${latest?.tag} is not applied; run npm run db:migrate`,
    };
  } catch (e) {
    return { name: 'migrations', ok: false, detail: `none applied (${(e as Error).message})` };
  }
}

function webBuild(staticDir: string | undefined): Check {
  if (!staticDir) return { name: 'web', ok: true, detail: 'not served by this process' };
  const index = join(staticDir, 'index.html');
  return existsSync(index)
    ? { name: 'web', ok: true, detail: 'built' }
    : { name: 'web', ok: false, detail: `missing: ${index}; run npm run build` };
}

function readModelBuilt(deps: Deps): Check {
  try {
    // Builds the snapshot if nothing has asked for it yet, so the first visitor does not wait.
    const n = deps.readModel.current().items.length;
    return { name: 'readModel', ok: true, detail: `${n} published entries` };
  } catch (e) {
    return { name: 'readModel', ok: false, detail: `cannot be built: ${(e as Error).message}` };
  }
}

/** Everything a load balancer needs before it sends visitors here. */
export function readiness(deps: Deps, staticDir: string | undefined): Check[] {
  return [
    databaseWritable(deps),
    migrationsApplied(deps),
    webBuild(staticDir),
    readModelBuilt(deps),
  ];
}
