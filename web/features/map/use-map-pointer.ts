import { useState, type RefObject } from 'react';
import type { MapLayerMouseEvent } from 'react-map-gl/maplibre';
import { t } from '../../i18n/i18n.ts';
import { COUNTRY_LAYERS, MAX_ZOOM } from './layers.ts';
import type { DrawnFeature, MapOverlay } from './map-overlay.ts';
import { reducedMotion, type MapViewProps } from './map-view-props.ts';

type Tooltip = { x: number; y: number; text: string } | null;
type Picked = DrawnFeature | { kind: 'country'; iso: string; name: string };
type Callbacks = Pick<MapViewProps, 'onSelect' | 'onStack' | 'onCountry' | 'onHover'>;

/** Hover, tooltip and clicks on the map: points, clusters, small states and countries. */
export function useMapPointer(
  overlayRef: RefObject<MapOverlay | null>,
  callbacksRef: RefObject<Callbacks>,
  countryCounts: ReadonlyMap<string, number>,
) {
  const [tooltip, setTooltip] = useState<Tooltip>(null);

  /** The point, cluster or small state under the pointer (map-overlay.ts), else the country. */
  function pick(e: MapLayerMouseEvent): Picked | undefined {
    const hit = overlayRef.current?.pick(e.point.x, e.point.y);
    if (hit?.kind === 'state') return { kind: 'country', iso: hit.iso, name: hit.name };
    if (hit) return hit;
    const country = e.target.queryRenderedFeatures([e.point.x, e.point.y], {
      layers: COUNTRY_LAYERS.filter((id) => e.target.getLayer(id)),
    })[0];
    return (
      country && {
        kind: 'country',
        iso: String(country.properties.iso),
        name: String(country.properties.name),
      }
    );
  }

  function onMouseMove(e: MapLayerMouseEvent) {
    const map = e.target;
    const f = pick(e);
    overlayRef.current?.setHoverCountry(f?.kind === 'country' ? f.iso : null);
    overlayRef.current?.setHover(f?.kind === 'country' ? undefined : f);
    map.getCanvas().style.cursor = f ? 'pointer' : '';
    callbacksRef.current.onHover(f?.kind === 'point' ? f.item.slug : null);
    let text: string | undefined;
    if (f?.kind === 'point') text = f.item.title;
    else if (f?.kind === 'cluster') text = t('map.clusterTooltip', { count: f.count });
    else if (f?.kind === 'country') {
      text = t('map.countryTooltip', { name: f.name, count: countryCounts.get(f.iso) ?? 0 });
    }
    setTooltip(text ? { x: e.point.x, y: e.point.y, text } : null);
  }

  /** What the pointer pointed at is stale once the map moves under it. */
  function clearPointer() {
    overlayRef.current?.setHoverCountry(null);
    overlayRef.current?.setHover(undefined);
    setTooltip(null);
  }

  function onMouseLeave() {
    clearPointer();
    callbacksRef.current.onHover(null);
  }

  function onClick(e: MapLayerMouseEvent) {
    const map = e.target;
    const f = pick(e);
    if (!f) return;
    if (f.kind === 'point') {
      callbacksRef.current.onSelect(f.item.slug);
      return;
    }
    if (f.kind === 'country') {
      callbacksRef.current.onCountry(f.iso);
      return;
    }
    const expansion = overlayRef.current?.expansion(f.id, f.count <= 200 ? f.count : 0);
    if (!expansion) return;
    const { zoom, leaves } = expansion;
    const first = leaves[0];
    const onePlace =
      leaves.length > 0 && leaves.every((l) => l.lon === first?.lon && l.lat === first.lat);
    if (leaves.length > 0 && (onePlace || zoom > MAX_ZOOM || map.getZoom() >= MAX_ZOOM)) {
      // Entries sharing one point (often a country's point) are listed instead of stacked.
      callbacksRef.current.onStack(leaves.map((l) => l.slug));
      return;
    }
    const target = Math.min(zoom, MAX_ZOOM);
    const center: [number, number] = [f.lon, f.lat];
    if (reducedMotion()) map.jumpTo({ center, zoom: target });
    else map.easeTo({ center, zoom: target, duration: 500 });
  }

  return { tooltip, onMouseMove, onMouseLeave, onClick, clearPointer };
}
