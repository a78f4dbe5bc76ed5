import { isLanguageCode } from '../../../contract/languages.ts';
import { loadExplorerData } from './explorer-data.ts';
import { startMapDownloads } from './map-downloads.ts';
import { liveMapBySetting } from './map-start.ts';

/**
 * A visit to the map starts everything it needs at once, before React has rendered a thing:
 * the page's own code, the initiatives and reference data, the map's code, MapLibre's worker
 * and the basemap. Otherwise each would wait for the one before it (page chunk, then map
 * chunk, then maplibre-gl, then its worker). The page's code is asked for first: it is small,
 * and its heading, filters and list are usable before the map is. (Holding MapLibre back
 * until the page's code is in was tried: at 20,000 entries the map became idle ~100-300 ms
 * later, as parsing the data delayed MapLibre's request.) Errors are left to the page,
 * which shows them.
 */
export function preloadMapExplorer(page: 'map' | 'embed' = 'map', lang?: string): void {
  if (page === 'map') import('./map-page.tsx').catch(() => undefined);
  // In the page's language, which may not be the interface's yet (it is set after this).
  loadExplorerData(lang && isLanguageCode(lang) ? lang : undefined).catch(() => undefined);
  // On a phone the map page shows the map's picture until asked for the live map
  // (map-start.ts): its code and shapes are then fetched when the visitor opens it, or when
  // the map page renders if they asked for it earlier in the session (explorer-map.tsx reads
  // that from session storage, a read kept out of this first task).
  if (page === 'embed' || liveMapBySetting()) startMapDownloads();
}
