import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createApp, type AppOptions } from '../../../api/app.ts';
import type { StaffRole } from '../../../contract/vocabulary.ts';
import { createStaff } from '../../../api/auth/auth.service.ts';
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

/** A 360 px touch phone, as the phone tests use it. */
export const PHONE_CONTEXT = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
} satisfies BrowserContextOptions;

export type RunningApp = { url: string; db: Db; dir: string; close: () => Promise<void> };

/**
 * Starts the real app (built web app + API) on a fresh file database seeded with the
 * starter catalogue, on a free port of 127.0.0.1. Needs `npm run build` first.
 */
export type StartOptions = Partial<AppOptions> & { seed?: boolean };

export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
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

/**
 * Logs every Content-Security-Policy violation as a console error, so `watchErrors` counts
 * it: the browser only reports them as DevTools issues, which no console listener sees. A
 * string, not a function: tsx would wrap a function with helpers the page does not have.
 */
export const REPORT_CSP_VIOLATIONS =
  "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.sourceFile + ':' + e.lineNumber));";

/**
 * Holds back the requests matching `url` (as on a slow line) until the returned function is
 * called, so a test can look at the page in between. On a browser context the service
 * worker's requests are held too.
 */
export async function holdRequests(
  target: Page | BrowserContext,
  url: string | RegExp,
): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await target.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
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

export type StaffAccount = { email: string; role: StaffRole; password: string; name?: string };
export type OpenPage = { context: BrowserContext; page: Page; errors: string[] };

/** What a test file gets from `startAppAndBrowser()`; usable once its beforeAll has run. */
export type E2eApp = {
  readonly url: string;
  readonly db: Db;
  readonly browser: Browser;
  /** A page in a new browser context, its errors watched; the context closes after the test. */
  newPage(options?: BrowserContextOptions): Promise<OpenPage>;
};

/**
 * Registers the file's beforeAll/afterAll: starts the app (`startApp` options: env, clock,
 * seed...), creates the given staff accounts and launches Chromium; afterwards closes the
 * browser, then the app. Contexts opened with `newPage` close after each test.
 */
export function startAppAndBrowser(
  options: StartOptions & { staff?: StaffAccount[] } = {},
): E2eApp {
  const { staff = [], ...appOptions } = options;
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let open: BrowserContext[] = [];
  const started = () => {
    if (!app || !browser) throw new Error('startAppAndBrowser: used before its beforeAll ran');
    return { app, browser };
  };

  beforeAll(async () => {
    app = await startApp(appOptions);
    browser = await launchBrowser();
    for (const { name = null, ...account } of staff)
      await createStaff(app.db, new Date(), { ...account, name }, { id: null, email: 'e2e' });
  });
  afterEach(async () => {
    const closing = open;
    open = [];
    await Promise.all(closing.map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  return {
    get url() {
      return started().app.url;
    },
    get db() {
      return started().app.db;
    },
    get browser() {
      return started().browser;
    },
    async newPage(contextOptions) {
      const context = await started().browser.newContext(contextOptions);
      open.push(context);
      await context.addInitScript(REPORT_CSP_VIOLATIONS);
      const page = await context.newPage();
      return { context, page, errors: watchErrors(page) };
    },
  };
}
