import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { initiatives } from '../../db/schema.ts';
import { PHONE_CONTEXT, holdRequests, startAppAndBrowser } from './helpers/harness.ts';
import { mapReady } from './map-helpers.ts';

// The server believes a minute has passed since the form opened (as in submit.test.ts).
const app = startAppAndBrowser({ now: () => new Date(Date.now() + 60_000) });

/** A first visit with a connection, until the service worker has kept what it keeps. */
async function firstVisit(page: Page) {
  await page.goto(`${app.url}/`);
  await mapReady(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
    timeout: 30_000,
  });
}

describe('a second visit without a connection, on a 360 px phone', () => {
  it('opens the map with its headline, list and map from what the first visit kept', async () => {
    const { context, page, errors } = await app.newPage(PHONE_CONTEXT);
    await firstVisit(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /child-led initiatives/i }).waitFor();
    // The server's first paint lists the first entries; the app then takes over with the
    // whole list from the kept data.
    const entries = page.locator('.result-list a[href^="/initiatives/"]');
    await entries.first().waitFor();
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBeGreaterThan(5);
    await page.getByText(/^Showing 20 of \d+/).waitFor();
    await mapReady(page);
    expect(errors.filter((e) => !/Failed to load resource|net::ERR/.test(e))).toEqual([]);
  });

  it('lets a child fill in and send the form offline; it goes once, when back online', async () => {
    const { context, page } = await app.newPage(PHONE_CONTEXT);
    await firstVisit(page);
    await context.setOffline(true);
    await page.goto(`${app.url}/tell`);
    await page.getByRole('button', { name: /let's start/i }).click();
    await page.getByLabel(/short name/i).fill('Offline kites for peace');
    await page
      .getByLabel(/what do you do/i)
      .fill('We fly kites with messages about peace and ask the school to stop fights.');
    const next = () => page.getByRole('button', { name: /next/i }).click();
    await next();
    await page.getByLabel('Country').selectOption('KE');
    await next();
    await page.getByRole('checkbox', { name: /climate and nature/i }).check();
    await next();
    await page.getByRole('checkbox', { name: /telling people/i }).check();
    await next();
    await page.getByRole('radio', { name: '10 to 14' }).check();
    await page.getByRole('radio', { name: '6 to 20' }).check();
    await page.getByRole('radio', { name: /lead it themselves/i }).check();
    await next();
    await next();
    await page.getByRole('checkbox', { name: /i have permission/i }).check();
    await page.getByRole('button', { name: /send to the team/i }).click();

    await page.getByRole('heading', { name: /saved on this device/i }).waitFor();
    expect(await page.getByRole('status').first().textContent()).toMatch(/back online/i);
    const stored = () =>
      app.db
        .select()
        .from(initiatives)
        .where(eq(initiatives.title, 'Offline kites for peace'))
        .all();
    expect(stored()).toHaveLength(0);

    await context.setOffline(false);
    await page.getByRole('heading', { name: /thank you/i }).waitFor({ timeout: 20_000 });
    const reference = (await page.getByTestId('reference').textContent())?.trim();
    expect(stored()).toHaveLength(1);
    expect(stored()[0]?.reference).toBe(reference);

    // A later visit sends nothing again.
    await page.goto(`${app.url}/`);
    await mapReady(page);
    expect(
      await page.evaluate(() => localStorage.getItem('participation-map:tell-outbox:v1')),
    ).toBe(null);
    expect(stored()).toHaveLength(1);
  });
});

/** The live map's files the service worker keeps (maplibre-gl, its worker, the basemap). */
function keptMapCode(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names: string[] = [];
    for (const key of await caches.keys())
      for (const request of await (await caches.open(key)).keys())
        if (/maplibre-gl|countries-110m/.test(request.url))
          names.push(new URL(request.url).pathname.replace(/-[\w-]{8}(\.\w+)$/, '$1'));
    return names.sort();
  });
}

const MAP_CODE = [
  '/assets/countries-110m.json',
  '/assets/maplibre-gl-worker.mjs',
  '/assets/maplibre-gl.js',
];

/** The live map's code is kept; then, without a connection, the page opens with it. */
async function opensOfflineWithTheLiveMap(page: Page, goOffline: () => Promise<void>) {
  await expect.poll(() => keptMapCode(page), { timeout: 30_000 }).toEqual(MAP_CODE);
  await goOffline();
  await page.reload();
  await mapReady(page);
}

describe("the live map's code and the service worker", () => {
  it('a phone showing the picture downloads none of it; once the live map is opened, it opens offline', async () => {
    const { context, page, errors } = await app.newPage(PHONE_CONTEXT);
    const mapCode: string[] = [];
    context.on('request', (r) => {
      if (/maplibre-gl|countries-110m/.test(r.url())) mapCode.push(r.url());
    });
    await page.goto(`${app.url}/`);
    await page.locator('.map-picture-open').waitFor();
    // The worker has kept what it keeps on install once it controls the page.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
      timeout: 30_000,
    });
    expect(mapCode).toEqual([]);
    expect(await keptMapCode(page)).toEqual([]);

    await page.getByRole('button', { name: 'Open the interactive map' }).click();
    await mapReady(page);
    await opensOfflineWithTheLiveMap(page, () => context.setOffline(true));
    expect(errors.filter((e) => !/Failed to load resource|net::ERR/.test(e))).toEqual([]);
  });

  it('a wide screen registers the worker only once the live map has drawn, not while it loads', async () => {
    const { page } = await app.newPage({ viewport: { width: 1280, height: 800 } });
    // The map cannot draw while its shapes are held back.
    const release = await holdRequests(page, /\/assets\/countries-110m[^/]*\.json$/);
    await page.goto(`${app.url}/`);
    await page.waitForFunction(() => document.readyState === 'complete');
    const registered = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
    // Registered at load, the worker would be there well within two seconds.
    await page.waitForTimeout(2_000);
    expect(await registered()).toBe(false);
    release();
    await mapReady(page);
    await expect.poll(registered, { timeout: 15_000 }).toBe(true);
  });

  it('a wide screen, whose first visit loads the live map before the worker runs, opens it offline next time', async () => {
    const { context, page, errors } = await app.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.url}/`);
    await mapReady(page);
    await opensOfflineWithTheLiveMap(page, () => context.setOffline(true));
    expect(errors.filter((e) => !/Failed to load resource|net::ERR/.test(e))).toEqual([]);
  });
});

describe('the first paint, before any JavaScript (360 px phone)', () => {
  it('the server sends the headline and the first entries as HTML', async () => {
    const { page } = await app.newPage({ ...PHONE_CONTEXT, javaScriptEnabled: false });
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { level: 1, name: /child-led initiatives/i }).waitFor();
    expect(await page.getByTestId('headline').textContent()).toMatch(
      /^\d+ initiatives in \d+ countries$/,
    );
    const entries = page.locator('.result-list a[href^="/initiatives/"]');
    expect(await entries.count()).toBeGreaterThanOrEqual(10);
    // A plain link: it opens the initiative without any script.
    const href = await entries.first().getAttribute('href');
    await entries.first().click();
    await page.waitForURL(`${app.url}${href}`);
    // ...whose head is HTML too: title, country and summary, and the way back to the map.
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect((await page.locator('#initiative-title').textContent())?.length).toBeGreaterThan(3);
    expect(await page.locator('.initiative-page .eyebrow').textContent()).toMatch(/ · /);
    expect((await page.locator('.initiative-page .lead').textContent())?.length).toBeGreaterThan(
      20,
    );
    await page.getByRole('link', { name: /back to the map/i }).click();
    await page.waitForURL(/\/\?selected=/);
  });
});
