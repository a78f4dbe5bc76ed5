import { lazy, Suspense, useState } from 'react';
import { localHref, t } from '../../i18n/i18n.ts';
import { toApiQuery, type FilterState } from '../../stores/filters.ts';
import { toUrlSearch } from '../../stores/url-state.ts';
import './open-data.css';

// Only a partner who asks for the code downloads the dialog.
const EmbedDialog = lazy(() =>
  import('./embed-dialog.tsx').then((m) => ({ default: m.EmbedDialog })),
);

/** The query string of the public API for these filters ('' for none). */
export function apiSearch(filters: FilterState): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(toApiQuery(filters)))
    if (v !== undefined) p.set(k, String(v));
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/**
 * The open data of exactly the current view: its CSV and GeoJSON, its Atom feed, and the
 * code to embed it on another site.
 */
export function ViewDataLinks({ filters, count }: { filters: FilterState; count: number }) {
  const [embedding, setEmbedding] = useState(false);
  const search = apiSearch(filters);
  return (
    <section className="view-data" aria-labelledby="view-data-title">
      <h2 id="view-data-title">{t('openData.viewHeading')}</h2>
      <p>{t('openData.viewIntro', { count })}</p>
      <ul className="view-data-links">
        <li>
          <a href={`/api/initiatives.csv${search}`} download>
            {t('openData.downloadCsv')}
          </a>
        </li>
        <li>
          <a href={`/api/initiatives.geojson${search}`} download="participation-map.geojson">
            {t('openData.downloadGeoJson')}
          </a>
        </li>
        <li>
          <a href={`/api/initiatives.atom${search}`} type="application/atom+xml">
            {t('openData.feed')}
          </a>
        </li>
        <li>
          <button type="button" className="link-button" onClick={() => setEmbedding(true)}>
            {t('openData.embedOpen')}
          </button>
        </li>
      </ul>
      <p className="muted view-data-licence">
        {t('openData.licence')}{' '}
        <a href={localHref('/about#open-data')}>{t('openData.licenceLink')}</a>
      </p>
      {embedding && (
        <Suspense fallback={null}>
          <EmbedDialog
            search={toUrlSearch({ filters, selected: null })}
            onClose={() => setEmbedding(false)}
          />
        </Suspense>
      )}
    </section>
  );
}
