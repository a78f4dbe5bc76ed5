import { lazy, Suspense, useEffect, useState } from 'react';
import { ErrorBoundary } from '../../components/ui/error-boundary.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { t } from '../../i18n/i18n.ts';
import type { ExplorerData } from './explorer-data.ts';
import { withBasemap } from '../../lib/basemap-data.ts';
import type { MapViewProps } from './map-view-props.ts';
import { NO_COUNTRIES } from './small-states.ts';
import type { FilterState } from '../../stores/filters.ts';
import { useMapViewData } from './use-map-view-data.ts';
import { liveMapAtOnce, rememberLiveMap } from './map-start.ts';
import { MapPicture } from './map-picture.tsx';
import { startMapDownloads } from './map-downloads.ts';

// maplibre-gl is big: it loads in its own chunk while the list and filters are already usable.
const MapView = lazy(() =>
  withBasemap(import('./map-view.tsx')).then((m) => ({ default: m.MapView })),
);

type LiveProps = {
  data: ExplorerData | undefined;
  /** The place filters: the map moves to the countries they choose. */
  places: Pick<FilterState, 'region' | 'subregion' | 'country'>;
} & Pick<
  MapViewProps,
  | 'ready'
  | 'items'
  | 'hovered'
  | 'selected'
  | 'onSelect'
  | 'onStack'
  | 'onCountry'
  | 'onHover'
  | 'onBounds'
>;

/**
 * The map of the full explorer and of the embedded one: the lazily loaded map view, fed by
 * `useMapViewData`, with a calm message in place of the map when WebGL is missing.
 */
export function ExplorerMap({
  picture,
  ...rest
}: LiveProps & {
  /**
   * The filters' query for the still picture shown until the live map starts (the map page
   * on a phone, map-start.ts); without it the live map starts at once (the embedded map).
   */
  picture?: Record<string, string | number | undefined>;
}) {
  const [live, setLive] = useState(() => !picture || liveMapAtOnce());
  // The button that opened the map is gone: the map itself takes the keyboard focus.
  const [openedByButton, setOpenedByButton] = useState(false);
  // "Show on map" on an entry (or a shared link to one) asks for the live map.
  if (rest.selected && !live) setLive(true);
  useEffect(() => {
    if (rest.selected && picture) rememberLiveMap();
  }, [rest.selected, picture]);
  // Its code, worker and shapes, at once, however it was asked for (button, "Show on map", this
  // session's earlier visit); on a wide screen preload.ts has started them already.
  useEffect(() => {
    if (live) startMapDownloads();
  }, [live]);

  if (!live && picture) {
    return (
      <MapPicture
        query={picture}
        onOpen={() => {
          rememberLiveMap();
          setOpenedByButton(true);
          setLive(true);
        }}
      />
    );
  }
  return <LiveMap {...rest} focusOnLoad={openedByButton} />;
}

/**
 * The live map with what it draws: counts, shading and the chosen places, worked out here and
 * not by the page, so a phone that shows the picture never computes them.
 */
function LiveMap({ data, places, focusOnLoad, ...rest }: LiveProps & { focusOnLoad: boolean }) {
  const view = useMapViewData(data, rest.items, places);
  return (
    <ErrorBoundary fallback={<p className="map-fallback">{t('map.mapUnavailable')}</p>}>
      <Suspense fallback={<Loading label={t('map.mapLoading')} still />}>
        <MapView
          {...rest}
          bySlug={view.bySlug}
          countryColors={view.countryColors}
          countryCounts={view.counts}
          countryNames={view.countryNames}
          countries={data?.meta.countries ?? NO_COUNTRIES}
          focus={view.focus}
          focusOnLoad={focusOnLoad}
        />
      </Suspense>
    </ErrorBoundary>
  );
}
