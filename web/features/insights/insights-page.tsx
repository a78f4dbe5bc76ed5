import { startTransition, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { Facets } from '../../../contract/initiatives.ts';
import { Loading } from '../../components/ui/loading.tsx';
import { formatNumber, t } from '../../i18n/i18n.ts';
import { api } from '../../lib/api-client.ts';
import { useExplorer } from '../../stores/explorer-store.ts';
import { activeFilterCount, EMPTY_FILTERS, sameFilters, toApiQuery } from '../../stores/filters.ts';
import { sanitizeFilters, toUrlSearch } from '../../stores/url-state.ts';
import { startUrlSync, withoutHistory } from '../../stores/url-sync.ts';
import { activeChips } from '../filters/active-filters.tsx';
import { knownCodes, useMeta } from '../../lib/reference-data.ts';
import { ChartCard } from './chart-card.tsx';
import { formatDate, headline, insightsCharts } from './chart-model.ts';
import './insights.css';

type Loaded = { key: string; facets?: Facets; at?: Date; error?: unknown };

/** The facets with their breakdown among the matches: the one source of every figure here. */
function useBreakdown(query: Record<string, string | number | undefined> | undefined) {
  const key = query ? JSON.stringify(query) : '';
  const [state, setState] = useState<Loaded>({ key: '' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!key) return;
    const ctrl = new AbortController();
    const q = { ...(JSON.parse(key) as Record<string, string>), breakdown: 'matches' };
    api.get<Facets>('/initiatives/facets', q, { signal: ctrl.signal }).then(
      (facets) => {
        performance.mark('pm:insights-data');
        // Drawn as a transition: React yields to the browser between the charts instead of
        // building all of them in one task that holds up taps and scrolling.
        startTransition(() => setState({ key, facets, at: new Date() }));
      },
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setState({ key, error });
      },
    );
    return () => ctrl.abort();
  }, [key, attempt]);
  return {
    facets: state.facets,
    at: state.at,
    error: state.key === key ? state.error : undefined,
    retry: () => setAttempt((n) => n + 1),
  };
}

export function InsightsPage() {
  useEffect(() => startUrlSync(useExplorer), []);
  useEffect(() => {
    document.title = t('insights.pageTitle');
  }, []);
  const filters = useExplorer((s) => s.filters);
  const setFilters = useExplorer((s) => s.setFilters);
  const { meta, settled } = useMeta();
  const known = useMemo(() => (meta ? knownCodes(meta) : undefined), [meta]);

  // A shared link may carry codes that no longer exist: drop them without a history entry.
  useEffect(() => {
    if (!known) return;
    const clean = sanitizeFilters(filters, known);
    if (!sameFilters(clean, filters)) withoutHistory(() => setFilters(clean));
  }, [known, filters, setFilters]);

  const clean = known ? sanitizeFilters(filters, known) : filters;
  const { facets, at, error, retry } = useBreakdown(settled ? toApiQuery(clean) : undefined);
  const charts = useMemo(() => (facets ? insightsCharts(facets, meta) : []), [facets, meta]);
  const head = facets ? headline(facets) : undefined;

  useLayoutEffect(() => {
    if (!charts.length) return;
    performance.mark('pm:insights-drawn');
    performance.measure('pm:insights-render', 'pm:insights-data', 'pm:insights-drawn');
    window.dispatchEvent(new Event('pm:insights-drawn'));
  }, [charts]);

  const search = toUrlSearch({ filters: clean, selected: null });
  const date = at ? formatDate(at) : '';
  const source = t('insights.sourceLine', {
    url: `${location.origin}/insights${search}`,
    date,
  });
  const chips = meta && activeFilterCount(clean) > 0 ? activeChips(clean, meta) : [];

  return (
    <main id="main" className="page insights" tabIndex={-1}>
      <div className="insights-head">
        <div>
          <h1>{t('insights.heading')}</h1>
          <p className="insights-intro">{t('insights.intro')}</p>
        </div>
        <button type="button" className="button secondary no-print" onClick={() => print()}>
          {t('insights.print')}
        </button>
      </div>

      <div className="insights-filters">
        {chips.length ? (
          <p>
            <span className="insights-filters-label">{t('insights.filtersLabel')}</span>{' '}
            {chips.map((c, i) => (
              <span key={c.key}>
                {i > 0 && '; '}
                <span className="insights-filter">{c.label}</span>
              </span>
            ))}
          </p>
        ) : (
          <p>{t('insights.filtersNone')}</p>
        )}
        <p className="no-print">
          <Link href={`/${search}`}>{t('insights.changeFilters')}</Link>
          {chips.length > 0 && (
            <>
              {' · '}
              <button
                type="button"
                className="link-button"
                onClick={() => setFilters(EMPTY_FILTERS)}
              >
                {t('insights.clearFilters')}
              </button>
            </>
          )}
        </p>
      </div>

      {error ? (
        <div className="error-state" role="alert">
          <p>
            <strong>{t('insights.loadError')}</strong>
          </p>
          <p>{t('insights.loadErrorHelp')}</p>
          <button type="button" className="button" onClick={retry}>
            {t('common.retry')}
          </button>
        </div>
      ) : !facets || !head ? (
        <Loading fill />
      ) : (
        <>
          <section className="figures" aria-labelledby="figures-title">
            <h2 id="figures-title" className="visually-hidden">
              {t('insights.figures')}
            </h2>
            <ul>
              <li data-figure="initiatives">
                <span className="figure-value">{formatNumber(head.initiatives)}</span>{' '}
                <span className="figure-label">
                  {t('insights.figInitiatives', { count: head.initiatives })}
                </span>
              </li>
              <li data-figure="countries">
                <span className="figure-value">{formatNumber(head.countries)}</span>{' '}
                <span className="figure-label">
                  {t('insights.figCountries', { count: head.countries })}
                </span>
              </li>
              <li data-figure="regions">
                <span className="figure-value">{formatNumber(head.regions)}</span>{' '}
                <span className="figure-label">
                  {t('insights.figRegions', { count: head.regions })}
                </span>
              </li>
              {head.childLed && (
                <li data-figure="child-led">
                  <span className="figure-value">{head.childLed.share}</span>{' '}
                  <span className="figure-label">
                    {t('insights.figChildLed')}{' '}
                    <span className="figure-note">
                      {t('insights.figChildLedOf', { count: head.childLed.known })}
                    </span>
                  </span>
                </li>
              )}
            </ul>
            {!head.childLed && head.initiatives > 0 && (
              <p className="figure-note">{t('insights.figChildLedUnknown')}</p>
            )}
          </section>
          <div className="chart-grid">
            {charts.map((spec) => (
              <ChartCard key={spec.id} spec={spec} source={source} fileStem="participation-map" />
            ))}
          </div>
          <footer className="insights-source">
            <p>{source}</p>
            <p className="print-only">{t('insights.printNote')}</p>
          </footer>
        </>
      )}
    </main>
  );
}
