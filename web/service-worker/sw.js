// The service worker (docs/decisions/130-offline-and-first-paint.md): a second visit opens at
// once, and without a connection, from what the first left here. vite.config.ts writes it to
// /sw.js with the build's own lists of files and its version in place of the names below.
/* eslint-disable no-undef -- these names are replaced at build time */
const PRECACHE = __PRECACHE__;
/**
 * The live map's own code and shapes (maplibre-gl, its worker, the basemap): kept only once
 * the page says it has used the live map (the message below), so a phone that shows the
 * map's picture never downloads them for nothing (decision 131).
 */
const MAP_CODE = __MAP_CODE__;
const VERSION = __VERSION__;
/* eslint-enable no-undef */

/** The app's code and shells for this build; dropped when a new build takes over. */
const SHELL_CACHE = `pm-shell-${VERSION}`;
/** The last public data seen, kept across builds. */
const DATA_CACHE = 'pm-data-v1';
/** How long a navigation or a data request may take before the kept copy is shown instead. */
const NETWORK_TIMEOUT_MS = 3000;

/** Pages and data of staff are never kept, nor is anything about a session or a submission. */
const NEVER = /^\/([a-z]{2}(-[a-z]+)?\/)?(staff|api\/staff|api\/auth|api\/submissions)(\/|$)/i;
/** Public data the map and the form read, and the map's picture; kept as last seen. */
const DATA = /^\/api\/(meta|initiatives(\/[a-z0-9-]+|\/map\.svg)?)$/;
/** A language prefix (/fr/, /zh-hant/): its own start page is the fallback for its pages. */
const LANG = /^\/([a-z]{2}(-[a-z]+)?)\//i;

/**
 * The data the map and the form start from. The first visit fetched it before this worker
 * ran; asked again here, the browser's own cache answers (or a 304 to its ETag).
 */
const DATA_PRECACHE = [
  '/api/meta',
  '/api/initiatives/points',
  '/api/initiatives/facets',
  '/api/initiatives/map.svg',
];

/**
 * How many answers the data cache keeps: the start data above, and the latest of the others
 * (filtered counts, the map's picture for a filter, entries opened), so browsing for long on
 * a phone with little room never fills it.
 */
const DATA_CACHE_MAX = 80;

/** Drops the oldest kept answers beyond DATA_CACHE_MAX, never the start data. */
async function trimData(cache) {
  const keys = await cache.keys();
  let excess = keys.length - DATA_CACHE_MAX;
  for (const request of keys) {
    if (excess <= 0) break;
    const url = new URL(request.url);
    if (DATA_PRECACHE.includes(url.pathname + url.search)) continue;
    await cache.delete(request);
    excess -= 1;
  }
}

/** One at a time and each on its own: a file that fails leaves the rest kept. */
function keep(cacheName, urls) {
  return caches
    .open(cacheName)
    .then((cache) =>
      urls.reduce(
        (done, url) => done.then(() => cache.add(url).catch(() => undefined)),
        Promise.resolve(),
      ),
    );
}

self.addEventListener('install', (event) => {
  event.waitUntil(keep(SHELL_CACHE, PRECACHE).then(() => keep(DATA_CACHE, DATA_PRECACHE)));
  self.skipWaiting();
});

/** The files of `urls` that the cache does not hold yet, fetched and kept (see keep). */
async function keepMissing(cacheName, urls) {
  const cache = await caches.open(cacheName);
  const missing = [];
  for (const url of urls) if (!(await cache.match(url))) missing.push(url);
  await keep(cacheName, missing);
}

// The page has started the live map (web/features/map/map-downloads.ts): its code, which the
// browser has just downloaded, is kept for the next visits, offline included.
self.addEventListener('message', (event) => {
  if (event.data === 'keep-map-code') event.waitUntil(keepMissing(SHELL_CACHE, MAP_CODE));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith('pm-shell-') && k !== SHELL_CACHE)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** The network, or after NETWORK_TIMEOUT_MS (or at once when offline) the kept copy. */
async function networkFirst(event, cacheName, fallbacks) {
  const cache = await caches.open(cacheName);
  const network = fetch(event.request).then((res) => {
    if (res.ok && !/no-store/.test(res.headers.get('Cache-Control') ?? '')) {
      // A new or renewed answer goes to the end of the cache's order; the oldest go first.
      const kept = cache
        .put(event.request, res.clone())
        .then(() => (cacheName === DATA_CACHE ? trimData(cache) : undefined))
        .catch(() => undefined);
      event.waitUntil(kept);
    }
    return res;
  });
  event.waitUntil(network.catch(() => undefined));
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(resolve, NETWORK_TIMEOUT_MS)));
  try {
    const first = await Promise.race([network, late]);
    if (first) return first;
  } catch {
    // offline or cut: the kept copy below
  } finally {
    clearTimeout(timer);
  }
  for (const key of [event.request, ...fallbacks]) {
    const hit = await cache.match(key, { ignoreVary: true });
    if (hit) return hit;
  }
  return network;
}

/** Hashed files never change: the kept copy, else the network (and keep it). */
async function cacheFirst(request) {
  const cache = await caches.open(SHELL_CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) cache.put(request, res.clone()).catch(() => undefined);
  return res;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || NEVER.test(url.pathname)) return;
  if (request.mode === 'navigate') {
    if (url.pathname.startsWith('/api/')) return;
    const lang = LANG.exec(url.pathname)?.[1];
    const fallbacks = [...(lang ? [`/${lang}/`] : []), '/'];
    event.respondWith(networkFirst(event, SHELL_CACHE, fallbacks));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (DATA.test(url.pathname)) {
    // The page asks in its language (`?lang=fr`); offline, the same data kept without it (the
    // first visit's, in the browser's language) is better than none.
    const plain = new URL(url);
    plain.searchParams.delete('lang');
    const fallbacks = plain.search === url.search ? [] : [plain.pathname + plain.search];
    event.respondWith(networkFirst(event, DATA_CACHE, fallbacks));
  }
});
