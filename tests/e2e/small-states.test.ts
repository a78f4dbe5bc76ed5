import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { BASEMAP_COLORS, countryColor } from '../../web/lib/scales.ts';
import { holdRequests, PHONE_CONTEXT, startAppAndBrowser } from './helpers/harness.ts';
import { headlineText, mapReady, nextMapUpdate } from './map-helpers.ts';

type Facets = { total: number; country: Record<string, number> };
type DrawnState = { iso: string; name: string; x: number; y: number; r: number };
type Marker = DrawnState & { onMap: boolean; tapX: number; tapY: number; color: string };

const app = startAppAndBrowser();
let page: Page;
let errors: string[];

const api = async <T>(path: string): Promise<T> =>
  (await (await fetch(`${app.url}/api${path}`)).json()) as T;

/**
 * A small state's marker as drawn now: whether its centre is on the map, a spot on it to tap
 * (not under a point or cluster), and the colour painted there (the marker's own, or its band
 * around a point that hides it).
 */
async function marker(iso: string): Promise<Marker | null> {
  return page.evaluate((iso) => {
    const w = window as unknown as {
      __pmMap: { getCanvas(): HTMLCanvasElement };
      __pmOverlay: {
        canvas: HTMLCanvasElement;
        rendered(): { x: number; y: number; r: number }[];
        renderedSmallStates(): DrawnState[];
      };
    };
    const s = w.__pmOverlay.renderedSmallStates().find((x) => x.iso === iso);
    if (!s) return null;
    const canvas = w.__pmOverlay.canvas;
    const box = w.__pmMap.getCanvas().getBoundingClientRect();
    const ratio = canvas.width / box.width;
    // Sampled 2.5 px inside its edge, on the map, where no point or cluster is drawn over it.
    const drawn = w.__pmOverlay.rendered();
    let sample: { x: number; y: number } | undefined;
    for (let i = 0; i < 16 && !sample; i++) {
      const x = s.x + (s.r - 2.5) * Math.cos((i * Math.PI) / 8);
      const y = s.y + (s.r - 2.5) * Math.sin((i * Math.PI) / 8);
      const onMap = x >= 0 && y >= 0 && x < box.width && y < box.height;
      if (onMap && drawn.every((f) => Math.hypot(f.x - x, f.y - y) > f.r + 2)) sample = { x, y };
    }
    const [r = 0, g = 0, b = 0] = sample
      ? (canvas
          .getContext('2d')
          ?.getImageData(Math.round(sample.x * ratio), Math.round(sample.y * ratio), 1, 1).data ??
        [])
      : [];
    const hex = (n: number) => n.toString(16).padStart(2, '0');
    return {
      ...s,
      onMap: s.x >= 0 && s.y >= 0 && s.x <= box.width && s.y <= box.height,
      tapX: box.left + (sample?.x ?? NaN),
      tapY: box.top + (sample?.y ?? NaN),
      color: `#${hex(r)}${hex(g)}${hex(b)}`,
    };
  }, iso);
}

describe('states too small for the world map', () => {
  beforeEach(async () => {
    ({ page, errors } = await app.newPage({ viewport: { width: 1400, height: 900 } }));
  });

  it('Malta and Samoa show at world view, shaded by their class, and a click filters to them', async () => {
    const all = await api<Facets>('/initiatives/facets');
    await page.goto(`${app.url}/`);
    await mapReady(page);
    for (const iso of ['MT', 'WS']) {
      const count = all.country[iso] ?? 0;
      expect(count, `${iso} has entries in the starter catalogue`).toBeGreaterThan(0);
      const m = await marker(iso);
      expect(m, `${iso} marker`).not.toBeNull();
      expect(m?.onMap, `${iso} marker on the map`).toBe(true);
      expect(m?.color, `${iso} marker colour`).toBe(countryColor(count));
    }

    // The headline follows the click at once: it does not wait for the filter panel's counts
    // (held back here, as on a slow line; the context sees the service worker's requests too).
    const release = await holdRequests(page.context(), /\/api\/initiatives\/facets\?.*country=MT/);
    const malta = (await marker('MT')) as Marker;
    await page.mouse.move(malta.tapX, malta.tapY);
    await expect
      .poll(() => page.locator('.map-tooltip').textContent())
      .toBe(`Malta: ${all.country.MT} initiative${all.country.MT === 1 ? '' : 's'}`);
    await page.mouse.click(malta.tapX, malta.tapY);
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe('MT');
    const mt = await api<{ total: number }>('/initiatives/facets?country=MT');
    await expect
      .poll(() => headlineText(page))
      .toMatch(new RegExp(`^${mt.total} initiatives? in 1 country$`));
    release();
    expect(errors).toEqual([]);
  });

  it('a small state with no matching initiative keeps its marker, shaded "None"', async () => {
    const all = await api<Facets>('/initiatives/facets');
    const themes = ['climate', 'bullying', 'online-safety', 'mental-health', 'gender'];
    let theme: string | undefined;
    for (const t of themes) {
      const f = await api<Facets>(`/initiatives/facets?theme=${t}`);
      if (!f.country.MT) {
        theme = t;
        break;
      }
    }
    expect(theme, 'a theme with no entry in Malta').toBeDefined();
    expect(all.country.MT).toBeGreaterThan(0);
    await page.goto(`${app.url}/?theme=${theme}`);
    await mapReady(page);
    await expect.poll(async () => (await marker('MT'))?.color).toBe(BASEMAP_COLORS.land);
    expect(errors).toEqual([]);
  });

  it('zoomed in, Malta has its own shaded, clickable shape, loaded only after the first view', async () => {
    const all = await api<Facets>('/initiatives/facets');
    await page.goto(`${app.url}/?country=MT`);
    await mapReady(page);
    // Loaded after the map's first update, never before it.
    const timing = await page.waitForFunction(() => {
      const shapes = performance
        .getEntriesByType('resource')
        .find((e) => e.name.includes('small-state-shapes'));
      const idle = performance.getEntriesByName('pm:map-idle')[0];
      return shapes && idle && { shapes: shapes.startTime, idle: idle.startTime };
    });
    const { shapes, idle } = (await timing.jsonValue()) as { shapes: number; idle: number };
    expect(shapes).toBeGreaterThan(idle);

    // The map is at Malta (the country filter); its island is drawn and shaded.
    const shape = await page.waitForFunction(() => {
      const map = (window as unknown as { __pmMap: MapLibreMap }).__pmMap;
      if (!map.getLayer('small-shapes-fill') || map.isMoving()) return null;
      const p = map.project([14.42, 35.89]);
      const f = map.queryRenderedFeatures([p.x, p.y], { layers: ['small-shapes-fill'] })[0];
      const r = map.getCanvas().getBoundingClientRect();
      return f && { iso: f.properties.iso, color: f.state.color, x: r.left + p.x, y: r.top + p.y };
    });
    const malta = (await shape.jsonValue()) as { iso: string; color: string; x: number; y: number };
    expect(malta.iso).toBe('MT');
    expect(malta.color).toBe(countryColor(all.country.MT ?? 0));

    // Cleared, then picked again by a click on the island itself (off its marker).
    await page.getByRole('button', { name: /Remove filter: Malta/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBeNull();
    await page.evaluate(() =>
      (window as unknown as { __pmMap: MapLibreMap }).__pmMap.jumpTo({
        center: [14.42, 35.89],
        zoom: 8,
      }),
    );
    const spot = await page.evaluate(() => {
      const map = (window as unknown as { __pmMap: MapLibreMap }).__pmMap;
      // The west of the main island, away from the marker and points at its reference point.
      const p = map.project([14.36, 35.9]);
      const r = map.getCanvas().getBoundingClientRect();
      const f = map.queryRenderedFeatures([p.x, p.y], { layers: ['small-shapes-fill'] })[0];
      return { x: r.left + p.x, y: r.top + p.y, iso: f?.properties.iso };
    });
    expect(spot.iso).toBe('MT');
    await page.mouse.click(spot.x, spot.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe('MT');
    expect(errors).toEqual([]);
  });
});

describe('small states on a phone', () => {
  beforeEach(async () => {
    ({ page, errors } = await app.newPage(PHONE_CONTEXT));
  });

  it('Samoa is in the first view and a tap on its marker filters to it', async () => {
    const all = await api<Facets>('/initiatives/facets');
    await page.goto(`${app.url}/`);
    await mapReady(page);
    const samoa = await marker('WS');
    // At the map's western edge, as the first view starts just west of Samoa.
    expect(samoa?.onMap).toBe(true);
    expect(samoa?.color).toBe(countryColor(all.country.WS ?? 0));
    const update = nextMapUpdate(page);
    await page.mouse.click((samoa as Marker).tapX, (samoa as Marker).tapY);
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe('WS');
    await update;
    expect(errors).toEqual([]);
  });
});
