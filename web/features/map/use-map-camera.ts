import { useEffect, useRef, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { MapItem } from '../filters/filter-logic.ts';
import type { Basemap } from '../../lib/basemap.ts';
import { countriesBox, WORLD_VIEW } from './focus.ts';
import { reducedMotion, type MapViewProps } from './map-view-props.ts';

/** Moves the map to the selected initiative, and to the places the filters chose. */
export function useMapCamera(
  mapRef: RefObject<MapRef | null>,
  p: {
    loaded: boolean;
    created: boolean;
    base: Basemap;
    selected: string | null;
    bySlug: ReadonlyMap<string, MapItem>;
    focus: MapViewProps['focus'];
  },
) {
  const { loaded, created, base, selected, bySlug, focus } = p;

  // The map flies to a selected initiative (jumps, when the visitor prefers less motion).
  useEffect(() => {
    const map = mapRef.current?.getMap();
    const item = selected ? bySlug.get(selected) : undefined;
    if (!map || !loaded || !item) return;
    const zoom = Math.max(map.getZoom(), 4);
    // On a phone the card covers the lower half of the map (map.css): the point goes to the
    // middle of the upper half, so it stays in sight beside its card.
    const box = map.getContainer();
    const offset: [number, number] = box.clientWidth < 640 ? [0, -box.clientHeight / 4] : [0, 0];
    const center: [number, number] = [item.lon, item.lat];
    if (reducedMotion()) map.easeTo({ center, zoom, offset, duration: 0 });
    else map.flyTo({ center, zoom, offset, duration: 1200, essential: false });
  }, [mapRef, selected, bySlug, loaded, created]);

  // The map shows the chosen region, sub-region or countries, and the world again when they
  // are cleared. Keyed by the codes, so a new filter array with the same places stays still.
  const focusKey = focus ? focus.isos.join(',') : '';
  const shownFocus = useRef('');
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded || focusKey === shownFocus.current) return;
    shownFocus.current = focusKey;
    const box = focus ? countriesBox(focus.isos, base.countries, focus.countries) : WORLD_VIEW;
    if (!box) return;
    map.fitBounds(
      [
        [box[0], box[1]],
        [box[2], box[3]],
      ],
      { padding: 24, maxZoom: 6, duration: reducedMotion() ? 0 : 800, essential: false },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focusKey stands for focus
  }, [mapRef, focusKey, loaded, created, base]);
}
