import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { Meta } from '../../../contract/initiatives.ts';
import { ChildrenQuote } from '../../components/ui/children-quote.tsx';
import { t } from '../../i18n/i18n.ts';
import type { MapItem } from '../filters/filter-logic.ts';
import { useInitiative } from '../initiative/use-initiative.ts';
import { placeLine, ThemeChips } from './results-list.tsx';
import { themeColor } from '../../lib/scales.ts';
import { textLanguage } from '../../components/ui/text-language.ts';

type CardProps = {
  slug: string;
  item: MapItem | undefined;
  meta: Meta;
  onClose: () => void;
};

/**
 * The frame both cards share: a labelled section over the map with a close button, whose
 * heading takes focus when it opens (and when `focusKey` changes); Escape closes it.
 */
function MapCard({
  id,
  testId,
  heading,
  focusKey,
  onClose,
  children,
}: {
  id: string;
  testId: string;
  heading: ReactNode;
  focusKey: unknown;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEscape(onClose);
  useEffect(() => ref.current?.focus(), [focusKey]);
  return (
    <section className="map-card" aria-labelledby={id} data-testid={testId}>
      <button
        type="button"
        className="card-close"
        aria-label={t('map.closeCard')}
        onClick={onClose}
      >
        <span aria-hidden="true">×</span>
      </button>
      <h2 id={id} tabIndex={-1} ref={ref}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

function useEscape(onClose: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
}

/** The summary card over the map: enough to decide whether to read more, plus the source. */
export function InitiativeCard({ slug, item, meta, onClose }: CardProps) {
  const detail = useInitiative(slug);
  const themeLabel = new Map(meta.themes.map((x) => [x.code, x.label]));
  const full = detail.status === 'ready' ? detail.item : undefined;
  const title = full?.title ?? item?.title ?? '';

  return (
    <MapCard
      id="map-card-title"
      testId="initiative-card"
      heading={title}
      focusKey={slug}
      onClose={onClose}
    >
      {item && <p className="result-place">{placeLine(item)}</p>}
      {item && <ThemeChips codes={item.themes} labels={themeLabel} />}
      {detail.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {detail.status === 'error' && (
        <p className="inline-error">
          {t('map.cardLoadError')}{' '}
          <button type="button" className="link-button" onClick={detail.retry}>
            {t('common.retry')}
          </button>
        </p>
      )}
      {full && (
        <>
          <p className="card-summary" {...textLanguage(full.language)}>
            {full.summary}
          </p>
          <ChildrenQuote quote={full.quote} quoteBy={full.quoteBy} className="card-quote" />
          {full.organization && (
            <p className="card-meta">
              <span className="muted">{t('map.organization')}</span> {full.organization}
            </p>
          )}
          {full.sourceUrl && (
            <p className="card-meta">
              <span className="muted">{t('map.source')}</span>{' '}
              <a href={full.sourceUrl} target="_blank" rel="noopener noreferrer">
                {full.sourceTitle ?? full.sourceUrl}
                <span className="visually-hidden"> {t('map.sourceOpens')}</span>
              </a>
            </p>
          )}
        </>
      )}
      <p className="card-actions">
        <Link href={`/initiatives/${slug}`} className="button">
          {t('map.openPage')}
        </Link>
      </p>
    </MapCard>
  );
}

/** Several initiatives at one point (often a country's point): listed so each stays reachable. */
export function StackCard({
  items,
  onChoose,
  onClose,
}: {
  items: MapItem[];
  onChoose: (slug: string) => void;
  onClose: () => void;
}) {
  return (
    <MapCard
      id="map-stack-title"
      testId="stack-card"
      heading={t('map.stackHeading', { count: items.length })}
      focusKey={items}
      onClose={onClose}
    >
      <p className="muted">{t('map.stackHelp')}</p>
      <ul className="stack-list">
        {items.map((i) => (
          <li key={i.slug}>
            <button type="button" className="stack-item" onClick={() => onChoose(i.slug)}>
              <span
                className="swatch"
                style={{ background: themeColor(i.themes[0]) }}
                aria-hidden="true"
              />
              <span>
                <span className="stack-title" {...textLanguage()}>
                  {i.title}
                </span>
                <span className="muted stack-place">{placeLine(i)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </MapCard>
  );
}
