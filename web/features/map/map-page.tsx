import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ErrorState } from '../../components/ui/error-state.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { t } from '../../i18n/i18n.ts';
import { useExplorer } from '../../stores/explorer-store.ts';
import {
  activeFilterCount,
  sameFilters,
  toApiQuery,
  type FilterState,
} from '../../stores/filters.ts';
import { sanitizeFilters, toUrlSearch } from '../../stores/url-state.ts';
import { startUrlSync, withoutHistory } from '../../stores/url-sync.ts';
import { ActiveFilters } from '../filters/active-filters.tsx';
import { countByCountry, filterItems, inBounds, type MapItem } from '../filters/filter-logic.ts';
import { FilterPanel } from '../filters/filter-panel.tsx';
import { ViewDataLinks } from '../open-data/view-data-links.tsx';
import { useExplorerData, useFacets, useTextMatches, type ExplorerData } from './explorer-data.ts';
import { ExplorerMap } from './explorer-map.tsx';
import { InitiativeCard, StackCard } from './initiative-card.tsx';
import { ExplorerHeadline } from './explorer-headline.tsx';
import { MapLegend } from './map-legend.tsx';
import './map.css';
import { ResultsList } from './results-list.tsx';
import { COUNTRY_CLASSES } from '../../lib/scales.ts';
import { useFilterSheet } from './use-filter-sheet.ts';
import { useMediaQuery } from '../../lib/use-media-query.ts';
import { WIDE_LAYOUT } from './map-start.ts';
import { useBySlug } from './use-map-view-data.ts';

export function MapPage() {
  useEffect(() => startUrlSync(useExplorer), []);
  useEffect(() => {
    document.title = t('map.pageTitle');
  }, []);

  const data = useExplorerData();
  const filters = useExplorer((s) => s.filters);
  const selected = useExplorer((s) => s.selected);
  const hovered = useExplorer((s) => s.hovered);
  const stack = useExplorer((s) => s.stack);
  const onlyVisible = useExplorer((s) => s.onlyVisible);
  const bounds = useExplorer((s) => s.bounds);
  const { select, hover, showStack, setBounds, setFilters } = useExplorer.getState();
  const sheet = useFilterSheet();
  const opener = useRef<HTMLElement | null>(null);
  const ready = data.status === 'ready';

  // A shared link may carry codes that no longer exist: drop them without a history entry.
  useEffect(() => {
    if (!data.data) return;
    const clean = sanitizeFilters(filters, data.data.known);
    if (!sameFilters(clean, filters)) withoutHistory(() => setFilters(clean));
  }, [data.data, filters, setFilters]);

  const text = useTextMatches(filters.q);
  const filtered = useMemo(
    () => (data.data ? filterItems(data.data.items, filters, text.slugs) : []),
    [data.data, filters, text.slugs],
  );

  // The headline counts what the list and the map show, at once: it does not wait for the
  // filter panel's counts from the server, a round trip on a slow line. While the words of a
  // search are being looked up it says so, rather than count the entries shown meanwhile
  // (all of them, for a shared link with a search).
  const counts = useMemo(
    () =>
      ready && !text.pending
        ? { total: filtered.length, countries: countByCountry(filtered).size }
        : undefined,
    [ready, text.pending, filtered],
  );

  const listed = useMemo(
    () => (onlyVisible && bounds ? filtered.filter((i) => inBounds(i, bounds)) : filtered),
    [filtered, onlyVisible, bounds],
  );

  // Kept while the filters and data stay the same, so the list below is not drawn again when
  // only the counts (facets) or the map change.
  const clean = useMemo(
    () => (data.data ? sanitizeFilters(filters, data.data.known) : filters),
    [data.data, filters],
  );
  const query = useMemo(() => toApiQuery(clean), [clean]);
  const bySlug = useBySlug(data.data);

  // A link to an initiative that is no longer published just opens the map.
  useEffect(() => {
    if (ready && selected && !bySlug.has(selected)) withoutHistory(() => select(null));
  }, [ready, selected, bySlug, select]);

  const closeCard = useCallback(() => {
    select(null);
    showStack(null);
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) back.focus();
  }, [select, showStack]);

  // The list follows a filter click in a render of its own, just after the map's: the click
  // first redraws the map, the headline and the filters, then the list.
  const results = useDeferredValue(
    useMemo(() => ({ listed, filtered, clean }), [listed, filtered, clean]),
  );

  const onCountry = useCountryFilter(data.data);
  const onShowOnMap = useCallback(
    (slug: string, el: HTMLElement) => {
      opener.current = el;
      select(slug);
    },
    [select],
  );

  return (
    <main id="main" className="explorer" tabIndex={-1}>
      <SkipToList />
      <div className="explorer-head">
        <div>
          <h1>{t('map.heading')}</h1>
          <ExplorerHeadline counts={counts} />
          <Link href={`/insights${toUrlSearch({ filters: clean, selected: null })}`}>
            {t('map.insightsLink')}
          </Link>
        </div>
        <FiltersToggle sheet={sheet} active={activeFilterCount(filters)} />
      </div>
      {data.data && <ActiveFilters meta={data.data.meta} />}

      {data.status === 'error' ? (
        <ErrorState title={t('map.loadError')} help={t('map.loadErrorHelp')} onRetry={data.retry} />
      ) : (
        <div className="explorer-grid">
          {sheet.panelOpen && (
            <div
              className="filter-backdrop"
              aria-hidden="true"
              onClick={() => sheet.closePanel()}
            />
          )}
          <FilterSheet
            sheet={sheet}
            data={data.data}
            query={query}
            ready={ready}
            count={filtered.length}
          />

          <section className="map-area" aria-labelledby="map-title">
            <h2 id="map-title" className="visually-hidden">
              {t('map.mapRegion')}
            </h2>
            <p id="map-help" className="visually-hidden">
              {t('map.mapHelp')}
            </p>
            <div className="map-box" aria-describedby="map-help">
              {/* The map starts loading at once, in parallel with the data; on a phone its
                  picture stands in until the visitor opens it (map-start.ts). */}
              <ExplorerMap
                data={data.data}
                picture={query}
                places={clean}
                ready={ready}
                items={filtered}
                hovered={hovered}
                selected={selected}
                onSelect={(slug) => select(slug)}
                onStack={(slugs) => showStack(slugs)}
                onCountry={onCountry}
                onHover={hover}
                onBounds={setBounds}
              />
              {data.data && stack && (
                <StackCard
                  items={stack.map((s) => bySlug.get(s)).filter((i): i is MapItem => !!i)}
                  onChoose={(slug) => select(slug)}
                  onClose={closeCard}
                />
              )}
              {data.data && selected && !stack && (
                <InitiativeCard
                  slug={selected}
                  item={bySlug.get(selected)}
                  meta={data.data.meta}
                  onClose={closeCard}
                />
              )}
            </div>
            {data.data && <MapLegend steps={COUNTRY_CLASSES} meta={data.data.meta} />}
          </section>

          <ResultsSection
            data={data.data}
            ready={ready}
            listed={results.listed}
            filtered={results.filtered}
            clean={results.clean}
            pending={text.pending}
            onShowOnMap={onShowOnMap}
          />
        </div>
      )}
    </main>
  );
}

/** A country clicked on the map becomes the place filter; a region that excludes it is dropped. */
function useCountryFilter(data: ExplorerData | undefined) {
  const { setFilters } = useExplorer.getState();
  return useCallback(
    (iso: string) => {
      const meta = data?.meta;
      const c = meta?.countries.find((x) => x.code === iso);
      if (!c) return;
      const f = useExplorer.getState().filters;
      setFilters({
        ...f,
        country: [iso],
        region: f.region.length && !f.region.includes(c.region) ? [] : f.region,
        subregion: f.subregion.length && !f.subregion.includes(c.subregion) ? [] : f.subregion,
      });
    },
    [data, setFilters],
  );
}

/**
 * The filters and the map come first; keyboard and screen reader users can go straight to the
 * list, which holds the same initiatives.
 */
function SkipToList() {
  return (
    <a
      className="skip-link skip-to-list"
      href="#results"
      onClick={(e) => {
        // Focus itself, not only the scroll position, so the next Tab continues in the list.
        e.preventDefault();
        document.getElementById('results')?.focus();
      }}
    >
      {t('map.skipToList')}
    </a>
  );
}

type Sheet = ReturnType<typeof useFilterSheet>;

function FiltersToggle({ sheet, active }: { sheet: Sheet; active: number }) {
  const { panelOpen, toggleRef, openPanel, closePanel } = sheet;
  return (
    <button
      type="button"
      className="button secondary filters-toggle"
      aria-expanded={panelOpen}
      aria-controls="filter-panel"
      onClick={() => (panelOpen ? closePanel() : openPanel())}
      ref={toggleRef}
    >
      {t('map.filtersToggle')}
      {active > 0 && <span className="badge">{t('map.filtersActive', { count: active })}</span>}
    </button>
  );
}

function FilterSheet({
  sheet,
  data,
  query,
  ready,
  count,
}: {
  sheet: Sheet;
  data: ExplorerData | undefined;
  query: Record<string, string | number | undefined>;
  ready: boolean;
  count: number;
}) {
  // The panel's counts are asked for here, so their arrival redraws the panel, not the page.
  const facets = useFacets(query, ready);
  const { panelOpen, panelHeadingRef, closePanel } = sheet;
  // On a phone the filters wait, folded, until the sheet is first opened: some 450 elements
  // (the country and year lists) that a first visit need not build.
  const wide = useMediaQuery(WIDE_LAYOUT, true);
  const [opened, setOpened] = useState(false);
  if (panelOpen && !opened) setOpened(true);
  const built = wide || opened;
  return (
    <section
      id="filter-panel"
      className={`filter-panel${panelOpen ? ' is-open' : ''}`}
      aria-labelledby="filters-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && panelOpen) closePanel();
      }}
    >
      <div className="filter-sheet-head">
        <h2 id="filters-title" tabIndex={-1} ref={panelHeadingRef}>
          {t('map.filters')}
        </h2>
        <button type="button" className="button secondary sheet-close" onClick={() => closePanel()}>
          {t('common.close')}
        </button>
      </div>
      {data ? (
        built && (
          <FilterPanel
            meta={data.meta}
            facets={facets.facets}
            countsError={Boolean(facets.error)}
            onRetryCounts={facets.retry}
          />
        )
      ) : (
        <Loading />
      )}
      <div className="filter-sheet-foot">
        <button type="button" className="button" onClick={() => closePanel()}>
          {ready ? t('map.showResults', { count }) : t('map.showResultsLoading')}
        </button>
      </div>
    </section>
  );
}

const ResultsSection = memo(function ResultsSection({
  data,
  ready,
  listed,
  filtered,
  clean,
  pending,
  onShowOnMap,
}: {
  data: ExplorerData | undefined;
  ready: boolean;
  listed: readonly MapItem[];
  filtered: readonly MapItem[];
  clean: FilterState;
  pending: boolean;
  onShowOnMap: (slug: string, el: HTMLElement) => void;
}) {
  const onlyVisible = useExplorer((s) => s.onlyVisible);
  const { setOnlyVisible } = useExplorer.getState();
  return (
    <section
      id="results"
      className="results"
      aria-labelledby="results-title"
      aria-busy={!ready}
      tabIndex={-1}
    >
      <div className="results-head">
        <h2 id="results-title">{t('map.results')}</h2>
        <label className="toggle">
          <input
            type="checkbox"
            checked={onlyVisible}
            onChange={(e) => setOnlyVisible(e.target.checked)}
          />
          {t('map.onlyVisible')}
        </label>
      </div>
      {pending && <p className="muted">{t('map.searching')}</p>}
      {data ? (
        <ResultsList
          items={listed}
          meta={data.meta}
          totalMatching={filtered.length}
          onlyVisibleActive={onlyVisible}
          onShowOnMap={onShowOnMap}
        />
      ) : (
        <Loading />
      )}
      {data && <ViewDataLinks filters={clean} count={filtered.length} />}
    </section>
  );
});
