import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../../components/ui/error-boundary.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { t } from '../../i18n/i18n.ts';
import type { MapItem } from '../filters/filter-logic.ts';
import type { ExplorerData } from './explorer-data.ts';
import { withBasemap } from '../../lib/basemap-data.ts';
import type { MapViewProps } from './map-view-props.ts';
import { NO_COUNTRIES } from './small-states.ts';
import type { useMapViewData } from './use-map-view-data.ts';

// maplibre-gl is big: it loads in its own chunk while the list and filters are already usable.
const MapView = lazy(() =>
  withBasemap(import('./map-view.tsx')).then((m) => ({ default: m.MapView })),
);

/**
 * The map of the full explorer and of the embedded one: the lazily loaded map view, fed by
 * `useMapViewData`, with a calm message in place of the map when WebGL is missing.
 */
export function ExplorerMap({
  data,
  view,
  ...rest
}: {
  data: ExplorerData | undefined;
  view: ReturnType<typeof useMapViewData>;
  ready: boolean;
  items: readonly MapItem[];
} & Pick<
  MapViewProps,
  'hovered' | 'selected' | 'onSelect' | 'onStack' | 'onCountry' | 'onHover' | 'onBounds'
>) {
  return (
    <ErrorBoundary fallback={<p className="map-fallback">{t('map.mapUnavailable')}</p>}>
      <Suspense fallback={<Loading label={t('map.mapLoading')} />}>
        <MapView
          {...rest}
          bySlug={view.bySlug}
          countryColors={view.countryColors}
          countryCounts={view.counts}
          countryNames={view.countryNames}
          countries={data?.meta.countries ?? NO_COUNTRIES}
          focus={view.focus}
        />
      </Suspense>
    </ErrorBoundary>
  );
}
