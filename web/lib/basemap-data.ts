import { buildBasemap, type Basemap, type CountriesTopology } from './basemap.ts';
import { BASEMAP_URL } from './basemap-url.ts';

/**
 * The basemap's shapes arrive as data: a hashed JSON file the server sends with a year's
 * cache (and the service worker keeps), fetched alongside the page's code instead of parsed
 * as a 44 KiB JavaScript module before anything runs. Built into GeoJSON once per visit.
 */
let pending: Promise<Basemap> | undefined;
let loaded: Basemap | undefined;

export function loadBasemap(): Promise<Basemap> {
  pending ??= fetch(BASEMAP_URL)
    .then((res) => {
      if (!res.ok) throw new Error(`The basemap answered ${res.status}`);
      return res.json() as Promise<CountriesTopology>;
    })
    .then((topology) => (loaded = buildBasemap(topology)));
  // A failed fetch (offline, cut connection) may be tried again by the next caller.
  pending.catch(() => (pending = undefined));
  return pending;
}

/** The basemap once loadBasemap() has finished; undefined before. */
export function loadedBasemap(): Basemap | undefined {
  return loaded;
}

/**
 * A lazily loaded map component together with the basemap it draws, so the component can
 * read loadedBasemap() synchronously from its first render.
 */
export function withBasemap<T>(component: Promise<T>): Promise<T> {
  return Promise.all([component, loadBasemap()]).then(([c]) => c);
}
