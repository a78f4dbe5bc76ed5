import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { startAppAndBrowser } from './helpers/harness.ts';
import { mapReady, type OverlayHandle } from './map-helpers.ts';

/**
 * The optional online basemap (BASEMAP_STYLE_URL). No internet here: the style is answered by
 * the browser context itself, standing in for a tile provider.
 */
const STYLE_URL = 'https://tiles.example.test/styles/detailed.json';
const STYLE = {
  version: 8,
  sources: { places: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
  layers: [
    { id: 'online-land', type: 'background', paint: { 'background-color': '#efe9dc' } },
    { id: 'online-place-names', type: 'symbol', source: 'places', layout: {} },
  ],
};

const app = startAppAndBrowser({ env: { BASEMAP_STYLE_URL: STYLE_URL } });
let context: BrowserContext;
let page: Page;
let errors: string[];

type View = { layers: string[]; names: number; colored: boolean };
const view = (p: Page): Promise<View> =>
  p.evaluate(() => {
    const w = window as unknown as { __pmMap: MapLibreMap; __pmOverlay: OverlayHandle };
    const m = w.__pmMap;
    // Brazil has initiatives in the starter catalogue: its shape carries a colour.
    const brazil = m
      .querySourceFeatures('countries')
      .find((f) => (f.properties as { iso?: string }).iso === 'BR');
    const state = brazil ? m.getFeatureState({ source: 'countries', id: brazil.id }) : {};
    return {
      layers: m.getLayersOrder(),
      names: w.__pmOverlay.renderedLabels().length,
      colored: typeof state.color === 'string' && state.color !== '#f7f5f0',
    };
  });

beforeEach(async () => {
  ({ context, page, errors } = await app.newPage({ viewport: { width: 1200, height: 800 } }));
});

describe('optional online basemap', () => {
  it('starts offline, switches to the online style and back, keeping the shading', async () => {
    await context.route(STYLE_URL, (route) => route.fulfill({ json: STYLE }));
    await page.goto(`${app.url}/`);
    await mapReady(page);
    const toggle = page.getByRole('button', { name: 'Detailed map (online)' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const offline = await view(page);
    expect(offline.layers).toContain('water');
    expect(offline.names).toBeGreaterThan(5);

    await toggle.click();
    await expect.poll(async () => (await view(page)).layers).toContain('online-land');
    await expect.poll(async () => (await view(page)).colored).toBe(true);
    const online = await view(page);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(online.layers).not.toContain('water');
    // The shading sits under the style's names; the style brings its own names.
    expect(online.layers.indexOf('countries-fill')).toBeLessThan(
      online.layers.indexOf('online-place-names'),
    );
    expect(online.names).toBe(0);

    // The choice is remembered on this device.
    await page.reload();
    await mapReady(page);
    await expect.poll(async () => (await view(page)).layers).toContain('online-land');

    await page.getByRole('button', { name: 'Detailed map (online)' }).click();
    await expect.poll(async () => (await view(page)).layers).toContain('water');
    await expect.poll(async () => (await view(page)).colored).toBe(true);
    expect((await view(page)).names).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  });

  it('falls back to the offline map with a notice when the online style cannot load', async () => {
    await context.route(STYLE_URL, (route) => route.abort('internetdisconnected'));
    await page.goto(`${app.url}/`);
    await mapReady(page);
    await page.getByRole('button', { name: 'Detailed map (online)' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'could not be loaded' }).count())
      .toBe(1);
    await expect.poll(async () => (await view(page)).layers).toContain('water');
    await expect.poll(async () => (await view(page)).colored).toBe(true);
    expect(
      await page
        .getByRole('button', { name: 'Detailed map (online)' })
        .getAttribute('aria-pressed'),
    ).toBe('false');
  });
});
