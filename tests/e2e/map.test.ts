import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.ts';
import { holdRequests, PHONE_CONTEXT, startAppAndBrowser } from './helpers/harness.ts';
import {
  featurePosition,
  headlineText,
  mapReady,
  nextMapUpdate,
  type OverlayHandle,
} from './map-helpers.ts';

type Facets = { total: number; countries: number; country: Record<string, number> };
type Feature = {
  properties: { slug: string; title: string; country: string; approximate: boolean };
};

const app = startAppAndBrowser();
let page: Page;
let errors: string[];

const api = async <T>(path: string): Promise<T> =>
  (await (await fetch(`${app.url}/api${path}`)).json()) as T;
const headlineFor = (f: Facets) =>
  `${f.total.toLocaleString('en')} initiative${f.total === 1 ? '' : 's'} in ${f.countries} countr${f.countries === 1 ? 'y' : 'ies'}`;

beforeEach(async () => {
  ({ page, errors } = await app.newPage({ viewport: { width: 1400, height: 900 } }));
});

describe('map explorer', () => {
  it('draws the map canvas with clustered points, shading and the headline', async () => {
    const all = await api<Facets>('/initiatives/facets');
    await page.goto(`${app.url}/`);
    await mapReady(page);
    await expect.poll(() => headlineText(page)).toBe(headlineFor(all));
    const drawn = await page.evaluate(() => {
      const overlay = (window as unknown as { __pmOverlay: OverlayHandle }).__pmOverlay;
      const drawn = overlay.rendered();
      const clusters = drawn.filter((f) => f.kind === 'cluster');
      const points = drawn.filter((f) => f.kind === 'point');
      const labels = overlay.renderedLabels().map((l) => l.name);
      return { clusters: clusters.length, points: points.length, labels };
    });
    expect(drawn.clusters).toBeGreaterThan(5);
    expect(drawn.points).toBeGreaterThan(0);
    // Country names, drawn without a glyph server, with the site's own names
    expect(drawn.labels.length).toBeGreaterThan(5);
    expect(drawn.labels).toContain('Brazil');
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);
    // Shown once drawn: the loading message gives way to the map and its overlay
    await expect.poll(() => page.locator('canvas.maplibregl-canvas').isVisible()).toBe(true);
    expect(await page.locator('canvas.map-overlay').isVisible()).toBe(true);
    expect(await page.getByText('Loading the map…').count()).toBe(0);
    await expect.poll(() => page.getByText(`Showing 20 of ${all.total}`).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('builds the live map without an endless animation, cutting one copy of the world', async () => {
    // The basemap's shapes are held back, so the map stays on its loading message.
    const release = await holdRequests(page, '**/assets/countries-110m-*.json');
    await page.goto(`${app.url}/`);
    const loading = page.locator('.map-area').getByText('Loading the map…');
    await loading.waitFor();
    // Words only: a turning spinner would have the browser draw 60 frames a second, taking
    // that time from building the map on a slow device.
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    release();
    await mapReady(page);
    // The first view ends short of the antimeridian: its tiles are those of one copy of the
    // world (four at this size), not also the next copy's.
    const tiles = await page.evaluate(() => {
      const map = (window as unknown as { __pmMap: MapLibreMap }).__pmMap;
      const cache = map.style.tileManagers.countries as unknown as {
        getVisibleCoordinates(): { wrap: number }[];
      };
      return cache.getVisibleCoordinates().map((c) => c.wrap);
    });
    expect(tiles).toEqual([0, 0, 0, 0]);
    expect(errors).toEqual([]);
  });

  it('a theme filter changes the map, the list, the counts and the address', async () => {
    const climate = await api<Facets>('/initiatives/facets?theme=climate');
    await page.goto(`${app.url}/`);
    await mapReady(page);
    const update = nextMapUpdate(page);
    await page.getByRole('checkbox', { name: /^Climate change and environment/ }).check();
    expect(await update).toBe(climate.total);
    await expect.poll(() => headlineText(page)).toBe(headlineFor(climate));
    expect(await page.getByText(`Showing 20 of ${climate.total}`).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('theme')).toBe('climate');
    // Counts of the other themes now count entries that also match... the other filters only
    const gender = await api<Facets & { theme: Record<string, number> }>(
      '/initiatives/facets?theme=climate',
    );
    await expect
      .poll(() =>
        page
          .getByRole('checkbox', {
            name: `Gender-based violence, child marriage and other harmful practices (${gender.theme.gender})`,
          })
          .count(),
      )
      .toBe(1);
    expect(errors).toEqual([]);
  });

  it('combines a region with a text search', async () => {
    const expected = await api<Facets>('/initiatives/facets?region=africa&q=school');
    const list = await api<{ items: { slug: string; region: string }[] }>(
      '/initiatives?region=africa&q=school&limit=500',
    );
    expect(expected.total).toBeGreaterThan(0);
    await page.goto(`${app.url}/`);
    await mapReady(page);
    await page.getByRole('combobox', { name: 'Region', exact: true }).selectOption('africa');
    await page.getByRole('searchbox', { name: 'Search' }).fill('school');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect.poll(() => headlineText(page)).toBe(headlineFor(expected));
    const shown = Math.min(20, expected.total);
    await expect
      .poll(() => page.getByText(`Showing ${shown} of ${expected.total}`).count())
      .toBe(1);
    const first = list.items[0]?.slug;
    expect(await page.locator(`li[data-slug="${first}"]`).count()).toBe(1);
    const url = new URL(page.url());
    expect(url.searchParams.get('region')).toBe('africa');
    expect(url.searchParams.get('q')).toBe('school');
  });

  it('clicking a point opens its summary card with the source', async () => {
    const facets = await api<Facets>('/initiatives/facets');
    const single = Object.entries(facets.country).find(([, n]) => n === 1)?.[0];
    const fc = await api<{ features: Feature[] }>(`/initiatives.geojson?country=${single}`);
    const target = fc.features[0]?.properties;
    expect(target).toBeDefined();
    await page.goto(`${app.url}/?country=${single}`);
    await mapReady(page);
    const pos = await featurePosition(page, 'point', { slug: target?.slug });
    await page.mouse.click(pos.x, pos.y);
    const card = page.getByTestId('initiative-card');
    await expect
      .poll(() => card.getByRole('heading', { level: 2 }).textContent())
      .toBe(target?.title);
    await expect
      .poll(() => card.getByRole('link', { name: /Source|\S/ }).count())
      .toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get('selected')).toBe(target?.slug);
    await page.keyboard.press('Escape');
    expect(await card.count()).toBe(0);
  });

  it('lists entries that share one point so each stays reachable', async () => {
    const fc = await api<{ features: (Feature & { geometry: { coordinates: number[] } })[] }>(
      '/initiatives.geojson',
    );
    const byPoint = new Map<string, Feature[]>();
    for (const f of fc.features) {
      const key = f.geometry.coordinates.join(',');
      byPoint.set(key, [...(byPoint.get(key) ?? []), f]);
    }
    const shared = [...byPoint.values()].find(
      (group) =>
        group.length >= 2 &&
        fc.features.filter((f) => f.properties.country === group[0]?.properties.country).length ===
          group.length,
    );
    expect(shared).toBeDefined();
    const country = shared?.[0]?.properties.country;
    await page.goto(`${app.url}/?country=${country}`);
    await mapReady(page);
    const pos = await featurePosition(page, 'cluster');
    await page.mouse.click(pos.x, pos.y);
    const stack = page.getByTestId('stack-card');
    await expect.poll(() => stack.getByRole('button').count()).toBe((shared?.length ?? 0) + 1);
    await stack
      .getByRole('button', { name: new RegExp(shared?.[1]?.properties.title.slice(0, 20) ?? '') })
      .click();
    await expect
      .poll(() =>
        page.getByTestId('initiative-card').getByRole('heading', { level: 2 }).textContent(),
      )
      .toBe(shared?.[1]?.properties.title);
  });

  it('clicking a country shows its initiatives', async () => {
    await page.goto(`${app.url}/`);
    await mapReady(page);
    const pos = await page.evaluate(() => {
      const m = (window as unknown as { __pmMap: MapLibreMap }).__pmMap;
      // Brazil's interior, away from its points
      const p = m.project([-53, -10]);
      const r = m.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    await page.mouse.click(pos.x, pos.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe('BR');
    const br = await api<Facets>('/initiatives/facets?country=BR');
    await expect.poll(() => headlineText(page)).toBe(headlineFor(br));
  });

  it('Back restores the previous filters', async () => {
    await page.goto(`${app.url}/`);
    await mapReady(page);
    const climate = page.getByRole('checkbox', { name: /^Climate change and environment/ });
    const bullying = page.getByRole('checkbox', { name: /^Bullying and peer violence/ });
    await climate.check();
    await expect.poll(() => page.url()).toContain('theme=climate');
    await bullying.check();
    await expect.poll(() => page.url()).toContain('theme=climate,bullying');
    await page.goBack();
    await expect.poll(() => bullying.isChecked()).toBe(false);
    expect(await climate.isChecked()).toBe(true);
    const climateOnly = await api<Facets>('/initiatives/facets?theme=climate');
    await expect.poll(() => headlineText(page)).toBe(headlineFor(climateOnly));
    await page.goBack();
    await expect.poll(() => climate.isChecked()).toBe(false);
  });

  it('the list opens the card by keyboard and Escape returns focus', async () => {
    await page.goto(`${app.url}/`);
    await mapReady(page);
    const button = page.getByRole('button', { name: /^Show on map: / }).first();
    await button.focus();
    await page.keyboard.press('Enter');
    const card = page.getByTestId('initiative-card');
    await expect.poll(() => card.count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('map-card-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('works on a 360 px phone: filters fold away, list below the map', async () => {
    const { context: phone, page: p, errors: errs } = await app.newPage(PHONE_CONTEXT);
    await p.goto(`${app.url}/`);
    await mapReady(p);
    const toggle = p.getByRole('button', { name: /^Filters/ });
    expect(await p.getByRole('checkbox', { name: /^Climate change/ }).isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await p.getByRole('checkbox', { name: /^Climate change/ }).check();
    await expect.poll(() => p.url()).toContain('theme=climate');
    const map = await p.locator('.map-box').boundingBox();
    const list = await p.locator('.result-list').boundingBox();
    expect(map && list && list.y > map.y + map.height - 1).toBe(true);
    expect(map?.width).toBeLessThanOrEqual(360);
    // No sideways scrolling
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errs).toEqual([]);
    await phone.close();
  });

  it('shows the whole search placeholder, on a wide screen and on a phone', async () => {
    const placeholderRoom = (p: Page) =>
      p.locator('.search-field input').evaluate((el: HTMLInputElement) => {
        const cs = getComputedStyle(el);
        const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const room =
          el.clientWidth - parseFloat(cs.paddingInlineStart) - parseFloat(cs.paddingInlineEnd);
        return { text: el.placeholder, spare: room - ctx.measureText(el.placeholder).width };
      });
    await page.goto(`${app.url}/`);
    await mapReady(page);
    const wide = await placeholderRoom(page);
    expect(wide.text.length).toBeGreaterThan(0);
    expect(wide.spare, wide.text).toBeGreaterThanOrEqual(0);
    const { context: phone, page: p } = await app.newPage(PHONE_CONTEXT);
    await p.goto(`${app.url}/`);
    await mapReady(p);
    await p.getByRole('button', { name: /^Filters/ }).click();
    const narrow = await placeholderRoom(p);
    expect(narrow.spare, narrow.text).toBeGreaterThanOrEqual(0);
    await phone.close();
  });

  it('has no serious or critical accessibility violations (axe)', async () => {
    await page.goto(`${app.url}/?theme=climate`);
    await mapReady(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
