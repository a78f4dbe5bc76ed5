import { serve, type ServerType } from '@hono/node-server';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';

const SHELL =
  '<!doctype html><html><head><title>Participation Map</title></head>' +
  '<body><div id="root"></div></body></html>';

let server: ServerType | undefined;

afterEach(async () => {
  const open = server as (ServerType & { closeAllConnections?: () => void }) | undefined;
  open?.closeAllConnections?.();
  await new Promise<void>((done) => (open ? open.close(() => done()) : done()));
  server = undefined;
});

/** The app with a built-looking web folder, served on a free loopback port. */
async function listen(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'pm-static-'));
  writeFileSync(join(dir, 'index.html'), SHELL);
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'export const a = 1;');
  mkdirSync(join(dir, 'basemap', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'basemap', 'nested', 'x.json'), '{}');
  const app = createApp({ db: testDb(), staticDir: dir, env: { LOG_LEVEL: 'silent' } });
  return new Promise((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(info.port),
    );
  });
}

/** A GET over a real socket: the status and the whole body, or the error if it was cut. */
function get(
  port: number,
  path: string,
): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
      res.on('error', (e) => resolve({ error: e.message }));
      res.on('aborted', () => resolve({ error: 'aborted' }));
    });
    req.on('error', (e) => resolve({ error: e.message }));
    req.end();
  });
}

describe('folders of the built web app', () => {
  it.each(['/assets', '/basemap', '/basemap/nested', '/assets/', '/basemap/nested/'])(
    '%s answers 404 with the app shell, never a cut connection',
    async (path) => {
      const port = await listen();
      const res = await get(port, path);
      expect(res).toMatchObject({ status: 404 });
      expect('body' in res && res.body).toContain('<div id="root">');
    },
  );

  it('still serves the files inside them', async () => {
    const port = await listen();
    expect(await get(port, '/assets/app-abc123.js')).toEqual({
      status: 200,
      body: 'export const a = 1;',
    });
    expect(await get(port, '/basemap/nested/x.json')).toEqual({ status: 200, body: '{}' });
  });
});
