import { useEffect, useMemo, useState } from 'react';
import { ErrorState } from '../../components/ui/error-state.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { localHref, t } from '../../i18n/i18n.ts';
import { useExplorer } from '../../stores/explorer-store.ts';
import { parseUrlState, sanitizeFilters, toUrlSearch } from '../../stores/url-state.ts';
import { countByCountry, filterItems, type MapItem } from '../filters/filter-logic.ts';
import { useExplorerData, useTextMatches } from '../map/explorer-data.ts';
import { ExplorerMap } from '../map/explorer-map.tsx';
import { headlineText } from '../map/explorer-headline.tsx';
import '../map/map.css';
import { placeLine, ThemeChips } from '../map/results-list.tsx';
import './embed.css';

const PAGE = 30;

/**
 * The map for other sites' pages (/embed, /{lang}/embed): the view given by the address's
 * filters, as a compact map and list with the headline and a link to the full map. The
 * filters are read once and never written back: history entries inside a frame would take
 * over the host page's Back button.
 */
export function EmbedPage({ lang = 'en' }: { lang?: string }) {
  // The language itself is set before the first render (main.tsx), from the same address.
  useEffect(() => {
    document.title = t('openData.embedHeading');
  }, [lang]);

  const data = useExplorerData();
  const [initial] = useState(() => parseUrlState(window.location.search).filters);
  const filters = useMemo(
    () => (data.data ? sanitizeFilters(initial, data.data.known) : initial),
    [data.data, initial],
  );
  const text = useTextMatches(filters.q);
  const hovered = useExplorer((s) => s.hovered);
  const selected = useExplorer((s) => s.selected);
  const { hover, select } = useExplorer.getState();
  const [limit, setLimit] = useState(PAGE);

  const items = useMemo(
    () => (data.data && !text.pending ? filterItems(data.data.items, filters, text.slugs) : []),
    [data.data, filters, text.slugs, text.pending],
  );
  const counts = useMemo(() => countByCountry(items), [items]);
  const themeLabels = useMemo(
    () => new Map((data.data?.meta.themes ?? []).map((x) => [x.code, x.label])),
    [data.data],
  );

  // A point chosen on the map is brought to the top of the list.
  const listed = useMemo(() => {
    const chosen = selected ? items.find((i) => i.slug === selected) : undefined;
    return chosen ? [chosen, ...items.filter((i) => i !== chosen)] : items;
  }, [items, selected]);

  const ready = data.status === 'ready' && !text.pending;
  const headline = headlineText(
    ready ? { total: items.length, countries: counts.size } : undefined,
  );
  const fullMap = `/${toUrlSearch({ filters, selected: null })}`;

  return (
    <main id="main" className="embed">
      <header className="embed-head">
        <div>
          <h1>{t('openData.embedHeading')}</h1>
          <p className="headline" role="status" data-testid="embed-headline">
            {headline}
          </p>
        </div>
        <a href={fullMap} target="_blank" rel="noopener" className="button secondary">
          {t('openData.openFullMap')}
          <span className="visually-hidden"> {t('openData.opensNewTab')}</span>
        </a>
      </header>

      {data.status === 'error' ? (
        <ErrorState title={t('map.loadError')} onRetry={data.retry} />
      ) : (
        <div className="embed-body">
          <div className="embed-map map-box">
            <ExplorerMap
              data={data.data}
              places={filters}
              ready={ready}
              items={items}
              hovered={hovered}
              selected={selected}
              onSelect={(slug) => select(slug)}
              onStack={(slugs) => select(slugs[0] ?? null)}
              onCountry={() => undefined}
              onHover={hover}
              onBounds={() => undefined}
            />
          </div>
          <section className="embed-list" aria-label={t('map.results')}>
            {!ready ? (
              <Loading />
            ) : items.length === 0 ? (
              <p className="empty-title">{t('map.empty')}</p>
            ) : (
              <EmbedList
                items={listed.slice(0, limit)}
                themeLabels={themeLabels}
                hovered={hovered}
                selected={selected}
                onHover={hover}
              />
            )}
            {ready && limit < listed.length && (
              <button
                type="button"
                className="button secondary show-more"
                onClick={() => setLimit((n) => n + PAGE)}
              >
                {t('map.showMore')}
              </button>
            )}
          </section>
        </div>
      )}
      <p className="embed-credit">
        <a href={localHref('/about#open-data')} target="_blank" rel="noopener">
          {t('openData.embedCredit')}
        </a>
      </p>
    </main>
  );
}

function EmbedList({
  items,
  themeLabels,
  hovered,
  selected,
  onHover,
}: {
  items: readonly MapItem[];
  themeLabels: ReadonlyMap<string, string>;
  hovered: string | null;
  selected: string | null;
  onHover: (slug: string | null) => void;
}) {
  return (
    <ul className="result-list" onMouseLeave={() => onHover(null)}>
      {items.map((i) => (
        <li
          key={i.slug}
          className={`result${hovered === i.slug ? ' is-hovered' : ''}${selected === i.slug ? ' is-selected' : ''}`}
          onMouseEnter={() => onHover(i.slug)}
          onFocus={() => onHover(i.slug)}
        >
          <h2 className="result-title">
            <a href={localHref(`/initiatives/${i.slug}`)} target="_blank" rel="noopener">
              {i.title}
            </a>
          </h2>
          <p className="result-place">
            {placeLine(i)}
            {i.approximate && <span className="muted"> {t('map.approximate')}</span>}
          </p>
          <ThemeChips codes={i.themes} labels={themeLabels} />
        </li>
      ))}
    </ul>
  );
}
