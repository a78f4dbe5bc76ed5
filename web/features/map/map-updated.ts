import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The mark and window event of a "map updated": the map view sets the mark and sends the event
 * each time it shows the points and colours it was given (tests, benchmark, and the service
 * worker's registration, which waits for the first).
 */
export const MAP_UPDATED = 'pm:map-idle';

export type IdleMap = Pick<MapLibreMap, 'loaded' | 'isMoving' | 'once' | 'triggerRepaint'>;

/**
 * Calls `done` once the map shows every change made to it (`unrendered`: changes made since
 * its last frame): at once when it already does, otherwise at its next `idle`. A frame is
 * asked for, so that `idle` comes even when the map had no frame pending: under load the map
 * could otherwise sit idle and never say so (a no-op when a frame is already pending).
 */
export function whenMapUpdated(map: IdleMap, unrendered: boolean, done: () => void): void {
  if (!unrendered && map.loaded() && !map.isMoving()) {
    done();
    return;
  }
  map.once('idle', done);
  map.triggerRepaint();
}
