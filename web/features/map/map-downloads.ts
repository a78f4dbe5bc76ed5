import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { BASEMAP_URL } from '../../lib/basemap-url.ts';

let started = false;

/**
 * Has the service worker keep the live map's code for the next visits, offline included
 * (web/service-worker/sw.js), once the live map has started: a phone that only shows the
 * map's picture never downloads it. When a worker controls the page, the downloads pass
 * through it and it keeps them itself; otherwise (a first visit) it is asked once it is
 * active, and the browser's cache answers it.
 */
function keepMapCodeOffline(): void {
  const workers = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  if (!workers || workers.controller) return;
  workers.ready
    .then((registration) => registration.active?.postMessage('keep-map-code'))
    .catch(() => undefined);
}

/** True once this page has started the live map's downloads (the live map is on its way). */
export function liveMapStarted(): boolean {
  return started;
}

/** The live map's code, MapLibre's worker and the basemap's shapes, all at once (once). */
export function startMapDownloads(): void {
  if (started) return;
  started = true;
  keepMapCodeOffline();
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
