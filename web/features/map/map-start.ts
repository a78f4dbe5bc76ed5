/**
 * When the live map starts (docs/decisions/131-map-picture.md). On a phone-width screen, or
 * when the visitor's browser asks to save data, the map page shows a still picture of the
 * map, drawn by the server for the current filters, and the live map (MapLibre, about
 * 300 KiB of code and seconds of work on a cheap phone) starts when the visitor asks for it:
 * the "Open the interactive map" button, or "Show on map" on an entry. Once started, it starts
 * at once on the next visits to the map in the same browsing session. Wider screens start it
 * at once, as before.
 */
/** The two-column layout (map.css), where the filters are always shown beside the map. */
export const WIDE_LAYOUT = '(min-width: 60rem)';
/** Narrower than the two-column layout: the phone layout. */
const PHONE = '(max-width: 59.99rem)';
const STARTED = 'pm-live-map';

type Connection = { saveData?: boolean };

/**
 * True when the screen and the browser's data setting alone start the live map at once: a
 * wide screen that does not ask to save data. Reads no storage (see liveMapAtOnce), so the
 * app's first task can ask it: the first read of session storage costs a slowed phone some
 * 25 ms.
 */
export function liveMapBySetting(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return true;
  const saveData = (navigator as { connection?: Connection }).connection?.saveData === true;
  return !saveData && !window.matchMedia(PHONE).matches;
}

/** liveMapBySetting, or the visitor has asked for the live map earlier in this session. */
export function liveMapAtOnce(): boolean {
  if (liveMapBySetting()) return true;
  try {
    return window.sessionStorage.getItem(STARTED) === '1';
  } catch {
    // Storage refused (private mode, embedded): decide by the screen alone.
    return false;
  }
}

/** Remembers, for this browsing session, that the visitor wants the live map. */
export function rememberLiveMap(): void {
  try {
    window.sessionStorage.setItem(STARTED, '1');
  } catch {
    // Nothing to remember it in: the next visit shows the picture again.
  }
}
