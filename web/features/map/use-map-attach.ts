import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useState, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { Basemap } from '../../lib/basemap.ts';
import { SOURCES } from './layers.ts';
import { MapOverlay } from './map-overlay.ts';

/** Over an online style, the choropleth goes under the style's first names layer. */
function keepNamesOnTop(map: MapLibreMap) {
  if (!map.getLayer('countries-fill')) return;
  const order = map.getLayersOrder();
  const names = order.find((id) => map.getLayer(id)?.type === 'symbol');
  if (names && order.indexOf('countries-fill') > order.indexOf(names))
    map.moveLayer('countries-fill', names);
}

/**
 * The ref callback of the map: the overlay starts as soon as the map exists, before its first
 * render. `created`: the map exists (the overlay can draw); `sourceGen` / `fineGen`: bumped
 * each time the countries / small-shapes source is (re)created, e.g. after a basemap switch.
 */
export function useMapAttach(
  base: Basemap,
  p: {
    mapRef: RefObject<MapRef | null>;
    overlayRef: RefObject<MapOverlay | null>;
    unrenderedRef: RefObject<boolean>;
    onlineRef: RefObject<boolean>;
    styleUrl: string | undefined;
    /** The online style could not load. */
    onStyleFailed: () => void;
  },
) {
  const { mapRef, overlayRef, unrenderedRef, onlineRef, styleUrl, onStyleFailed } = p;
  const [created, setCreated] = useState(false);
  const [sourceGen, setSourceGen] = useState(0);
  const [fineGen, setFineGen] = useState(0);

  const attach = useCallback(
    (ref: MapRef | null) => {
      mapRef.current = ref;
      const map = ref?.getMap();
      if (!map || overlayRef.current) return;
      overlayRef.current = new MapOverlay(map, base);
      map.on('render', () => (unrenderedRef.current = false));
      // A new style (the basemap switch) drops the countries source and its feature-state;
      // react-map-gl adds the source again, and the colours are set again on the new one.
      let seen: unknown;
      let seenFine: unknown;
      const onStyle = () => {
        const source = map.getSource(SOURCES.countries);
        if (source && source !== seen) {
          seen = source;
          setSourceGen((g) => g + 1);
        }
        const fineSource = map.getSource(SOURCES.smallShapes);
        if (fineSource && fineSource !== seenFine) {
          seenFine = fineSource;
          setFineGen((g) => g + 1);
        }
        if (onlineRef.current) keepNamesOnTop(map);
      };
      map.on('styledata', onStyle);
      map.on('sourcedata', onStyle);
      onStyle();
      // An online style that cannot load (offline, blocked): back to the offline basemap.
      // When the switch swaps styles, the offline style stays loaded until the new one arrives,
      // so a failed style request is recognised by its address, not by the style's state.
      map.on('error', (e) => {
        if (!onlineRef.current) return;
        const styleFailed = (e.error as { url?: string } | undefined)?.url === styleUrl;
        if (!styleFailed && map.isStyleLoaded()) return;
        onlineRef.current = false;
        onStyleFailed();
      });
      if (typeof navigator !== 'undefined' && navigator.webdriver) {
        // Test and benchmark hooks only (automation sets navigator.webdriver).
        const w = window as unknown as { __pmMap?: MapLibreMap; __pmOverlay?: MapOverlay };
        w.__pmMap = map;
        w.__pmOverlay = overlayRef.current;
      }
      setCreated(true);
    },
    [base, mapRef, overlayRef, unrenderedRef, onlineRef, styleUrl, onStyleFailed],
  );

  return { attach, created, sourceGen, fineGen };
}
