import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';

/** Shared steps for the map e2e files (not a test file itself). */
type MapHandle = {
  loaded(): boolean;
  isMoving(): boolean;
  isSourceLoaded(id: string): boolean;
};

export async function mapReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const m = (window as unknown as { __pmMap?: MapHandle }).__pmMap;
      return !!m && m.loaded() && m.isSourceLoaded('initiatives') && !m.isMoving();
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

/** Page coordinates of a rendered feature (an initiative point or a cluster). */
export async function featurePosition(
  page: Page,
  layer: 'points' | 'clusters',
  match?: { slug?: string },
): Promise<{ x: number; y: number }> {
  const pos = await page.evaluate(
    ({ layer, slug }) => {
      const m = (window as unknown as { __pmMap: MapLibreMap }).__pmMap;
      const f = m
        .queryRenderedFeatures({ layers: [layer] })
        .find((x) => !slug || x.properties.slug === slug);
      if (!f) return null;
      const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      const r = m.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    { layer, slug: match?.slug },
  );
  if (!pos) throw new Error(`No rendered feature in ${layer}`);
  return pos;
}

export async function headlineText(page: Page): Promise<string> {
  return (await page.getByTestId('headline').textContent()) ?? '';
}
