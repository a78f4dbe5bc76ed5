/**
 * When the service worker (web/service-worker/sw.js) is registered. Its install fetches and
 * keeps some fifty files (the shell in every language, the pages' code and text, the start
 * data and the map's picture): on a first visit that work competes with the page's own. It
 * therefore starts at the browser's first idle moment after load and, on a page that has
 * started the live map by then, once the map has first shown what it was given. Measured on
 * the map page (1400 x 900, cold visits): with the worker installing alongside the map, the
 * map was ready some 350 ms later (docs/decisions/135-service-worker-after-the-map.md).
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

/**
 * At the first idle moment after load; with the live map (started by then), once it has
 * first updated (or MAP_WAIT_MS at most), at the idle moment after that.
 */
function afterLoad({ liveMap, mapUpdated, register }: Options): void {
  whenIdle(() => {
    if (!liveMap() || performance.getEntriesByName(mapUpdated).length > 0) {
      register();
      return;
    }
    // Whichever comes first cancels the other.
    const go = () => {
      window.clearTimeout(timer);
      window.removeEventListener(mapUpdated, go);
      whenIdle(register);
    };
    const timer = window.setTimeout(go, MAP_WAIT_MS);
    window.addEventListener(mapUpdated, go);
  });
}

export function registerWhenStarted(options: Options): void {
  if (document.readyState === 'complete') afterLoad(options);
  else window.addEventListener('load', () => afterLoad(options), { once: true });
}
