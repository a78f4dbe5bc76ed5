import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { BASEMAP_URL } from '../../lib/basemap-url.ts';

let started = false;

/** The live map's code, MapLibre's worker and the basemap's shapes, all at once (once). */
export function startMapDownloads(): void {
  if (started) return;
  started = true;
  import('maplibre-gl')
    .then((maplibre) => {
      // Its worker loads while the page renders (settings must come before prewarm).
      maplibre.setWorkerUrl(workerUrl);
      maplibre.prewarm();
    })
    .catch(() => undefined);
  import('./map-view.tsx').catch(() => undefined);
  // The basemap's shapes, as data: asked for now, read by basemap-data.ts from the same
  // request (a fetch preload matches the page's own fetch of the same address).
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = BASEMAP_URL;
  document.head.append(link);
}
