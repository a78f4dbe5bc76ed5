import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';

/** Shared steps for the map e2e files (not a test file itself). */
type MapHandle = { loaded(): boolean; isMoving(): boolean };
/** The page's map overlay (web/features/map/map-overlay.ts), as the tests see it. */
export type OverlayHandle = {
  loaded: boolean;
  count: number;
  rendered(): (
    | { kind: 'point'; x: number; y: number; item: { slug: string } }
    | { kind: 'cluster'; x: number; y: number; count: number }
  )[];
  renderedLabels(): { iso: string; name: string; x: number; y: number }[];
};

/**
 * Waits until the live map has loaded, drawn its points and stopped moving. On a phone the map
 * page shows the map's picture first (web/features/map/map-start.ts): it is opened here, as a
 * visitor would, unless it already started.
 */
export async function mapReady(page: Page): Promise<void> {
  const open = page.locator('.map-picture-open');
  await page.locator('.map-picture-open, .maplibregl-canvas').first().waitFor({ timeout: 20_000 });
  if (await open.isVisible()) await open.click();
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __pmMap?: MapHandle; __pmOverlay?: OverlayHandle };
      const m = w.__pmMap;
      return !!m && m.loaded() && !!w.__pmOverlay?.loaded && !m.isMoving();
    },
    null,
    { timeout: 20_000 },
  );
}

/** Resolves with the number of points drawn, after the next map update finishes. */
export function nextMapUpdate(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        window.addEventListener(
          'pm:map-idle',
          (e) => resolve((e as CustomEvent<{ count: number }>).detail.count),
          { once: true },
        ),
      ),
  );
}

/** Page coordinates of a drawn initiative point or cluster. */
export async function featurePosition(
  page: Page,
  kind: 'point' | 'cluster',
  match?: { slug?: string },
): Promise<{ x: number; y: number }> {
  const pos = await page.evaluate(
    ({ kind, slug }) => {
      const w = window as unknown as { __pmMap: MapLibreMap; __pmOverlay: OverlayHandle };
      const f = w.__pmOverlay
        .rendered()
        .find((x) => x.kind === kind && (!slug || (x.kind === 'point' && x.item.slug === slug)));
      if (!f) return null;
      const r = w.__pmMap.getCanvas().getBoundingClientRect();
      return { x: r.left + f.x, y: r.top + f.y };
    },
    { kind, slug: match?.slug },
  );
  if (!pos) throw new Error(`No ${kind} drawn on the map`);
  return pos;
}

export async function headlineText(page: Page): Promise<string> {
  return (await page.getByTestId('headline').textContent()) ?? '';
}
