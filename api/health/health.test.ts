import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateDb, openDb, type Db } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';

let dir: string;
let web: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pm-ready-'));
  web = join(dir, 'web');
  mkdirSync(web);
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Participation Map</title>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Problem = { status: number; title: string; detail: string; requestId: string };

const app = (db: Db, staticDir: string | undefined = web) =>
  createApp({ db, staticDir, env: { LOG_LEVEL: 'silent' } });

async function notReady(res: Response): Promise<Problem> {
  expect(res.status).toBe(503);
  expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  return (await res.json()) as Problem;
}

describe('GET /api/health', () => {
  it('answers that the process is alive, never cached', async () => {
    const res = await app(testDb()).request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('GET /api/ready', () => {
  it('is ready: database writable, migrations applied, web app built, read model built', async () => {
    const res = await app(testDb()).request('/api/ready');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const body = (await res.json()) as { checks: { name: string; ok: boolean }[] };
    expect(body.checks.map((c) => [c.name, c.ok])).toEqual([
      ['database', true],
      ['migrations', true],
      ['web', true],
      ['readModel', true],
    ]);
  });

  it('is not ready when the web build has gone, and says where it looked', async () => {
    const site = app(testDb());
    rmSync(join(web, 'index.html'));
    const body = await notReady(await site.request('/api/ready'));
    expect(body.detail).toBe(`web: missing: ${join(web, 'index.html')}; run npm run build`);
    expect(body.requestId).toBeTruthy();
  });

  it('is not ready when migrations have not run', async () => {
    const db = openDb(':memory:');
    const body = await notReady(await app(db, undefined).request('/api/ready'));
    expect(body.detail).toMatch(/migrations: none applied/);
  });

  it('is not ready when the database cannot be written', async () => {
    const file = join(dir, 'ro.sqlite');
    migrateDb(openDb(file));
    const readOnly = drizzle(new Database(file, { readonly: true }), { schema }) as Db;
    const body = await notReady(await app(readOnly, undefined).request('/api/ready'));
    expect(body.detail).toMatch(/^database: not writable: /);
  });
});
