import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { Facets } from '../../contract/initiatives.ts';
import { t } from '../i18n/i18n.ts';
import { api } from '../lib/api-client.ts';

function LiveCount() {
  const [facets, setFacets] = useState<Facets | 'failed'>();
  useEffect(() => {
    const ctrl = new AbortController();
    api.get<Facets>('/initiatives/facets', undefined, { signal: ctrl.signal }).then(
      setFacets,
      () => setFacets('failed'), // the page reads well without the figure
    );
    return () => ctrl.abort();
  }, []);
  if (facets === 'failed') return null;
  // Its place is kept while the figure loads, so the text below does not move down.
  if (!facets) return <p className="about-count" aria-hidden="true" />;
  return (
    <p className="about-count" data-testid="about-count">
      {facets.countries === 1
        ? t('about.liveCountOneCountry', { count: facets.total })
        : t('about.liveCount', { count: facets.total, countries: facets.countries })}
    </p>
  );
}

export function AboutPage() {
  useEffect(() => {
    document.title = t('about.pageTitle');
  }, []);
  return (
    <main id="main" className="page narrow about-page" tabIndex={-1}>
      <h1>{t('about.title')}</h1>
      <p>{t('about.intro')}</p>
      <p>{t('contact.owner')}</p>
      <LiveCount />

      <h2>{t('about.howHeading')}</h2>
      <p>{t('about.howSources')}</p>
      <p>{t('about.howChildren')}</p>
      <p>
        <Link href="/tell">{t('about.howTell')}</Link>
      </p>
      <p>{t('about.howConcern')}</p>

      <h2>{t('about.useHeading')}</h2>
      <p>{t('about.useFilters')}</p>
      <p>{t('about.useList')}</p>

      <h2>{t('about.dataHeading')}</h2>
      <p>{t('about.dataIntro')}</p>
      <ul>
        <li>
          <a href="/api/initiatives.csv">{t('about.dataCsv')}</a> <code>/api/initiatives.csv</code>
        </li>
        <li>
          <a href="/api/initiatives.geojson">{t('about.dataGeoJson')}</a>{' '}
          <code>/api/initiatives.geojson</code>
        </li>
        <li>
          <a href="/api/docs">{t('about.dataApi')}</a> <code>/api/docs</code>
        </li>
        <li>
          <a href="/api/initiatives.atom" type="application/atom+xml">
            {t('about.dataFeed')}
          </a>{' '}
          <code>/api/initiatives.atom</code>
        </li>
      </ul>
      <p>{t('about.dataView')}</p>

      <h2 id="open-data">{t('about.licenceHeading')}</h2>
      <p>{t('about.licenceTerms')}</p>
      <p>{t('about.licenceSources')}</p>
      <p>{t('about.licencePersonal')}</p>
      <p>
        <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">
          {t('about.licenceLink')}
        </a>
      </p>

      <h2>{t('about.mapHeading')}</h2>
      <p>{t('about.mapBoundaries')}</p>
      <p>{t('about.mapApproximate')}</p>

      <p>
        <Link href="/privacy">{t('about.privacy')}</Link>
      </p>
      <p>
        <Link href="/contact">{t('contact.askOffice')}</Link>
      </p>
    </main>
  );
}
