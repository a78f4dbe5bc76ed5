import smallShapesUrl from './small-state-shapes.json?url';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { locale } from '../../i18n/i18n.ts';
import { localCountryNames, type Basemap } from '../../lib/basemap.ts';
import { smallShapes, type ShapesByIso, type SmallShapes } from './small-states.ts';

/**
 * The small states' finer shapes (1:50m), fetched once the first view is drawn and the page is
 * idle, so they never delay it; they show as the visitor zooms in.
 */
export function useSmallStateShapes(
  mapRef: RefObject<MapRef | null>,
  loaded: boolean,
  base: Basemap,
  countryNames: ReadonlyMap<string, string>,
): SmallShapes | null {
  const [fine, setFine] = useState<SmallShapes | null>(null);
  const namesRef = useRef(countryNames);
  useEffect(() => {
    namesRef.current = countryNames;
  }, [countryNames]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    let cancelled = false;
    const fetchShapes = () => {
      // Fetched as data (a hashed file, cached), not parsed as a JavaScript module.
      fetch(smallShapesUrl)
        .then((res) => (res.ok ? (res.json() as Promise<ShapesByIso>) : Promise.reject()))
        .then((shapesByIso) => {
          if (cancelled) return;
          const local = localCountryNames(locale());
          const name = (iso: string) => namesRef.current.get(iso) ?? local(iso, iso);
          const firstId = Math.max(0, ...[...base.idsByIso.values()].flat()) + 1;
          setFine(smallShapes(shapesByIso, name, firstId));
        })
        .catch(() => undefined); // the markers still show every small state
    };
    const whenIdle = () =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(fetchShapes, { timeout: 2000 })
        : setTimeout(fetchShapes, 200);
    map.once('idle', whenIdle);
    return () => {
      cancelled = true;
      map.off('idle', whenIdle);
    };
  }, [mapRef, loaded, base]);
  return fine;
}
