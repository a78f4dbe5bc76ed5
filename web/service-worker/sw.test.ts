import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

type FetchEvent = {
  request: { method: string; url: string; mode: string };
  respondWith: (r: unknown) => void;
  waitUntil: (p: unknown) => void;
};

const nothingKept = { match: async () => undefined, put: async () => undefined };

/**
 * The worker's source run against a stand-in `self`, returning its fetch listener. By
 * default its caches hold nothing and the network is down.
 */
function loadWorker(
  caches: { open: () => Promise<unknown> } = { open: async () => nothingKept },
  fetch: () => Promise<Response> = () => Promise.reject(new TypeError('offline')),
): (event: FetchEvent) => void {
  const listeners: Record<string, (e: FetchEvent) => void> = {};
  const self = {
    location: { origin: 'https://map.example' },
    addEventListener: (type: string, fn: (e: FetchEvent) => void) => (listeners[type] = fn),
    skipWaiting: () => undefined,
    clients: { claim: () => Promise.resolve() },
  };
  const source = readFileSync(resolve('web/service-worker/sw.js'), 'utf8')
    .replace('__PRECACHE__', '["/"]')
    .replace('__MAP_CODE__', '["/assets/maplibre-gl-test.js"]')
    .replace('__VERSION__', '"test"');
  new Function('self', 'caches', 'fetch', source)(self, caches, fetch);
  const onFetch = listeners.fetch;
  if (!onFetch) throw new Error('no fetch listener');
  return onFetch;
}

/** True when the worker answers the request itself (from or into its caches). */
function handled(path: string, mode = 'cors', method = 'GET'): boolean {
  let answered = false;
  loadWorker()({
    request: { method, url: `https://map.example${path}`, mode },
    respondWith: (answer) => {
      answered = true;
      Promise.resolve(answer).catch(() => undefined); // offline and nothing kept
    },
    waitUntil: () => undefined,
  });
  return answered;
}

describe('service worker: what it keeps', () => {
  it.each([
    ['/staff', 'navigate'],
    ['/staff/entries/3', 'navigate'],
    ['/fr/staff', 'navigate'],
    ['/api/staff/entries', 'cors'],
    ['/api/auth/me', 'cors'],
    ['/api/submissions/K7P-4QX', 'cors'],
    ['/fr/api/staff/entries', 'cors'],
  ])('never touches %s (%s)', (path, mode) => {
    expect(handled(path, mode)).toBe(false);
  });

  it('never touches a POST', () => {
    expect(handled('/api/submissions', 'cors', 'POST')).toBe(false);
  });

  it.each([
    ['/', 'navigate'],
    ['/fr/', 'navigate'],
    ['/tell', 'navigate'],
    ['/assets/index-abc.js', 'cors'],
    ['/api/meta', 'cors'],
    ['/api/initiatives/points', 'cors'],
  ])('answers %s (%s) from its caches when the network fails', (path, mode) => {
    expect(handled(path, mode)).toBe(true);
  });
});

describe('service worker: how much data it keeps', () => {
  /** A cache as the browser's: answers in the order they were put, a put moving one last. */
  function fakeCache() {
    const entries = new Map<string, Response>();
    return {
      entries,
      match: async (key: { url: string } | string) =>
        entries.get(typeof key === 'string' ? `https://map.example${key}` : key.url),
      put: async (request: { url: string }, res: Response) => {
        entries.delete(request.url);
        entries.set(request.url, res);
      },
      keys: async () => [...entries.keys()].map((url) => ({ url })),
      delete: async (request: { url: string }) => entries.delete(request.url),
      add: async () => undefined,
    };
  }

  async function visit(onFetch: (e: FetchEvent) => void, path: string): Promise<void> {
    const waits: unknown[] = [];
    let answer: unknown;
    onFetch({
      request: { method: 'GET', url: `https://map.example${path}`, mode: 'cors' },
      respondWith: (a) => (answer = a),
      waitUntil: (p) => waits.push(p),
    });
    await answer;
    // Every promise the worker asked to be kept alive for, those added late included.
    for (let i = 0; i < waits.length; i++) await waits[i];
  }

  it('keeps the start data and the latest 80 answers, dropping the oldest', async () => {
    const cache = fakeCache();
    const onFetch = loadWorker(
      { open: async () => cache },
      async () => new Response('{}', { status: 200 }),
    );

    await visit(onFetch, '/api/initiatives/points');
    for (let i = 0; i < 120; i++) await visit(onFetch, `/api/initiatives/facets?theme=t${i}`);
    const kept = [...cache.entries.keys()].map((u) => u.replace('https://map.example', ''));
    expect(kept).toHaveLength(80);
    expect(kept).toContain('/api/initiatives/points');
    expect(kept).toContain('/api/initiatives/facets?theme=t119');
    expect(kept).not.toContain('/api/initiatives/facets?theme=t0');
    expect(kept).not.toContain('/api/initiatives/facets?theme=t40');
    expect(kept).toContain('/api/initiatives/facets?theme=t41');
  });
});
