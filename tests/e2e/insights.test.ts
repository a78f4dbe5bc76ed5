import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Facets, FacetsBreakdown } from '../../contract/initiatives.ts';
import { concernReports, initiatives } from '../../db/schema.ts';
import { seriousViolations } from './helpers/axe.ts';
import { startAppAndBrowser } from './helpers/harness.ts';

const PASSWORD = 'violet harbour lantern 2048 quiet';
const DESKTOP = { viewport: { width: 1280, height: 900 }, acceptDownloads: true };

const app = startAppAndBrowser({
  staff: [{ email: 'moderator@example.org', role: 'moderator', password: PASSWORD }],
});

async function facets(query: string): Promise<Facets & { matches: FacetsBreakdown }> {
  const res = await fetch(`${app.url}/api/initiatives/facets?breakdown=matches&${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Facets & { matches: FacetsBreakdown };
}

/** Every chart's table as { key: count }, read from the page. */
async function tables(page: Page): Promise<Record<string, Record<string, number>>> {
  // Open every "Show the figures as a table" so the tables are visible, as a visitor would.
  const summaries = await page.locator('.chart-table summary').all();
  for (const summary of summaries) await summary.click();
  await expect.poll(() => page.locator('.chart-table table').count()).toBe(summaries.length);
  return page.evaluate(() => {
    const out: Record<string, Record<string, number>> = {};
    for (const card of document.querySelectorAll<HTMLElement>('[data-chart]')) {
      const rows: Record<string, number> = {};
      for (const tr of card.querySelectorAll<HTMLElement>('tbody tr'))
        rows[tr.dataset.key as string] = Number(
          (tr.querySelector('[data-count]')?.textContent ?? '').replace(/\D/g, ''),
        );
      out[card.dataset.chart as string] = rows;
    }
    return out;
  });
}

const figure = async (page: Page, name: string) =>
  Number(
    ((await page.locator(`[data-figure="${name}"] .figure-value`).textContent()) ?? '').replace(
      /\D/g,
      '',
    ),
  );

const A4_PAGES = /\/Type\s*\/Page(?![a-z])/g;

async function openInsights(page: Page, query: string) {
  await page.goto(`${app.url}/insights${query ? `?${query}` : ''}`);
  await page.locator('[data-chart="theme-pairs"] svg').waitFor();
}

describe('/insights', () => {
  for (const query of ['', 'theme=climate,bullying&region=africa,asia&yearFrom=2015']) {
    it(`shows every chart with its title, takeaway and table, equal to the facets API (${query || 'no filters'})`, async () => {
      const { page, errors } = await app.newPage(DESKTOP);
      await openInsights(page, query);
      const api = await facets(query);
      const m = api.matches;
      expect(api.total).toBeGreaterThan(0);

      expect(await figure(page, 'initiatives')).toBe(api.total);
      expect(await figure(page, 'countries')).toBe(api.countries);
      expect(await figure(page, 'regions')).toBe(Object.keys(m.region).length);

      const cards = page.locator('[data-chart]');
      expect(await cards.count()).toBe(7);
      for (const card of await cards.all()) {
        expect(
          ((await card.getByRole('heading', { level: 2 }).textContent()) ?? '').length,
        ).toBeGreaterThan(5);
        expect(
          ((await card.locator('.chart-takeaway').textContent()) ?? '').length,
        ).toBeGreaterThan(20);
        await expect.poll(() => card.locator('svg[role="img"]').count()).toBe(1);
      }

      const t = await tables(page);
      expect(t.theme).toEqual(m.theme);
      expect(t.action).toEqual(m.action);
      expect(t.region).toEqual(m.region);
      expect(t.subregion).toEqual(m.subregion);
      const top = Object.entries(m.country).slice(0, 10);
      for (const [code, n] of Object.entries(t.countries ?? {})) expect(m.country[code]).toBe(n);
      expect(Object.values(t.countries ?? {})).toEqual(top.map(([, n]) => n));
      const years = Object.fromEntries(
        Object.entries(t['start-year'] ?? {}).filter(([k, n]) => k !== 'unknown' && n > 0),
      );
      expect(years).toEqual(m.startYear);
      expect(t['start-year']?.unknown ?? 0).toBe(m.unknownYear);
      expect(t['theme-pairs']).toEqual(
        Object.fromEntries(m.themePairs.slice(0, 10).map((p) => [p.themes.join('+'), p.count])),
      );

      // Every axe rule, tables open.
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('keeps the map’s filters: the map links to the same view here', async () => {
    const { page } = await app.newPage(DESKTOP);
    await page.goto(`${app.url}/?theme=climate&region=africa`);
    await page.getByRole('link', { name: 'See these figures as charts' }).click();
    await page.locator('[data-chart="theme"] svg').waitFor();
    expect(new URL(page.url()).search).toBe('?theme=climate&region=africa');
    expect(await figure(page, 'initiatives')).toBe(
      (await facets('theme=climate&region=africa')).total,
    );
    await expect.poll(() => page.locator('.insights-filters').textContent()).toContain('Africa');
  });

  it('downloads each chart as CSV, SVG and PNG', async () => {
    const { page } = await app.newPage(DESKTOP);
    await openInsights(page, 'theme=climate');
    const card = page.locator('[data-chart="theme"]');
    const save = async (name: RegExp) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        card.getByRole('button', { name }).click(),
      ]);
      return { name: download.suggestedFilename(), body: readFileSync(await download.path()) };
    };
    const csv = await save(/^Download CSV of/);
    expect(csv.name).toBe('participation-map-theme.csv');
    const lines = csv.body
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Theme,code,Initiatives,Share of all');
    const { total, matches } = await facets('theme=climate');
    const fromCsv = Object.fromEntries(
      lines.slice(1).map((l) => {
        const cells = l.split(',');
        return [cells.at(-3), Number(cells.at(-2))];
      }),
    );
    expect(fromCsv).toEqual(matches.theme);
    expect(lines[1]).toContain(
      `,climate,${matches.theme.climate},${(matches.theme.climate ?? 0) / total}`,
    );

    const svg = await save(/^Download SVG of/);
    expect(svg.name).toBe('participation-map-theme.svg');
    const text = svg.body.toString('utf8');
    expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('Initiatives by theme');
    expect(text).toContain('Source: Participation Map');

    const png = await save(/^Download PNG of/);
    expect(png.name).toBe('participation-map-theme.png');
    expect(png.body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.body.readUInt32BE(16)).toBeGreaterThan(900); // drawn at twice the SVG's width
  });

  for (const query of ['', 'country=KE,NG']) {
    it(`prints on at most two A4 pages, with the date and source (${query || 'no filters'})`, async () => {
      const { page } = await app.newPage(DESKTOP);
      await openInsights(page, query);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.chart-downloads').first().isVisible()).toBe(false);
      const source = (await page.locator('.insights-source').textContent()) ?? '';
      expect(source).toMatch(/Source: Participation Map, http:\/\/127\.0\.0\.1:\d+\/insights/);
      expect(source).toMatch(/as of \w+ \d{1,2}, \d{4}/);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = pdf.toString('latin1').match(A4_PAGES)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    });
  }
});

describe('/staff/insights', () => {
  it('answers 401 to visitors', async () => {
    const res = await fetch(`${app.url}/api/moderation/insights`);
    expect(res.status).toBe(401);
    const { page } = await app.newPage(DESKTOP);
    await page.goto(`${app.url}/staff/insights`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.locator('[data-chart]').count()).toBe(0);
  });

  it('shows the staff figures to signed-in staff, and nothing personal', async () => {
    const db = app.db;
    const now = Date.now();
    const iso = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString();
    const published = db
      .insert(initiatives)
      .values([
        {
          slug: 'e2e-staff-insights-pending',
          title: 'Amina Otieno river club',
          summary: 'x',
          country: 'KE',
          origin: 'submission',
          status: 'pending',
          createdAt: iso(3),
        },
        {
          slug: 'e2e-staff-insights-rejected',
          title: 'Rejected club',
          summary: 'x',
          country: 'KE',
          origin: 'submission',
          status: 'rejected',
          rejectReason: 'Not led by children',
          createdAt: iso(10),
        },
      ])
      .returning({ id: initiatives.id })
      .all()[0] as { id: number };
    db.insert(concernReports)
      .values({ initiativeId: published.id, reason: 'inaccurate', createdAt: iso(1) })
      .run();

    const { page, errors } = await app.newPage(DESKTOP);
    await page.goto(`${app.url}/staff/insights`);
    await page.getByLabel('Email').fill('moderator@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Insights for staff' }).waitFor();
    await page.locator('[data-chart="origins"] svg').waitFor();

    expect(await figure(page, 'pending')).toBe(1);
    expect(await figure(page, 'open-concerns')).toBe(1);
    const t = await tables(page);
    expect(Object.keys(t)).toEqual([
      'submissions-per-week',
      'queue-age',
      'outcomes',
      'reject-reasons',
      'concerns',
      'origins',
    ]);
    expect(t['queue-age']).toEqual({ day: 0, week: 1, month: 0, older: 0 });
    expect(t.outcomes).toMatchObject({ pending: 1, rejected: 1 });
    expect(t.concerns).toEqual({ inaccurate: 1 });
    expect(Object.values(t['submissions-per-week'] ?? {}).reduce((a, b) => a + b, 0)).toBe(2);
    await expect
      .poll(() => page.locator('[data-chart="reject-reasons"]').textContent())
      .toContain('Not led by children');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain('Amina');
    expect(text).not.toContain('moderator@example.org');
    expect(await seriousViolations(page)).toEqual([]);
    // The session check before signing in answers 401; nothing else may fail.
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });
});
