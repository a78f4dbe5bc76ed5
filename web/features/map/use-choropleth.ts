import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { Basemap } from '../../lib/basemap.ts';
import { SOURCES } from './layers.ts';
import { BASEMAP_COLORS } from '../../lib/scales.ts';
import type { SmallShapes } from './small-states.ts';

/** The colours already set on one generation of a source (a style switch makes a new one). */
type Painted = { gen: number; colors: Map<string, string> };

/** Sets each country's colour where it changed; says whether it set any. */
function paint(
  map: MapLibreMap,
  source: string,
  idsByIso: ReadonlyMap<string, readonly number[]>,
  countryColors: ReadonlyMap<string, string>,
  painted: { current: Painted },
  gen: number,
): boolean {
  if (painted.current.gen !== gen) painted.current = { gen, colors: new Map() };
  const prev = painted.current.colors;
  let changed = false;
  for (const [iso, ids] of idsByIso) {
    const color = countryColors.get(iso) ?? BASEMAP_COLORS.land;
    if (prev.get(iso) === color) continue;
    prev.set(iso, color);
    changed = true;
    for (const id of ids) map.setFeatureState({ source, id }, { color });
  }
  return changed;
}

/**
 * Choropleth: colours live in feature-state, so a filter change repaints without re-tiling.
 * They are set as soon as the source exists, so the first frame with countries has them; the
 * same colours go on the small states' finer shapes once their source is added. `sourceGen`
 * and `fineGen` count the sources' (re)creations, e.g. after a basemap switch.
 */
export function useChoropleth(
  mapRef: RefObject<MapRef | null>,
  p: {
    base: Basemap;
    fine: SmallShapes | null;
    sourceGen: number;
    fineGen: number;
    countryColors: ReadonlyMap<string, string>;
    /** Set when a change waits for the map's next frame. */
    unrenderedRef: RefObject<boolean>;
  },
) {
  const { base, fine, sourceGen, fineGen, countryColors, unrenderedRef } = p;
  const painted = useRef<Painted>({ gen: 0, colors: new Map() });
  const paintedFine = useRef<Painted>({ gen: 0, colors: new Map() });
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || sourceGen === 0) return;
    if (paint(map, SOURCES.countries, base.idsByIso, countryColors, painted, sourceGen))
      unrenderedRef.current = true;
  }, [mapRef, unrenderedRef, countryColors, sourceGen, base]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !fine || fineGen === 0) return;
    if (paint(map, SOURCES.smallShapes, fine.idsByIso, countryColors, paintedFine, fineGen))
      unrenderedRef.current = true;
  }, [mapRef, unrenderedRef, countryColors, fine, fineGen]);
}
