import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import MapGL, { Layer, Marker, NavigationControl, Source } from 'react-map-gl/maplibre';
import { locale, mapCorner, t } from '../../i18n/i18n.ts';
import { localCountryNames, type Basemap } from '../../lib/basemap.ts';
import { loadedBasemap } from '../../lib/basemap-data.ts';
import { MapOverlay } from '../map/map-overlay.ts';
import { BASEMAP_COLORS } from '../../lib/scales.ts';

/** Offline: a plain background and the map feature's country shapes; no tiles, no internet. */
const STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [
    { id: 'water', type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
  ],
};

/** Loaded before this component is (withBasemap in entry-edit-form.tsx). */
const basemap = (): Basemap => loadedBasemap() as Basemap;

/**
 * Places or moves an entry's point: click the map or drag the marker. The latitude and
 * longitude fields next to it do the same for keyboard and screen-reader users. Country names
 * are drawn as on the public map (the same overlay, without points), and the entry's town
 * is written under the marker, so staff can tell where they are placing it.
 */
export default function PointPicker({
  lat,
  lon,
  center,
  town,
  onChange,
}: {
  lat: number | null;
  lon: number | null;
  center: { lat: number; lon: number };
  /** The entry's town or city as typed, shown under the marker. */
  town?: string;
  onChange: (lat: number, lon: number) => void;
}) {
  const countries = useMemo(() => basemap().countries, []);
  const overlay = useRef<MapOverlay | null>(null);
  useEffect(() => () => overlay.current?.remove(), []);
  function onLoad(map: MapLibreMap) {
    if (overlay.current) return;
    overlay.current = new MapOverlay(map, basemap());
    overlay.current.setNames(localCountryNames(locale()), locale());
    if (typeof navigator !== 'undefined' && navigator.webdriver) {
      // Test hook only (automation sets navigator.webdriver), like the public map's.
      (window as unknown as { __pmPickerOverlay?: MapOverlay }).__pmPickerOverlay = overlay.current;
    }
  }
  const round = (n: number) => Math.round(n * 10_000) / 10_000;
  const set = (lng: number, la: number) => onChange(round(la), round(((lng + 540) % 360) - 180));
  return (
    <div className="staff-map" role="group" aria-label={t('staff.mapLabel')}>
      <MapGL
        mapStyle={STYLE}
        workerUrl={workerUrl}
        initialViewState={{ longitude: lon ?? center.lon, latitude: lat ?? center.lat, zoom: 4 }}
        dragRotate={false}
        touchPitch={false}
        attributionControl={false}
        onClick={(e) => set(e.lngLat.lng, e.lngLat.lat)}
        onLoad={(e) => onLoad(e.target)}
        style={{ inlineSize: '100%', blockSize: '100%' }}
        cursor="crosshair"
      >
        <Source id="staff-countries" type="geojson" data={countries}>
          <Layer id="staff-land" type="fill" paint={{ 'fill-color': BASEMAP_COLORS.land }} />
          <Layer
            id="staff-borders"
            type="line"
            paint={{ 'line-color': BASEMAP_COLORS.border, 'line-width': 0.6 }}
          />
        </Source>
        <NavigationControl showCompass={false} position={mapCorner('top', 'end')} />
        {lat !== null && lon !== null && (
          <Marker
            longitude={lon}
            latitude={lat}
            draggable
            color="#b42318"
            onDragEnd={(e) => set(e.lngLat.lng, e.lngLat.lat)}
          />
        )}
        {lat !== null && lon !== null && town?.trim() ? (
          <Marker longitude={lon} latitude={lat} anchor="top" offset={[0, 4]}>
            {/* The same text as the town field beside the map: shown, not read twice. */}
            <span className="staff-map-town" aria-hidden="true">
              {town.trim()}
            </span>
          </Marker>
        ) : null}
      </MapGL>
    </div>
  );
}
