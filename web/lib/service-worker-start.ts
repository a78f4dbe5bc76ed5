/**
 * When the service worker (web/service-worker/sw.js) is registered. Its install fetches and
 * keeps some fifty files (the shell in every language, the pages' code and text, the start
 * data and the map's picture): on a first visit that work competes with the page's own. It
 * therefore starts once the page has loaded and, on a page that starts the live map, once the
 * map has first shown what it was given, in the browser's next idle moment. Measured on the
 * map page (1400 x 900, cold visits): with the worker installing alongside the map, the map
 * was ready some 230 ms later (docs/decisions/135-service-worker-after-the-map.md).
 */

/** Never waited for longer than this, in case the live map never draws (WebGL missing). */
export const MAP_WAIT_MS = 10_000;

type Options = {
  /** The page has started the live map. */
  liveMap: () => boolean;
  /** The name of the mark and window event of the map's "updated". */
  mapUpdated: string;
  register: () => void;
};

function whenIdle(run: () => void): void {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(run, { timeout: 2_000 });
  else window.setTimeout(run, 0);
}

/** After load; with the live map, after its first "updated" (or MAP_WAIT_MS at most). */
function afterMap({ liveMap, mapUpdated, register }: Options): void {
  if (!liveMap() || performance.getEntriesByName(mapUpdated).length > 0) {
    whenIdle(register);
    return;
  }
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    window.clearTimeout(timer);
    window.removeEventListener(mapUpdated, go);
    whenIdle(register);
  };
  const timer = window.setTimeout(go, MAP_WAIT_MS);
  window.addEventListener(mapUpdated, go);
}

export function registerWhenStarted(options: Options): void {
  if (document.readyState === 'complete') afterMap(options);
  else window.addEventListener('load', () => afterMap(options), { once: true });
}
