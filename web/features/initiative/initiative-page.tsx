import ArrowLeft from 'lucide-react/icons/arrow-left';
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { Link } from 'wouter';
import type { Initiative, Meta } from '../../../contract/initiatives.ts';
import { Icon } from '../../components/ui/icon.tsx';
import { ChildrenQuote } from '../../components/ui/children-quote.tsx';
import { ErrorState } from '../../components/ui/error-state.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { NotFound } from '../../components/ui/not-found.tsx';
import { t } from '../../i18n/i18n.ts';
import { withBasemap } from '../../lib/basemap-data.ts';
import { useMeta } from '../../lib/reference-data.ts';
import { themeColor } from '../../lib/scales.ts';
import './initiative.css';
import { RelatedInitiatives } from './related-initiatives.tsx';
import { ShareButton } from './share-button.tsx';
import { useInitiative } from './use-initiative.ts';
import { textLanguage } from '../../components/ui/text-language.ts';

const LocatorMap = lazy(() =>
  withBasemap(import('./locator-map.tsx')).then((m) => ({ default: m.LocatorMap })),
);

/**
 * The moderation feature provides the "Report a concern" form. It is picked up here when the
 * file exists (a build-time glob, so nothing breaks before it lands).
 */
type ReportConcernModule = { ReportConcern: ComponentType<{ slug: string }> };
const concernModules = import.meta.glob<ReportConcernModule>('../concerns/report-concern.tsx');
const loadConcern = Object.values(concernModules)[0];
const ReportConcern = loadConcern
  ? lazy(() => loadConcern().then((m) => ({ default: m.ReportConcern })))
  : null;

function setMeta(title: string, description: string) {
  document.title = title;
  let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'description';
    document.head.append(meta);
  }
  meta.content = description;
}

export function InitiativePage({ slug }: { slug: string }) {
  const state = useInitiative(slug);
  const item = state.status === 'ready' ? state.item : undefined;
  // Both are asked for at once. Waiting for the labels too means the theme chips do not
  // change from codes to (longer) names under the visitor's eyes, moving the page down.
  const { meta, settled } = useMeta();

  useEffect(() => {
    if (!item) return;
    // The same title and description the server puts in the shell for shared links.
    setMeta(
      `${item.title} · ${item.countryName} · ${t('common.appName')}`,
      item.summary.length > 200 ? `${item.summary.slice(0, 197)}…` : item.summary,
    );
  }, [item]);

  if (state.status === 'not-found') {
    return <NotFound title={t('initiative.notFoundTitle')} body={t('initiative.notFoundBody')} />;
  }
  if (state.status === 'error') {
    return (
      <main id="main" className="page narrow">
        <ErrorState
          title={t('initiative.loadError')}
          help={t('initiative.loadErrorHelp')}
          onRetry={state.retry}
        />
      </main>
    );
  }
  if (!item || !settled) {
    return (
      <main id="main" className="page narrow">
        <Loading label={t('initiative.loading')} fill />
      </main>
    );
  }
  return <InitiativeView item={item} meta={meta} />;
}

function InitiativeView({ item, meta }: { item: Initiative; meta: Meta | undefined }) {
  // Labels for codes come from the reference data (loaded once, shared with the map).
  const themeLabel = (c: string) => meta?.themes.find((x) => x.code === c)?.label ?? c;
  const actionLabel = (c: string) => meta?.actions.find((x) => x.code === c)?.label ?? c;
  const place = [item.locality, item.countryName].filter(Boolean).join(', ');
  const url = typeof window === 'undefined' ? '' : (window.location.href.split('?')[0] ?? '');

  return (
    <main id="main" className="page initiative-page" tabIndex={-1}>
      <p className="back-link">
        <Link href={`/?selected=${item.slug}`}>
          <Icon icon={ArrowLeft} className="icon-flip" /> {t('initiative.backToMap')}
        </Link>
      </p>
      <article aria-labelledby="initiative-title">
        <header className="initiative-header">
          <p className="eyebrow">
            {item.countryName} · {item.regionName}
          </p>
          <h1 id="initiative-title" {...textLanguage(item.language)}>
            {item.title}
          </h1>
          <ul className="theme-chips">
            {item.themes.map((c) => (
              <li key={c}>
                <span className="swatch" style={{ background: themeColor(c) }} aria-hidden="true" />
                {themeLabel(c)}
              </li>
            ))}
          </ul>
        </header>

        <div className="initiative-layout">
          <div className="initiative-main">
            <p className="lead" {...textLanguage(item.language)}>
              {item.summary}
            </p>
            <ChildrenQuote quote={item.quote} quoteBy={item.quoteBy} />

            <section className="source-box" aria-labelledby="source-title">
              <h2 id="source-title">{t('initiative.sourceHeading')}</h2>
              {item.sourceUrl ? (
                <>
                  <p>{t('initiative.sourceIntro')}</p>
                  <p className="source-link">
                    <a href={item.sourceUrl} target="_blank" rel="noopener noreferrer">
                      {item.sourceTitle ?? item.sourceUrl}
                      <span className="visually-hidden"> {t('initiative.sourceOpens')}</span>
                    </a>
                  </p>
                  <p className="source-url">{item.sourceUrl}</p>
                </>
              ) : (
                <p>{t('initiative.noSource')}</p>
              )}
              {item.link && (
                <p>
                  <a href={item.link} target="_blank" rel="noopener noreferrer">
                    {t('initiative.groupLink')}
                  </a>
                </p>
              )}
            </section>

            <section aria-labelledby="details-title">
              <h2 id="details-title">{t('initiative.details')}</h2>
              <dl className="facts">
                <dt>{t('initiative.country')}</dt>
                <dd>{item.countryName}</dd>
                <dt>{t('initiative.place')}</dt>
                <dd>
                  {item.locality ?? t('initiative.placeUnknown')}
                  {item.approximate && (
                    <span className="muted"> {t('initiative.placeApproximateNote')}</span>
                  )}
                </dd>
                <dt>{t('initiative.region')}</dt>
                <dd>
                  {item.regionName} · {item.subregionName}
                </dd>
                <dt>{t('initiative.year')}</dt>
                <dd>
                  {item.year === null
                    ? t('initiative.yearUnknown')
                    : // A string, so the year is not grouped like a number ("2,016").
                      t('initiative.since', { year: String(item.year) })}
                </dd>
                <dt>{t('initiative.organization')}</dt>
                <dd>{item.organization ?? t('initiative.organizationNone')}</dd>
                <dt>{t('initiative.themes')}</dt>
                <dd>{item.themes.map(themeLabel).join('; ')}</dd>
                <dt>{t('initiative.actions')}</dt>
                <dd>{item.actions.map(actionLabel).join('; ')}</dd>
              </dl>
            </section>

            <section className="initiative-share" aria-labelledby="share-title">
              <h2 id="share-title">{t('initiative.share')}</h2>
              <ShareButton url={url} />
            </section>
          </div>

          <aside className="initiative-aside" aria-labelledby="locator-title">
            <h2 id="locator-title">{t('initiative.locator')}</h2>
            <Suspense fallback={<div className="locator-map placeholder" />}>
              <LocatorMap
                lon={item.lon}
                lat={item.lat}
                country={item.country}
                approximate={item.approximate}
                label={
                  item.approximate
                    ? t('initiative.locatorApproximate', { place })
                    : t('initiative.locatorLabel', { place })
                }
              />
            </Suspense>
            <p className="open-on-map">
              <Link href={`/?selected=${item.slug}`}>{t('initiative.openOnMap')}</Link>
            </p>
          </aside>
        </div>

        <RelatedInitiatives item={item} />

        {/* ── Report a concern ──────────────────────────────────────────────────────────
            The moderation feature's form (web/features/concerns/report-concern.tsx) goes
            here; it appears automatically once that file exists. */}
        {ReportConcern && (
          <section className="concern-spot" aria-labelledby="concern-title">
            <h2 id="concern-title">{t('initiative.concernHeading')}</h2>
            <Suspense fallback={null}>
              <ReportConcern slug={item.slug} />
            </Suspense>
          </section>
        )}
      </article>
    </main>
  );
}
