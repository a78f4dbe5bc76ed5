import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  fakeWebBuild,
  freePort,
  killAll,
  run,
  startServer,
  untilRunning,
  withTimeout,
} from '../tests/helpers/server-process.ts';
import { checkDatabaseFile } from './backup.ts';
import { migrateDb, openDb } from './client.ts';
import { restoreDatabase } from './restore.ts';
import { seedReference } from './seed.ts';
import { submissionBody } from '../tests/helpers/submission-body.ts';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pm-backup-'));
});
afterEach(killAll);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freshDatabase(file: string) {
  const db = openDb(file);
  migrateDb(db);
  seedReference(db);
  db.$client.close();
}

function submission(n: number) {
  return submissionBody({
    title: `Backup stream entry ${n}`,
    summary:
      'Children in our town meet every week and ask the council for safer streets to school.',
  });
}

describe('npm run db:backup', { timeout: 120_000 }, () => {
  it('taken under a stream of submissions, holds every one acknowledged before it began', async () => {
    const live = join(dir, 'live.sqlite');
    freshDatabase(live);
    const port = await freePort();
    const server = startServer({
      DATABASE_PATH: live,
      PORT: String(port),
      STATIC_DIR: fakeWebBuild(dir),
      // Each writer below is its own client, as many children on many phones would be.
      TRUST_PROXY: 'true',
    });
    await untilRunning(server);

    const acknowledged: { reference: string; at: number }[] = [];
    let stop = false;
    let n = 0;
    const writer = async (w: number) => {
      while (!stop) {
        const i = n++;
        const res = await fetch(`http://127.0.0.1:${port}/api/submissions`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Forwarded-For': `10.${w}.${Math.floor(i / 250) % 250}.${i % 250}`,
          },
          body: JSON.stringify(submission(i)),
        });
        const body = (await res.json()) as { reference: string };
        expect(res.status, JSON.stringify(body)).toBe(201);
        acknowledged.push({ reference: body.reference, at: Date.now() });
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20));

    const out = join(dir, 'backup.sqlite');
    const began = Date.now();
    const before = acknowledged.filter((a) => a.at < began).map((a) => a.reference);
    const backup = run([process.execPath, '--import', 'tsx', 'db/backup.ts', '--out', out], {
      DATABASE_PATH: live,
    });
    const { code } = await withTimeout(backup.exited, 60_000, 'db:backup');
    const during = acknowledged.filter((a) => a.at >= began).length;
    stop = true;
    await Promise.all(writers);
    expect(code, backup.stderr()).toBe(0);
    expect(backup.stdout()).toMatch(/integrity ok/);
    expect(during).toBeGreaterThan(0);

    const copy = new Database(out, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set(
      (copy.prepare('SELECT reference FROM initiatives').all() as { reference: string }[]).map(
        (r) => r.reference,
      ),
    );
    copy.close();
    expect(before.length).toBeGreaterThanOrEqual(40);
    expect(before.filter((ref) => !stored.has(ref))).toEqual([]);
    server.child.kill('SIGTERM');
    await withTimeout(server.exited, 15_000, 'server');
  });

  it('refuses to overwrite a file', async () => {
    const live = join(dir, 'small.sqlite');
    freshDatabase(live);
    const out = join(dir, 'taken.sqlite');
    writeFileSync(out, 'keep me');
    const backup = run([process.execPath, '--import', 'tsx', 'db/backup.ts', '--out', out], {
      DATABASE_PATH: live,
    });
    expect((await withTimeout(backup.exited, 30_000, 'db:backup')).code).toBe(1);
    expect(backup.stderr()).toMatch(/^Backup failed: .*already exists/);
  });
});

describe('npm run db:restore', () => {
  it('restores a checked backup and keeps the database it replaced', async () => {
    const good = join(dir, 'good.sqlite');
    freshDatabase(good);
    const target = join(dir, 'target.sqlite');
    freshDatabase(target);
    const result = await restoreDatabase(good, target);
    expect(result.previous).toMatch(/target\.sqlite\.before-restore-/);
    expect(checkDatabaseFile(target).migrations).toBeGreaterThan(0);
    expect(checkDatabaseFile(result.previous!).migrations).toBeGreaterThan(0);
  });

  it('refuses a damaged file, a file that is not a database and one from another app', async () => {
    const target = join(dir, 'keep.sqlite');
    freshDatabase(target);
    const damaged = join(dir, 'damaged.sqlite');
    freshDatabase(damaged);
    const bytes = new Database(damaged);
    const pages = Number(bytes.pragma('page_count', { simple: true }));
    bytes.close();
    const fd = await import('node:fs/promises').then((fs) => fs.open(damaged, 'r+'));
    await fd.write(Buffer.alloc(4096, 0x41), 0, 4096, 4096 * Math.floor(pages / 2));
    await fd.close();
    const text = join(dir, 'text.sqlite');
    writeFileSync(text, 'not a database '.repeat(500));
    const other = join(dir, 'other.sqlite');
    new Database(other).exec('CREATE TABLE notes (x)');
    for (const file of [damaged, text, other]) {
      await expect(restoreDatabase(file, target)).rejects.toThrow();
    }
    expect(checkDatabaseFile(target).migrations).toBeGreaterThan(0);
  });
});
