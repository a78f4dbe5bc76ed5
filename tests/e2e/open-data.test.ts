import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDb, openDb } from '../../db/client.ts';
import { insertInitiative } from '../helpers/factories.ts';
import { seriousViolations } from './helpers/axe.ts';
import {
  holdRequests,
  launchBrowser,
  REPORT_CSP_VIOLATIONS,
  startApp,
  watchErrors,
  type RunningApp,
} from './helpers/harness.ts';

type Facets = { total: number; countries: number };

let app: RunningApp;
let browser: Browser;
let partner: { server: Server; url: string; html: string };

const api = async <T>(path: string): Promise<T> =>
  (await (await fetch(`${app.url}/api${path}`)).json()) as T;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  // A partner's site: another origin (another port of this machine) serving one page.
  partner = { server: createServer(), url: '', html: '' };
  partner.server.on('request', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(partner.html);
  });
  await new Promise<void>((resolve) => partner.server.listen(0, '127.0.0.1', resolve));
  partner.url = `http://127.0.0.1:${(partner.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => partner?.server.close(resolve));
  await app?.close();
});

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(REPORT_CSP_VIOLATIONS);
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

describe('open data and partner reach', () => {
  it('a partner page frames /embed and reads the API, but neither a staff page nor the staff API', async () => {
    const climate = await api<Facets>('/initiatives/facets?theme=climate');

    // The partner takes the code from "Embed this map" on the map, filtered to climate.
    const { page: ours } = await newPage();
    await ours.goto(`${app.url}/?theme=climate`);
    await ours.getByRole('button', { name: 'Embed this map' }).click();
    const code = await ours.getByLabel('Code to copy').inputValue();
    expect(code).toContain(`src="${app.url}/embed?theme=climate"`);
    await ours.context().close();

    partner.html = `<!doctype html><html lang="en"><head><title>Partner news</title></head><body>
      <h1>Our partners' map</h1>
      ${code}
      <iframe id="staff" title="Staff" src="${app.url}/staff" width="400" height="300"></iframe>
      <script>
        fetch('${app.url}/api/initiatives?theme=climate&limit=5')
          .then((r) => r.json())
          .then((b) => { document.body.dataset.total = String(b.total); })
          .catch((e) => { document.body.dataset.total = 'refused: ' + e; });
        fetch('${app.url}/api/moderation/entries', { credentials: 'include' })
          .then(() => { document.body.dataset.staff = 'read'; })
          .catch(() => { document.body.dataset.staff = 'refused'; });
      </script></body></html>`;
    const { page, errors } = await newPage();
    await page.goto(partner.url);

    // The embedded map shows the climate view, with its list and a link to the full map.
    const embed = page.frameLocator('iframe[src*="/embed"]');
    await expect
      .poll(() => embed.getByTestId('embed-headline').textContent(), { timeout: 20_000 })
      .toBe(`${climate.total} initiatives in ${climate.countries} countries`);
    expect(await embed.locator('.result-list li').count()).toBeGreaterThan(0);
    expect(await embed.getByRole('link', { name: /Open the full map/ }).getAttribute('href')).toBe(
      '/?theme=climate',
    );
    await expect.poll(() => embed.locator('canvas.maplibregl-canvas').count()).toBe(1);

    // The partner's script reads the public API across origins.
    await expect
      .poll(() => page.evaluate(() => document.body.dataset.total))
      .toBe(String(climate.total));

    // The staff page refuses the frame; the staff API refuses the script.
    await expect.poll(() => page.evaluate(() => document.body.dataset.staff)).toBe('refused');
    const staffFrame = await (await page.$('#staff'))?.contentFrame();
    expect(staffFrame?.url()).not.toContain('/staff');
    expect(await staffFrame?.locator('#root').count()).toBe(0);

    // The only errors are the refusals themselves: nothing went wrong inside the embedded map.
    const unexpected = errors.filter(
      (e) =>
        !/frame-ancestors|X-Frame-Options|Refused to display|CORS policy|Failed to load resource|net::ERR_FAILED/i.test(
          e,
        ),
    );
    expect(unexpected).toEqual([]);
    expect(errors.some((e) => /frame-ancestors|Refused to display/i.test(e))).toBe(true);
  });

  it('the embedded map and the embed dialog have no serious accessibility violations (axe)', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/embed?theme=climate`);
    await page.locator('.result-list li').first().waitFor();
    await page.locator('canvas.maplibregl-canvas').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${app.url}/?theme=climate`);
    await page.getByRole('button', { name: 'Embed this map' }).click();
    await page.getByRole('dialog', { name: 'Embed this map on your site' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('an embedded view that matches nothing says so in words, as the map page does', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/embed?q=${encodeURIComponent('zzqx nothing like this')}`);
    await expect
      .poll(() => page.getByTestId('embed-headline').textContent(), { timeout: 20_000 })
      .toBe('No initiatives match');
    // On the map page, while the words are looked up (held back here), the headline says it
    // is counting: never the count of every entry shown meanwhile.
    const release = await holdRequests(page.context(), /\/api\/initiatives\/points\?.*q=/);
    await page.goto(`${app.url}/?q=${encodeURIComponent('zzqx nothing like this')}`);
    await page.getByText('Searching…').waitFor();
    expect(await page.getByTestId('headline').textContent()).toBe('Counting initiatives…');
    release();
    await expect
      .poll(() => page.getByTestId('headline').textContent(), { timeout: 20_000 })
      .toBe('No initiatives match');
    expect(errors).toEqual([]);
  });

  it('the map page offers the CSV and GeoJSON of exactly the entries shown', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/?theme=climate&region=africa`);
    const facets = await api<Facets>('/initiatives/facets?theme=climate&region=africa');
    // A shared link with filters: the server's first paint holds the heading only, and the app
    // takes over once the explorer's code and data are in (decision 130).
    await page.locator('.result-list li[data-slug]').first().waitFor();
    await expect
      .poll(() => page.getByTestId('headline').textContent())
      .toBe(`${facets.total} initiatives in ${facets.countries} countries`);
    const csvHref = await page
      .getByRole('link', { name: 'Download CSV (spreadsheet)' })
      .getAttribute('href');
    const geoHref = await page
      .getByRole('link', { name: 'Download GeoJSON (for maps)' })
      .getAttribute('href');
    const csv = await (await fetch(`${app.url}${csvHref}`)).text();
    const rows = csv.trim().split('\r\n');
    const geo = (await (await fetch(`${app.url}${geoHref}`)).json()) as {
      features: { properties: { slug: string } }[];
    };
    expect(geo.features).toHaveLength(facets.total);
    // Shown in the list: its first page, in the same order as the files.
    const shown = await page
      .locator('.result-list li[data-slug]')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-slug')));
    expect(geo.features.slice(0, shown.length).map((f) => f.properties.slug)).toEqual(shown);
    expect(rows).toHaveLength(facets.total + 1);
    expect(errors).toEqual([]);
  });

  it('the Atom feed is well-formed XML with the newest published entries of its filter', async () => {
    // Published by another process, as the staff workspace or an import would.
    const other = openDb(join(app.dir, 'e2e.sqlite'));
    migrateDb(other);
    insertInitiative(other, {
      slug: 'e2e-newest-climate-entry',
      title: 'Newest climate entry',
      themes: ['climate'],
      publishedAt: new Date(Date.now() + 60_000).toISOString(),
    });
    other.$client.close();

    const { page, errors } = await newPage();
    await page.goto(`${app.url}/?theme=climate`);
    const feedHref = await page
      .locator('link[rel="alternate"][type="application/atom+xml"]')
      .last()
      .getAttribute('href');
    expect(feedHref).toBe('/api/initiatives.atom?theme=climate');
    const parsed = await page.evaluate(async (href) => {
      const xml = await (await fetch(href)).text();
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.namespaceURI,
        ids: [...doc.getElementsByTagNameNS(ns, 'entry')].map(
          (e) => e.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
        ),
      };
    }, feedHref ?? '');
    expect(parsed.error).toBe(0);
    expect(parsed.root).toBe('http://www.w3.org/2005/Atom');
    expect(parsed.ids[0]).toBe(`${app.url}/initiatives/e2e-newest-climate-entry`);
    const climate = await api<{ items: { slug: string }[]; total: number }>(
      '/initiatives?theme=climate&limit=500',
    );
    const climateSlugs = new Set(climate.items.map((i) => `${app.url}/initiatives/${i.slug}`));
    expect(parsed.ids).toHaveLength(Math.min(50, climate.total));
    for (const id of parsed.ids) expect(climateSlugs.has(id), id).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the sitemap lists every published initiative', async () => {
    const { page } = await newPage();
    await page.goto(`${app.url}/robots.txt`);
    expect(await page.locator('body').textContent()).toContain(`Sitemap: ${app.url}/sitemap.xml`);
    const locs = await page.evaluate(async () => {
      const xml = await (await fetch('/sitemap.xml')).text();
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return [...doc.getElementsByTagName('loc')].map((l) => l.textContent ?? '');
    });
    const published = app.db.$client
      .prepare("SELECT slug FROM initiatives WHERE status = 'published'")
      .pluck()
      .all() as string[];
    expect(published.length).toBeGreaterThan(400);
    const listed = new Set(locs);
    for (const slug of published)
      expect(listed.has(`${app.url}/initiatives/${slug}`), slug).toBe(true);
    expect(locs).toContain(`${app.url}/`);
    // English unprefixed; each other language lists the same pages under its prefix.
    expect(locs.filter((l) => l.startsWith(`${app.url}/initiatives/`))).toHaveLength(
      published.length,
    );
    expect(locs.filter((l) => l.startsWith(`${app.url}/ar/initiatives/`))).toHaveLength(
      published.length,
    );
    expect(listed.has(`${app.url}/fr/initiatives/${published[0]}`)).toBe(true);
  });

  it("an initiative's link preview is a 1200 x 630 PNG", async () => {
    const [first] = (await api<{ items: { slug: string }[] }>('/initiatives?limit=1')).items;
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/initiatives/${first?.slug}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(new RegExp(`^${app.url}/api/previews/initiatives/${first?.slug}\\?v=`));
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
      'summary_large_image',
    );
    const size = await page.evaluate(async (src) => {
      const res = await fetch(src);
      const bitmap = await createImageBitmap(await res.blob());
      return { type: res.headers.get('content-type'), w: bitmap.width, h: bitmap.height };
    }, image ?? '');
    expect(size).toEqual({ type: 'image/png', w: 1200, h: 630 });
    expect(errors).toEqual([]);
  });
});
