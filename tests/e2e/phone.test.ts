import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.ts';
import { PHONE_CONTEXT, startAppAndBrowser } from './helpers/harness.ts';
import { mapReady } from './map-helpers.ts';

const app = startAppAndBrowser();
let page: Page;
let errors: string[];

beforeEach(async () => {
  ({ page, errors } = await app.newPage(PHONE_CONTEXT));
});

type Box = { west: number; south: number; east: number; north: number };
/** What the map shows now, once it has stopped moving. */
async function mapBox(): Promise<Box> {
  await page.waitForFunction(() => {
    const map = (window as unknown as { __pmMap?: { isMoving(): boolean } }).__pmMap;
    return map && !map.isMoving();
  });
  return page.evaluate(() => {
    const map = (window as unknown as { __pmMap: { getBounds(): Record<string, () => number> } })
      .__pmMap;
    const b = map.getBounds();
    return {
      west: b.getWest!(),
      south: b.getSouth!(),
      east: b.getEast!(),
      north: b.getNorth!(),
    };
  });
}

const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
const focusedHeading = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.tagName === 'H1' ? el.textContent : null;
  });

describe('phone-first pages: a 360 px phone, and the keyboard', () => {
  it('opening an initiative from the list lands at its top with focus on its heading; Back returns to the same place', async () => {
    await page.goto(`${app.url}/`);
    await mapReady(page);
    const links = page.locator('.result-list a[href^="/initiatives/"]');
    await links.nth(8).waitFor();
    const target = links.nth(8);
    const title = (await target.textContent()) ?? '';
    await target.scrollIntoViewIfNeeded();
    const listY = await scrollY();
    expect(listY).toBeGreaterThan(300);

    await target.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect.poll(focusedHeading).toBe(title);
    await expect.poll(scrollY).toBe(0);

    await page.goBack();
    await page
      .getByRole('heading', { level: 1, name: 'Child-led initiatives around the world' })
      .waitFor();
    await expect.poll(scrollY).toBeGreaterThan(listY - 5);
    expect(await scrollY()).toBeLessThan(listY + 5);
    expect(errors).toEqual([]);
  });

  it('a link in the footer opens the next page at its top, its heading focused', async () => {
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const privacy = page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' });
    await privacy.scrollIntoViewIfNeeded();
    expect(await scrollY()).toBeGreaterThan(0);
    await privacy.click();
    await page.getByRole('heading', { level: 1, name: /privacy/i }).waitFor();
    await expect.poll(scrollY).toBe(0);
    await expect.poll(focusedHeading).toMatch(/privacy/i);
    expect(errors).toEqual([]);
  });

  it('every page says who runs the map and leads to the contact page, which gives the office website', async () => {
    await page.goto(`${app.url}/privacy`);
    await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
    const footer = page.getByRole('contentinfo');
    expect(await footer.textContent()).toContain(
      'Special Representative of the Secretary-General on Violence against Children',
    );
    await page
      .getByRole('main')
      .getByRole('link', { name: /Contact the office/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Contact the office' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/contact');
    await page.getByRole('link', { name: 'violenceagainstchildren.un.org' }).waitFor();
    expect(await footer.getByRole('link', { name: 'Contact' }).getAttribute('href')).toBe(
      '/contact',
    );
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the first view holds the whole inhabited world, with the attribution closed', async () => {
    await page.goto(`${app.url}/`);
    await mapReady(page);
    const box = await mapBox();
    // From Samoa (172 W) to Kiribati and Fiji (179 E), from New Zealand to Scandinavia.
    expect(box.west).toBeLessThanOrEqual(-172);
    expect(box.east).toBeGreaterThanOrEqual(179);
    expect(box.south).toBeLessThanOrEqual(-47);
    expect(box.north).toBeGreaterThanOrEqual(70);
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    expect(await attribution.getAttribute('class')).not.toContain('maplibregl-compact-show');
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').isVisible()).toBe(false);
    // It stays closed while the map goes on loading (a later source must not open it)...
    await page.waitForTimeout(1500);
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').isVisible()).toBe(false);
    // ... and opens with one tap.
    await page.locator('.maplibregl-ctrl-attrib-button').click();
    await expect.poll(() => page.locator('.maplibregl-ctrl-attrib-inner').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('choosing a region or a country moves the map there, and clearing it goes back to the world', async () => {
    await page.goto(`${app.url}/?country=KE`);
    await mapReady(page);
    await expect
      .poll(async () => {
        const b = await mapBox();
        return b.west > 25 && b.east < 50 && b.south > -15 && b.north < 15;
      })
      .toBe(true);
    await page.getByRole('button', { name: /Remove filter: Kenya/ }).click();
    await expect
      .poll(async () => (await mapBox()).east - (await mapBox()).west)
      .toBeGreaterThan(300);

    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('combobox', { name: 'Region', exact: true }).selectOption('africa');
    await expect
      .poll(async () => {
        const b = await mapBox();
        // Africa, from Cabo Verde to Mauritius, fills the width of the upright map.
        const middle = (b.south + b.north) / 2;
        return b.west > -45 && b.east < 85 && middle > -20 && middle < 25;
      })
      .toBe(true);
    expect(errors).toEqual([]);
  });

  it('filters open as a sheet whose live "Show N initiatives" button is always within reach', async () => {
    const climate = (await (
      await fetch(`${app.url}/api/initiatives/facets?theme=climate`)
    ).json()) as { total: number };
    await page.goto(`${app.url}/`);
    await mapReady(page);
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await toggle.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('filters-title');
    const sheet = await page.locator('#filter-panel').boundingBox();
    expect(sheet && sheet.y + sheet.height).toBeLessThanOrEqual(741);
    expect(sheet?.height).toBeLessThanOrEqual(740 * 0.85 + 1);

    await page.getByRole('checkbox', { name: /^Climate change/ }).check();
    const show = page.getByRole('button', { name: `Show ${climate.total} initiatives` });
    await show.waitFor();
    const box = await show.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 740).toBe(true);
    await show.click();
    expect(await page.locator('#filter-panel').isVisible()).toBe(false);
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    await toggle.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('filters-title');
    await page.keyboard.press('Escape');
    expect(await page.locator('#filter-panel').isVisible()).toBe(false);
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a keyboard user reaches the list in a few Tab stops, and sees where focus is on the map', async () => {
    const { page: wide, errors: wideErrors } = await app.newPage({
      viewport: { width: 1280, height: 900 },
    });
    await wide.goto(`${app.url}/`);
    await mapReady(wide);
    let stops = 0;
    let name = '';
    while (stops < 12 && name !== 'Skip to the list of initiatives') {
      await wide.keyboard.press('Tab');
      stops++;
      name = await wide.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(name).toBe('Skip to the list of initiatives');
    expect(stops).toBeLessThanOrEqual(8);
    await wide.keyboard.press('Enter');
    expect(await wide.evaluate(() => document.activeElement?.id)).toBe('results');
    await wide.keyboard.press('Tab');
    const inList = await wide.evaluate(() => document.activeElement?.closest('#results') !== null);
    expect(inList).toBe(true);

    const canvas = wide.locator('canvas.maplibregl-canvas');
    await canvas.focus();
    await wide.keyboard.press('Shift+Tab');
    await wide.keyboard.press('Tab');
    const ring = await canvas.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        style: s.outlineStyle,
        width: parseFloat(s.outlineWidth),
        offset: parseFloat(s.outlineOffset),
      };
    });
    expect(ring.style).not.toBe('none');
    // Drawn inside the canvas, so the map box's edge cannot clip it
    expect(ring.offset).toBeLessThanOrEqual(-ring.width);
    expect(wideErrors).toEqual([]);
  });

  it("a chosen initiative's card leaves its point in sight and keeps 'Read more' within reach", async () => {
    await page.goto(`${app.url}/`);
    await mapReady(page);
    const show = page.getByRole('button', { name: /^Show on map: / }).nth(3);
    const title = ((await show.getAttribute('aria-label')) ?? '').replace('Show on map: ', '');
    await show.click();
    const card = page.getByTestId('initiative-card');
    await card.getByText(/./).first().waitFor();
    await mapBox(); // the map has stopped moving
    const slug = await page.evaluate(() => new URL(location.href).searchParams.get('selected'));
    const item = (await (await fetch(`${app.url}/api/initiatives/${slug}`)).json()) as {
      title: string;
      lat: number;
      lon: number;
    };
    expect(item.title).toBe(title);
    const point = await page.evaluate(
      ({ lon, lat }) => {
        const w = window as unknown as {
          __pmMap: {
            project(p: [number, number]): { x: number; y: number };
            getCanvas(): HTMLElement;
          };
        };
        const r = w.__pmMap.getCanvas().getBoundingClientRect();
        const p = w.__pmMap.project([lon, lat]);
        return { x: r.left + p.x, y: r.top + p.y };
      },
      { lon: item.lon, lat: item.lat },
    );
    const cardBox = await card.boundingBox();
    expect(cardBox).not.toBeNull();
    // The point is above the card, not under it
    expect(point.y).toBeLessThan(cardBox!.y);
    const read = card.getByRole('link', { name: 'Read more about this initiative' });
    const readBox = await read.boundingBox();
    expect(readBox!.y).toBeGreaterThanOrEqual(cardBox!.y);
    expect(readBox!.y + readBox!.height).toBeLessThanOrEqual(cardBox!.y + cardBox!.height + 1);
    expect(readBox!.y + readBox!.height).toBeLessThanOrEqual(740);
    expect(errors).toEqual([]);
  });
});

describe('the map on a phone starts when the visitor asks for it', () => {
  it('shows the picture for the filters without loading the map code, then opens the live map with the focus on it', async () => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${app.url}/?region=africa`);
    const picture = page.getByRole('img', { name: /^Still picture of the world map/ });
    await picture.waitFor();
    const src = new URL((await picture.getAttribute('src')) ?? '', app.url);
    expect(src.pathname).toBe('/api/initiatives/map.svg');
    expect(src.searchParams.get('region')).toBe('africa');
    await expect
      .poll(() => picture.evaluate((img) => (img as HTMLImageElement).naturalWidth), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    // The list and the filters work without the live map.
    await page.locator('.result-list a[href^="/initiatives/"]').first().waitFor();
    await page.waitForLoadState('load');
    expect(scripts.filter((u) => /maplibre-gl/.test(u))).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Open the interactive map' }).click();
    await mapReady(page);
    expect(scripts.some((u) => /maplibre-gl/.test(u))).toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)))
      .toMatch(/maplibregl-canvas/);

    // Asked for once, the live map starts at once on the next visits of the same session.
    await page.reload();
    await page.locator('canvas.maplibregl-canvas').waitFor();
    expect(await page.locator('.map-picture').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('"Show on map" on an entry opens the live map on that entry', async () => {
    await page.goto(`${app.url}/`);
    await page.locator('.map-picture-open').waitFor();
    await page
      .getByRole('button', { name: /^Show on map: / })
      .first()
      .click();
    await page.getByTestId('initiative-card').getByText(/./).first().waitFor();
    await page.locator('canvas.maplibregl-canvas').waitFor();
    expect(await page.locator('.map-picture').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
