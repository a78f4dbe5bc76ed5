import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp, type AppOptions } from '../../../api/app.ts';
import { migrateDb, openDb, type Db } from '../../../db/client.ts';
import { seedCatalogue } from '../../../db/seed.ts';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export type RunningApp = { url: string; db: Db; dir: string; close: () => Promise<void> };

/**
 * Starts the real app (built web app + API) on a fresh file database seeded with the
 * starter catalogue, on a free port of 127.0.0.1. Needs `npm run build` first.
 */
export async function startApp(
  options: Partial<AppOptions> & { seed?: boolean } = {},
): Promise<RunningApp> {
  const dir = mkdtempSync(join(tmpdir(), 'pm-e2e-'));
  const db = options.db ?? openDb(join(dir, 'e2e.sqlite'));
  migrateDb(db);
  if (options.seed !== false) seedCatalogue(db);
  const app = createApp({
    staticDir: process.env.STATIC_DIR ?? 'dist/web',
    ...options,
    db,
    env: { LOG_LEVEL: 'silent', ...options.env },
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    dir,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.$client.close();
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        // Keep-alive sockets from the browser would hold close() open.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

/** Debian's Chromium, never a downloaded one. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** Collects page errors so a test can assert the page ran without any. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}
