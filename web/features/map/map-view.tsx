import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LngLat, MapLibreEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState } from 'react';
import MapGL, {
  AttributionControl,
  Layer,
  NavigationControl,
  Source,
  type MapRef,
} from 'react-map-gl/maplibre';
import { Loading } from '../../components/ui/loading.tsx';
import { mapCorner, t } from '../../i18n/i18n.ts';
import { onlineStyleUrl, storeBasemap, storedBasemap, type BasemapKind } from './basemap-choice.ts';
import type { Basemap } from '../../lib/basemap.ts';
import { loadedBasemap } from '../../lib/basemap-data.ts';
import {
  BASE_STYLE,
  INTERACTIVE_LAYERS,
  MAX_ZOOM,
  SHAPES_BUFFER,
  SOURCES,
  countriesBorder,
  countriesFill,
  countriesFillOnline,
  smallShapesBorder,
  smallShapesFill,
  smallShapesFillOnline,
} from './layers.ts';
import { WORLD_VIEW } from './focus.ts';
import type { MapOverlay } from './map-overlay.ts';
import { MAP_UPDATED, whenMapUpdated } from './map-updated.ts';
import type { MapViewProps } from './map-view-props.ts';
import { useChoropleth } from './use-choropleth.ts';
import { useMapAttach } from './use-map-attach.ts';
import { useMapCamera } from './use-map-camera.ts';
import { useMapPointer } from './use-map-pointer.ts';
import { useOverlaySync } from './use-overlay-sync.ts';
import { useSmallStateShapes } from './use-small-state-shapes.ts';

/** The basemap, loaded before this component is (withBasemap in basemap-data.ts). */
function basemap(): Basemap {
  const base = loadedBasemap();
  if (!base) throw new Error('MapView is loaded with withBasemap(), which loads the basemap');
  return base;
}

/** The optional online basemap named by the server (none by default). */
const STYLE_URL = typeof document === 'undefined' ? undefined : onlineStyleUrl();

const MIN_ZOOM = -1;

/**
 * MapLibre keeps the map's top and bottom edges within the poles, so a map taller than it is
 * wide (a phone held upright) could never zoom out far enough to show the whole inhabited
 * world. This keeps only the centre between 60 S and 75 N, and the water colour fills the rest.
 */
function constrainView(lngLat: LngLat, zoom: number): { center: LngLat; zoom: number } {
  const center = lngLat.wrap();
  center.lat = Math.max(-60, Math.min(75, center.lat));
  return { center, zoom: Math.max(MIN_ZOOM, zoom) };
}

/**
 * MapLibre opens a compact attribution by itself (when it first turns compact, which can be
 * after a source arrives) and keeps it open until the first drag, covering a phone's map. It
 * starts closed here, one tap away: it is closed whenever MapLibre opens it, until the visitor
 * uses its button.
 */
function keepAttributionClosed(container: HTMLElement) {
  const attribution = container.querySelector<HTMLElement>('.maplibregl-ctrl-attrib');
  if (!attribution) return;
  const close = () => attribution.classList.remove('maplibregl-compact-show');
  close();
  const observer = new MutationObserver(close);
  observer.observe(attribution, { attributes: true, attributeFilter: ['class'] });
  attribution.addEventListener('click', () => observer.disconnect(), { once: true, capture: true });
}

/** The WebGL map. Lazy-loaded with maplibre-gl; the list beside it is the accessible twin. */
export function MapView(props: MapViewProps) {
  const { ready, items, countryColors, countryCounts, countryNames } = props;
  const mapRef = useRef<MapRef>(null);
  const overlayRef = useRef<MapOverlay | null>(null);
  useEffect(() => () => overlayRef.current?.remove(), []);
  /** Map changes made since its last frame (a frame must show them before "updated"). */
  const unrenderedRef = useRef(false);
  const callbacksRef = useRef(props);
  useEffect(() => {
    callbacksRef.current = props;
  });
  const base = basemap();
  const [basemapKind, setBasemapKind] = useState<BasemapKind>(() =>
    STYLE_URL ? storedBasemap() : 'offline',
  );
  const [basemapFailed, setBasemapFailed] = useState(false);
  const online = basemapKind === 'online' && STYLE_URL !== undefined;
  const onlineRef = useRef(online);
  useEffect(() => {
    onlineRef.current = online;
  }, [online]);
  const onStyleFailed = useCallback(() => {
    setBasemapKind('offline');
    setBasemapFailed(true);
  }, []);
  const { attach, created, sourceGen, fineGen } = useMapAttach(base, {
    mapRef,
    overlayRef,
    unrenderedRef,
    onlineRef,
    styleUrl: STYLE_URL,
    onStyleFailed,
  });
  const [loaded, setLoaded] = useState(false);
  // Opened by a button that is now gone: the map takes the focus once it shows (it is hidden
  // while it loads).
  const focused = useRef(false);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!loaded || !map || focused.current || !callbacksRef.current.focusOnLoad) return;
    focused.current = true;
    map.getCanvas().focus({ preventScroll: true });
  }, [loaded, created]);
  const fine = useSmallStateShapes(mapRef, loaded, base, countryNames);
  useOverlaySync(overlayRef, { ...props, created, online, base });
  useChoropleth(mapRef, { base, fine, sourceGen, fineGen, countryColors, unrenderedRef });
  useMapCamera(mapRef, { ...props, loaded, created, base });
  const pointer = useMapPointer(overlayRef, callbacksRef, countryCounts);

  // Measurable "map updated" (tests, benchmark): the points are drawn and the map has shown
  // every change made to it, either already or at its next idle.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded || !ready) return;
    const count = items.length;
    const done = () => {
      performance.mark(MAP_UPDATED);
      window.dispatchEvent(new CustomEvent(MAP_UPDATED, { detail: { count } }));
    };
    // The overlay draws its waiting changes now, once (it otherwise waits for a frame).
    overlayRef.current?.draw();
    whenMapUpdated(map, unrenderedRef.current, done);
  }, [items, loaded, ready, created]);

  // The map may load before React has handed over the map object (the ref): the event's own
  // map is used, and what needs the ref waits for `created` as well.
  function onLoad(e: MapLibreEvent) {
    keepAttributionClosed(e.target.getContainer());
    setLoaded(true);
    reportBounds(e.target);
  }

  function reportBounds(map: MapLibreMap) {
    const b = map.getBounds();
    callbacksRef.current.onBounds([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
  }

  return (
    <div className={`map-canvas-wrap${loaded ? '' : ' is-loading'}`}>
      <MapGL
        ref={attach}
        mapStyle={online ? STYLE_URL : BASE_STYLE}
        workerUrl={workerUrl}
        initialViewState={{ bounds: WORLD_VIEW }}
        // Below zero, so the whole inhabited world fits a 360 px phone.
        minZoom={MIN_ZOOM}
        transformConstrain={constrainView}
        maxZoom={MAX_ZOOM}
        dragRotate={false}
        fadeDuration={0}
        pitchWithRotate={false}
        touchPitch={false}
        attributionControl={false}
        interactiveLayerIds={INTERACTIVE_LAYERS}
        onLoad={onLoad}
        onMoveStart={pointer.clearPointer}
        onMoveEnd={(e) => reportBounds(e.target)}
        onMouseMove={pointer.onMouseMove}
        onMouseLeave={pointer.onMouseLeave}
        onClick={pointer.onClick}
        style={{ position: 'absolute', inset: 0 }}
        locale={{
          'NavigationControl.ZoomIn': t('map.zoomIn'),
          'NavigationControl.ZoomOut': t('map.zoomOut'),
          'Map.Title': t('map.canvasLabel'),
          'AttributionControl.ToggleAttribution': t('map.toggleAttribution'),
        }}
      >
        <Source id={SOURCES.countries} type="geojson" data={base.countries} buffer={SHAPES_BUFFER}>
          <Layer {...(online ? countriesFillOnline : countriesFill)} />
          {!online && <Layer {...countriesBorder} />}
        </Source>
        {fine && (
          <Source id={SOURCES.smallShapes} type="geojson" data={fine.shapes} buffer={SHAPES_BUFFER}>
            <Layer {...(online ? smallShapesFillOnline : smallShapesFill)} />
            {!online && <Layer {...smallShapesBorder} />}
          </Source>
        )}
        <NavigationControl position={mapCorner('top', 'end')} showCompass={false} />
        <AttributionControl
          position={mapCorner('bottom', 'end')}
          compact
          customAttribution={t('map.attribution')}
        />
      </MapGL>
      {!loaded && (
        <div className="map-loading">
          <Loading label={t('map.mapLoading')} still />
        </div>
      )}
      {STYLE_URL && (
        <BasemapToggle
          online={online}
          onToggle={(next) => {
            storeBasemap(next);
            setBasemapFailed(false);
            setBasemapKind(next);
          }}
        />
      )}
      {basemapFailed && (
        <p className="map-notice" role="status">
          {t('map.detailedMapFailed')}
        </p>
      )}
      <MapTooltip tooltip={pointer.tooltip} />
    </div>
  );
}

function BasemapToggle(p: { online: boolean; onToggle: (next: BasemapKind) => void }) {
  return (
    <button
      type="button"
      className="basemap-toggle"
      aria-pressed={p.online}
      onClick={() => p.onToggle(p.online ? 'offline' : 'online')}
    >
      {t('map.detailedMap')}
    </button>
  );
}

function MapTooltip({ tooltip }: { tooltip: { x: number; y: number; text: string } | null }) {
  if (!tooltip) return null;
  return (
    <div
      className="map-tooltip"
      aria-hidden="true"
      style={{ insetInlineStart: tooltip.x + 12, insetBlockStart: tooltip.y + 12 }}
    >
      {tooltip.text}
    </div>
  );
}
