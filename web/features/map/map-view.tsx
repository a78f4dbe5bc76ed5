import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LngLat, MapLibreEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import MapGL, {
  AttributionControl,
  Layer,
  NavigationControl,
  Source,
  type MapLayerMouseEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import { Loading } from '../../components/ui/loading.tsx';
import { locale, t } from '../../i18n/i18n.ts';
import type { Bounds } from '../../stores/explorer-store.ts';
import type { MapItem } from '../filters/filter-logic.ts';
import { onlineStyleUrl, storeBasemap, storedBasemap, type BasemapKind } from './basemap-choice.ts';
import { buildBasemap, localCountryNames, type Basemap } from './basemap.ts';
import {
  BASE_STYLE,
  COUNTRY_LAYERS,
  INTERACTIVE_LAYERS,
  MAX_ZOOM,
  SOURCES,
  countriesBorder,
  countriesFill,
  countriesFillOnline,
  smallShapesBorder,
  smallShapesFill,
  smallShapesFillOnline,
} from './layers.ts';
import { countriesBox, WORLD_VIEW } from './focus.ts';
import { MapOverlay, type DrawnFeature } from './map-overlay.ts';
import { whenMapUpdated } from './map-updated.ts';
import { BASEMAP_COLORS } from './scales.ts';
import {
  smallShapes,
  smallStates,
  type CountryPoint,
  type ShapesByIso,
  type SmallShapes,
} from './small-states.ts';

export type MapViewProps = {
  /** False while the initiatives are still loading (the basemap shows already). */
  ready: boolean;
  items: readonly MapItem[];
  bySlug: ReadonlyMap<string, MapItem>;
  countryColors: ReadonlyMap<string, string>;
  countryCounts: ReadonlyMap<string, number>;
  countryNames: ReadonlyMap<string, string>;
  /** The country reference with each country's point (small states' markers). */
  countries: readonly CountryPoint[];
  /** The countries the place filters chose, with their reference points; null: the world. */
  focus: { isos: readonly string[]; countries: Parameters<typeof countriesBox>[2] } | null;
  hovered: string | null;
  selected: string | null;
  onSelect: (slug: string) => void;
  onStack: (slugs: string[]) => void;
  onCountry: (iso: string) => void;
  onHover: (slug: string | null) => void;
  onBounds: (bounds: Bounds) => void;
};

type Tooltip = { x: number; y: number; text: string } | null;
type Picked = DrawnFeature | { kind: 'country'; iso: string; name: string };

let basemapCache: Basemap | undefined;
function basemap(): Basemap {
  basemapCache ??= buildBasemap();
  return basemapCache;
}

/** Builds the basemap's GeoJSON ahead of the first render (preload.ts). */
export function prepareBasemap(): void {
  basemap();
}

/** Labels use the same country names as the rest of the site; the browser's names otherwise. */
function labelNamer(names: ReadonlyMap<string, string>): (iso: string, fallback: string) => string {
  const local = localCountryNames(locale());
  return (iso, fallback) => names.get(iso) ?? local(iso, fallback);
}

/** The optional online basemap named by the server (none by default). */
const STYLE_URL = typeof document === 'undefined' ? undefined : onlineStyleUrl();

/** Over an online style, the choropleth goes under the style's first names layer. */
function keepNamesOnTop(map: MapLibreMap) {
  if (!map.getLayer('countries-fill')) return;
  const order = map.getLayersOrder();
  const names = order.find((id) => map.getLayer(id)?.type === 'symbol');
  if (names && order.indexOf('countries-fill') > order.indexOf(names))
    map.moveLayer('countries-fill', names);
}

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

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The WebGL map. Lazy-loaded with maplibre-gl; the list beside it is the accessible twin. */
export function MapView(props: MapViewProps) {
  const { ready, items, bySlug, countryColors, countryCounts, hovered, selected } = props;
  const mapRef = useRef<MapRef>(null);
  // The map exists (the overlay can draw) / its countries source is added / first full render.
  const [created, setCreated] = useState(false);
  /** Bumped each time the countries source is (re)created, e.g. after a basemap switch. */
  const [sourceGen, setSourceGen] = useState(0);
  /** The same for the small states' finer shapes (small-shapes source). */
  const [fineGen, setFineGen] = useState(0);
  const [basemapKind, setBasemapKind] = useState<BasemapKind>(() =>
    STYLE_URL ? storedBasemap() : 'offline',
  );
  const [basemapFailed, setBasemapFailed] = useState(false);
  const online = basemapKind === 'online' && STYLE_URL !== undefined;
  const onlineRef = useRef(online);
  useEffect(() => {
    onlineRef.current = online;
  }, [online]);
  const [loaded, setLoaded] = useState(false);
  /** Map changes made since its last frame (a frame must show them before "updated"). */
  const unrendered = useRef(false);
  const [tooltip, setTooltip] = useState<Tooltip>(null);
  const base = basemap();
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });
  const lastColors = useRef(new Map<string, string>());
  const overlay = useRef<MapOverlay | null>(null);
  useEffect(() => () => overlay.current?.remove(), []);

  // Country names: only once the site's own names are known, so no stand-in name is drawn.
  const { countryNames } = props;
  // An online style brings its own names.
  useEffect(() => {
    if (created)
      overlay.current?.setNames(
        countryNames.size > 0 && !online ? labelNamer(countryNames) : undefined,
        locale(),
      );
  }, [countryNames, created, online]);

  // States too small for the basemap: a marker each, in the same colour as a shape would be.
  const { countries } = props;
  const states = useMemo(() => {
    const withEntries = new Set([...bySlug.values()].map((i) => i.country));
    return smallStates(countries, base.idsByIso, withEntries);
  }, [countries, bySlug, base]);
  useEffect(() => {
    if (created) overlay.current?.setSmallStates(states, countryColors);
  }, [states, countryColors, created]);

  // Their finer shapes (1:50m), fetched once the first view is drawn and the page is idle,
  // so they never delay it; they show as the visitor zooms in.
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
      import('./small-state-shapes.json')
        .then((mod) => {
          if (cancelled) return;
          const local = localCountryNames(locale());
          const name = (iso: string) => namesRef.current.get(iso) ?? local(iso, iso);
          const firstId = Math.max(0, ...[...base.idsByIso.values()].flat()) + 1;
          setFine(smallShapes(mod.default as ShapesByIso, name, firstId));
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
  }, [loaded, base]);

  // Points and clusters: re-clustered in the page and drawn on the overlay at once.
  useEffect(() => {
    if (created && ready) overlay.current?.setItems(items);
  }, [items, created, ready]);

  // A ring around the hovered or selected initiative, drawn even when it sits in a cluster.
  useEffect(() => {
    if (!created) return;
    overlay.current?.setRings(
      selected ? bySlug.get(selected) : undefined,
      hovered ? bySlug.get(hovered) : undefined,
    );
  }, [bySlug, hovered, selected, created]);

  // Choropleth: colours live in feature-state, so a filter change repaints without re-tiling.
  // They are set as soon as the source exists, so the first frame with countries has them.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || sourceGen === 0) return;
    const prev = lastColors.current;
    for (const [iso, ids] of base.idsByIso) {
      const color = countryColors.get(iso) ?? BASEMAP_COLORS.land;
      if (prev.get(iso) === color) continue;
      prev.set(iso, color);
      unrendered.current = true;
      for (const id of ids) map.setFeatureState({ source: SOURCES.countries, id }, { color });
    }
  }, [countryColors, sourceGen, base]);

  // The same colours on the finer shapes, once their source is added (again, after a style
  // switch: fineGen).
  const lastFineColors = useRef({ gen: 0, colors: new Map<string, string>() });
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !fine || fineGen === 0) return;
    if (lastFineColors.current.gen !== fineGen)
      lastFineColors.current = { gen: fineGen, colors: new Map() };
    const prev = lastFineColors.current.colors;
    for (const [iso, ids] of fine.idsByIso) {
      const color = countryColors.get(iso) ?? BASEMAP_COLORS.land;
      if (prev.get(iso) === color) continue;
      prev.set(iso, color);
      unrendered.current = true;
      for (const id of ids) map.setFeatureState({ source: SOURCES.smallShapes, id }, { color });
    }
  }, [countryColors, fine, fineGen]);

  // Measurable "map updated" (tests, benchmark): the points are drawn and the map has shown
  // every change made to it, either already or at its next idle.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded || !ready) return;
    const count = items.length;
    const done = () => {
      performance.mark('pm:map-idle');
      window.dispatchEvent(new CustomEvent('pm:map-idle', { detail: { count } }));
    };
    whenMapUpdated(map, unrendered.current, done);
  }, [items, loaded, ready, created]);

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
  }, [selected, bySlug, loaded, created]);

  // The map shows the chosen region, sub-region or countries, and the world again when they
  // are cleared. Keyed by the codes, so a new filter array with the same places stays still.
  const { focus } = props;
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
  }, [focusKey, loaded, created, base]);

  // The overlay and the choropleth start as soon as the map exists, before its first render.
  const attach = useCallback(
    (ref: MapRef | null) => {
      mapRef.current = ref;
      const map = ref?.getMap();
      if (!map || overlay.current) return;
      overlay.current = new MapOverlay(map, base);
      map.on('render', () => (unrendered.current = false));
      // A new style (the basemap switch) drops the countries source and its feature-state;
      // react-map-gl adds the source again, and the colours are set again on the new one.
      let seen: unknown;
      let seenFine: unknown;
      const onStyle = () => {
        const source = map.getSource(SOURCES.countries);
        if (source && source !== seen) {
          seen = source;
          lastColors.current.clear();
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
        const styleFailed = (e.error as { url?: string } | undefined)?.url === STYLE_URL;
        if (!styleFailed && map.isStyleLoaded()) return;
        onlineRef.current = false;
        setBasemapKind('offline');
        setBasemapFailed(true);
      });
      if (typeof navigator !== 'undefined' && navigator.webdriver) {
        // Test and benchmark hooks only (automation sets navigator.webdriver).
        const w = window as unknown as { __pmMap?: MapLibreMap; __pmOverlay?: MapOverlay };
        w.__pmMap = map;
        w.__pmOverlay = overlay.current;
      }
      setCreated(true);
    },
    [base],
  );

  // The map may load before React has handed over the map object (the ref): the event's own
  // map is used, and what needs the ref waits for `created` as well.
  function onLoad(e: MapLibreEvent) {
    keepAttributionClosed(e.target.getContainer());
    setLoaded(true);
    reportBounds(e.target);
  }

  function reportBounds(map: MapLibreMap) {
    const b = map.getBounds();
    callbacks.current.onBounds([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
  }

  /** The point, cluster or small state under the pointer (map-overlay.ts), else the country. */
  function pick(e: MapLayerMouseEvent): Picked | undefined {
    const hit = overlay.current?.pick(e.point.x, e.point.y);
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
    overlay.current?.setHoverCountry(f?.kind === 'country' ? f.iso : null);
    overlay.current?.setHover(f?.kind === 'country' ? undefined : f);
    map.getCanvas().style.cursor = f ? 'pointer' : '';
    callbacks.current.onHover(f?.kind === 'point' ? f.item.slug : null);
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
    overlay.current?.setHoverCountry(null);
    overlay.current?.setHover(undefined);
    setTooltip(null);
  }

  function onMouseLeave() {
    clearPointer();
    callbacks.current.onHover(null);
  }

  function onClick(e: MapLayerMouseEvent) {
    const map = e.target;
    const f = pick(e);
    if (!f) return;
    if (f.kind === 'point') {
      callbacks.current.onSelect(f.item.slug);
      return;
    }
    if (f.kind === 'country') {
      callbacks.current.onCountry(f.iso);
      return;
    }
    const expansion = overlay.current?.expansion(f.id, f.count <= 200 ? f.count : 0);
    if (!expansion) return;
    const { zoom, leaves } = expansion;
    const first = leaves[0];
    const onePlace =
      leaves.length > 0 && leaves.every((l) => l.lon === first?.lon && l.lat === first.lat);
    if (leaves.length > 0 && (onePlace || zoom > MAX_ZOOM || map.getZoom() >= MAX_ZOOM)) {
      // Entries sharing one point (often a country's point) are listed instead of stacked.
      callbacks.current.onStack(leaves.map((l) => l.slug));
      return;
    }
    const target = Math.min(zoom, MAX_ZOOM);
    const center: [number, number] = [f.lon, f.lat];
    if (reducedMotion()) map.jumpTo({ center, zoom: target });
    else map.easeTo({ center, zoom: target, duration: 500 });
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
        onMoveStart={clearPointer}
        onMoveEnd={(e) => reportBounds(e.target)}
        onMouseMove={onMouseMove}
        onMouseLeave={onMouseLeave}
        onClick={onClick}
        style={{ position: 'absolute', inset: 0 }}
        locale={{
          'NavigationControl.ZoomIn': t('map.zoomIn'),
          'NavigationControl.ZoomOut': t('map.zoomOut'),
          'Map.Title': t('map.canvasLabel'),
        }}
      >
        <Source id={SOURCES.countries} type="geojson" data={base.countries}>
          <Layer {...(online ? countriesFillOnline : countriesFill)} />
          {!online && <Layer {...countriesBorder} />}
        </Source>
        {fine && (
          <Source id={SOURCES.smallShapes} type="geojson" data={fine.shapes}>
            <Layer {...(online ? smallShapesFillOnline : smallShapesFill)} />
            {!online && <Layer {...smallShapesBorder} />}
          </Source>
        )}
        <NavigationControl position="top-right" showCompass={false} />
        <AttributionControl
          position="bottom-right"
          compact
          customAttribution={t('map.attribution')}
        />
      </MapGL>
      {!loaded && (
        <div className="map-loading">
          <Loading label={t('map.mapLoading')} />
        </div>
      )}
      {STYLE_URL && (
        <button
          type="button"
          className="basemap-toggle"
          aria-pressed={online}
          onClick={() => {
            const next = online ? 'offline' : 'online';
            storeBasemap(next);
            setBasemapFailed(false);
            setBasemapKind(next);
          }}
        >
          {t('map.detailedMap')}
        </button>
      )}
      {basemapFailed && (
        <p className="map-notice" role="status">
          {t('map.detailedMapFailed')}
        </p>
      )}
      {tooltip && (
        <div
          className="map-tooltip"
          aria-hidden="true"
          style={{ insetInlineStart: tooltip.x + 12, insetBlockStart: tooltip.y + 12 }}
        >
          {tooltip.text}
        </div>
      )}
    </div>
  );
}
