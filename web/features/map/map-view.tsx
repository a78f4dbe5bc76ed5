import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import MapGL, {
  AttributionControl,
  Layer,
  NavigationControl,
  Source,
  type MapLayerMouseEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import '../../i18n/en/map.ts';
import { locale, t } from '../../i18n/i18n.ts';
import type { Bounds } from '../../stores/explorer-store.ts';
import type { MapItem } from '../filters/filter-logic.ts';
import { buildBasemap, localCountryNames, type Basemap } from './basemap.ts';
import {
  BASE_STYLE,
  INTERACTIVE_LAYERS,
  MAX_ZOOM,
  SOURCES,
  clusterCounts,
  clusters,
  countriesBorder,
  countriesFill,
  countriesHover,
  highlight,
  labelLayers,
  points,
} from './layers.ts';
import { BASEMAP_COLORS } from './scales.ts';
import { abbreviateCount, renderTextImage } from './text-images.ts';

export type MapViewProps = {
  /** False while the initiatives are still loading (the basemap shows already). */
  ready: boolean;
  items: readonly MapItem[];
  bySlug: ReadonlyMap<string, MapItem>;
  countryColors: ReadonlyMap<string, string>;
  countryCounts: ReadonlyMap<string, number>;
  countryNames: ReadonlyMap<string, string>;
  hovered: string | null;
  selected: string | null;
  onSelect: (slug: string) => void;
  onStack: (slugs: string[]) => void;
  onCountry: (iso: string) => void;
  onHover: (slug: string | null) => void;
  onBounds: (bounds: Bounds) => void;
};

type Tooltip = { x: number; y: number; text: string } | null;

const NO_LABELS: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };

let basemapCache: Basemap | undefined;
function basemap(): Basemap {
  basemapCache ??= buildBasemap();
  return basemapCache;
}

/** Labels use the same country names as the rest of the site; the browser's names otherwise. */
function labelNamer(names: ReadonlyMap<string, string>): (iso: string, fallback: string) => string {
  const local = localCountryNames(locale());
  return (iso, fallback) => names.get(iso) ?? local(iso, fallback);
}

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The WebGL map. Lazy-loaded with maplibre-gl; the list beside it is the accessible twin. */
export function MapView(props: MapViewProps) {
  const { ready, items, bySlug, countryColors, countryCounts, hovered, selected } = props;
  const mapRef = useRef<MapRef>(null);
  const [loaded, setLoaded] = useState(false);
  const [tooltip, setTooltip] = useState<Tooltip>(null);
  const base = basemap();
  const namer = useRef(labelNamer(props.countryNames));
  useEffect(() => {
    namer.current = labelNamer(props.countryNames);
  }, [props.countryNames]);
  const namesReady = props.countryNames.size > 0;
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });
  const hoverState = useRef<{ source: string; id: number | string } | null>(null);
  const lastColors = useRef(new Map<string, string>());

  // Only what clustering and colouring need goes to the worker: smaller, faster setData.
  const pointData = useMemo<FeatureCollection<Point>>(
    () => ({
      type: 'FeatureCollection',
      features: items.map((i) => ({
        type: 'Feature',
        id: i.id,
        geometry: { type: 'Point', coordinates: [i.lon, i.lat] },
        properties: { slug: i.slug, theme: i.themes[0] ?? '' },
      })),
    }),
    [items],
  );

  const highlightData = useMemo<FeatureCollection<Point>>(() => {
    const features: FeatureCollection<Point>['features'] = [];
    for (const [slug, kind] of [
      [selected, 'selected'],
      [hovered, 'hovered'],
    ] as const) {
      const i = slug ? bySlug.get(slug) : undefined;
      if (i)
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [i.lon, i.lat] },
          properties: { kind },
        });
    }
    return { type: 'FeatureCollection', features };
  }, [bySlug, hovered, selected]);

  // Choropleth: colours live in feature-state, so a filter change repaints without re-tiling.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    const prev = lastColors.current;
    for (const [iso, ids] of base.idsByIso) {
      const color = countryColors.get(iso) ?? BASEMAP_COLORS.land;
      if (prev.get(iso) === color) continue;
      prev.set(iso, color);
      for (const id of ids) map.setFeatureState({ source: SOURCES.countries, id }, { color });
    }
  }, [countryColors, loaded, base]);

  // Measurable "map updated": after the new points are in, the next idle is the finished map.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded || !ready) return;
    const count = items.length;
    map.once('idle', () => {
      performance.mark('pm:map-idle');
      window.dispatchEvent(new CustomEvent('pm:map-idle', { detail: { count } }));
    });
    map.triggerRepaint();
  }, [items, loaded, ready]);

  // The map flies to a selected initiative (jumps, when the visitor prefers less motion).
  useEffect(() => {
    const map = mapRef.current?.getMap();
    const item = selected ? bySlug.get(selected) : undefined;
    if (!map || !loaded || !item) return;
    const zoom = Math.max(map.getZoom(), 4);
    if (reducedMotion()) map.jumpTo({ center: [item.lon, item.lat], zoom });
    else map.flyTo({ center: [item.lon, item.lat], zoom, duration: 1200, essential: false });
  }, [selected, bySlug, loaded]);

  function onLoad() {
    const map = mapRef.current?.getMap();
    if (!map) return;
    if (typeof navigator !== 'undefined' && navigator.webdriver) {
      // Test and benchmark hook only (automation sets navigator.webdriver).
      (window as unknown as { __pmMap?: MapLibreMap }).__pmMap = map;
    }
    setLoaded(true);
    reportBounds(map);
  }

  function reportBounds(map: MapLibreMap) {
    const b = map.getBounds();
    callbacks.current.onBounds([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
  }

  function pick(e: MapLayerMouseEvent): MapGeoJSONFeature | undefined {
    const map = e.target;
    const { x, y } = e.point;
    const r = 8; // forgiving for fingers and unsteady hands
    const near = map.queryRenderedFeatures(
      [
        [x - r, y - r],
        [x + r, y + r],
      ],
      { layers: ['points', 'clusters'] },
    );
    if (near.length) {
      // Nearest first
      near.sort((a, b) => dist(map, a, x, y) - dist(map, b, x, y));
      return near[0];
    }
    return map.queryRenderedFeatures([x, y], { layers: ['countries-fill'] })[0];
  }

  function setHover(map: MapLibreMap, f: MapGeoJSONFeature | undefined) {
    const next = f && f.id !== undefined ? { source: f.source, id: f.id } : null;
    const cur = hoverState.current;
    if (cur && next && cur.source === next.source && cur.id === next.id) return;
    if (cur) map.setFeatureState(cur, { hover: false });
    if (next) map.setFeatureState(next, { hover: true });
    hoverState.current = next;
  }

  function onMouseMove(e: MapLayerMouseEvent) {
    const map = e.target;
    const f = pick(e);
    setHover(map, f);
    map.getCanvas().style.cursor = f ? 'pointer' : '';
    const slug = f?.layer.id === 'points' ? String(f.properties.slug) : null;
    callbacks.current.onHover(slug);
    let text: string | undefined;
    if (f?.layer.id === 'points') text = slug ? bySlug.get(slug)?.title : undefined;
    else if (f?.layer.id === 'clusters')
      text = t('map.clusterTooltip', { count: Number(f.properties.point_count) });
    else if (f?.layer.id === 'countries-fill') {
      const iso = String(f.properties.iso);
      text = t('map.countryTooltip', {
        name: String(f.properties.name),
        count: countryCounts.get(iso) ?? 0,
      });
    }
    setTooltip(text ? { x: e.point.x, y: e.point.y, text } : null);
  }

  function onMouseLeave() {
    const map = mapRef.current?.getMap();
    if (map) setHover(map, undefined);
    setTooltip(null);
    callbacks.current.onHover(null);
  }

  async function onClick(e: MapLayerMouseEvent) {
    const map = e.target;
    const f = pick(e);
    if (!f) return;
    if (f.layer.id === 'points') {
      callbacks.current.onSelect(String(f.properties.slug));
      return;
    }
    if (f.layer.id === 'countries-fill') {
      callbacks.current.onCountry(String(f.properties.iso));
      return;
    }
    const source = map.getSource<GeoJSONSource>(SOURCES.initiatives);
    if (!source) return;
    const clusterId = Number(f.properties.cluster_id);
    const count = Number(f.properties.point_count);
    const center = (f.geometry as Point).coordinates as [number, number];
    const [zoom, leaves] = await Promise.all([
      source.getClusterExpansionZoom(clusterId),
      count <= 200 ? source.getClusterLeaves(clusterId, count, 0) : Promise.resolve(null),
    ]);
    const first = leaves?.[0]?.geometry as Point | undefined;
    const onePlace =
      leaves !== null &&
      leaves.every((l) => {
        const c = (l.geometry as Point).coordinates;
        return c[0] === first?.coordinates[0] && c[1] === first?.coordinates[1];
      });
    if (leaves && (onePlace || zoom > MAX_ZOOM || map.getZoom() >= MAX_ZOOM)) {
      // Entries sharing one point (often a country's point) are listed instead of stacked.
      callbacks.current.onStack(leaves.map((l) => String(l.properties?.slug)));
      return;
    }
    const target = Math.min(zoom, MAX_ZOOM);
    if (reducedMotion()) map.jumpTo({ center, zoom: target });
    else map.easeTo({ center, zoom: target, duration: 500 });
  }

  // Text images must be supplied from the very first layout, before `load` fires.
  const attach = useCallback(
    (ref: MapRef | null) => {
      mapRef.current = ref;
      const map = ref?.getMap();
      if (!map || withTextImages.has(map)) return;
      withTextImages.add(map);
      // MapLibre 6: only a resolver (not a `styleimagemissing` listener) can answer the request
      // that is waiting for the image.
      map.setMissingStyleImageResolver((id) => addTextImage(map, id, base, namer.current));
    },
    [base],
  );

  return (
    <div className="map-canvas-wrap">
      <MapGL
        ref={attach}
        mapStyle={BASE_STYLE}
        workerUrl={workerUrl}
        initialViewState={{ bounds: [-150, -45, 165, 65] }}
        minZoom={0}
        maxZoom={MAX_ZOOM}
        dragRotate={false}
        fadeDuration={0}
        pitchWithRotate={false}
        touchPitch={false}
        attributionControl={false}
        interactiveLayerIds={INTERACTIVE_LAYERS}
        onLoad={onLoad}
        onMoveEnd={(e) => reportBounds(e.target)}
        onMouseMove={onMouseMove}
        onMouseLeave={onMouseLeave}
        onClick={(e) => void onClick(e)}
        style={{ position: 'absolute', inset: 0 }}
        locale={{
          'NavigationControl.ZoomIn': t('map.zoomIn'),
          'NavigationControl.ZoomOut': t('map.zoomOut'),
          'Map.Title': t('map.canvasLabel'),
        }}
      >
        <Source id={SOURCES.countries} type="geojson" data={base.countries}>
          <Layer {...countriesFill} />
          <Layer {...countriesBorder} />
          <Layer {...countriesHover} />
        </Source>
        {/* Empty until the country names are known, so no label is drawn with a stand-in name;
            always present, so the layer order stays the same. */}
        <Source id={SOURCES.labels} type="geojson" data={namesReady ? base.labels : NO_LABELS}>
          {labelLayers.map((l) => (
            <Layer key={l.id} {...l} />
          ))}
        </Source>
        <Source
          id={SOURCES.initiatives}
          type="geojson"
          data={pointData}
          cluster
          clusterRadius={42}
          clusterMaxZoom={MAX_ZOOM}
          buffer={64}
        >
          <Layer {...clusters} />
          <Layer {...clusterCounts} />
          <Layer {...points} />
        </Source>
        <Source id={SOURCES.highlight} type="geojson" data={highlightData}>
          <Layer {...highlight} />
        </Source>
        <NavigationControl position="top-right" showCompass={false} />
        <AttributionControl
          position="bottom-right"
          compact
          customAttribution={t('map.attribution')}
        />
      </MapGL>
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

function dist(map: MapLibreMap, f: MapGeoJSONFeature, x: number, y: number): number {
  const [lon = 0, lat = 0] = (f.geometry as Point).coordinates;
  const p = map.project([lon, lat]);
  return (p.x - x) ** 2 + (p.y - y) ** 2;
}

const labelStyle = {
  font: '600 12px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  color: BASEMAP_COLORS.label,
  halo: BASEMAP_COLORS.labelHalo,
  haloWidth: 2,
};
const countStyle = {
  font: '700 12px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  color: '#ffffff',
};

const withTextImages = new WeakSet<MapLibreMap>();
const labelNames = new WeakMap<Basemap, Map<string, string>>();

function addTextImage(
  map: MapLibreMap,
  id: string,
  base: Basemap,
  namer: (iso: string, fallback: string) => string,
) {
  if (map.hasImage(id)) return;
  const ratio = Math.min(3, Math.max(1, window.devicePixelRatio || 1));
  let image;
  if (id.startsWith('label:')) {
    const iso = id.slice(6);
    let names = labelNames.get(base);
    if (!names) {
      names = new Map(base.labels.features.map((f) => [f.properties.iso, f.properties.name]));
      labelNames.set(base, names);
    }
    const fallback = names.get(iso);
    if (fallback) image = renderTextImage(namer(iso, fallback), labelStyle, ratio);
  } else if (id.startsWith('count:')) {
    image = renderTextImage(abbreviateCount(Number(id.slice(6))), countStyle, ratio);
  }
  if (image) map.addImage(id, image, { pixelRatio: ratio });
}
