import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { StyleSpecification } from 'maplibre-gl';
import { useMemo } from 'react';
import MapGL, { Layer, Marker, NavigationControl, Source } from 'react-map-gl/maplibre';
import { t } from '../../i18n/i18n.ts';
import { buildBasemap } from '../map/basemap.ts';
import { BASEMAP_COLORS } from '../map/scales.ts';

/** Offline: a plain background and the map feature's country shapes; no tiles, no internet. */
const STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [
    { id: 'water', type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
  ],
};

let basemap: ReturnType<typeof buildBasemap> | undefined;

/**
 * Places or moves an entry's point: click the map or drag the marker. The latitude and
 * longitude fields next to it do the same for keyboard and screen-reader users.
 */
export default function PointPicker({
  lat,
  lon,
  center,
  onChange,
}: {
  lat: number | null;
  lon: number | null;
  center: { lat: number; lon: number };
  onChange: (lat: number, lon: number) => void;
}) {
  const countries = useMemo(() => (basemap ??= buildBasemap()).countries, []);
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
        <NavigationControl showCompass={false} position="top-right" />
        {lat !== null && lon !== null && (
          <Marker
            longitude={lon}
            latitude={lat}
            draggable
            color="#b42318"
            onDragEnd={(e) => set(e.lngLat.lng, e.lngLat.lat)}
          />
        )}
      </MapGL>
    </div>
  );
}
