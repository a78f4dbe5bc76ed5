import type { RefObject } from 'react';
import type { Meta } from '../../../contract/initiatives.ts';
import { formatDate } from '../../components/ui/format-date.ts';
import { StatusBadge } from '../../components/ui/status-badge.tsx';
import { localHref, t } from '../../i18n/i18n.ts';
import { tNodes } from '../../i18n/t-nodes.tsx';
import type { StaffEntry } from '../../../contract/moderation.ts';
import { Highlighted } from './highlight.tsx';
import { errorMessage, staffApi } from '../../lib/staff-api.ts';
import { labelOf } from '../../lib/reference-data.ts';

/** Title, status and dates of an entry; the heading takes focus after a change. */
export function EntryHeader({
  entry,
  headingRef,
}: {
  entry: StaffEntry;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  return (
    <header className="staff-entry-head">
      <h1 ref={headingRef} tabIndex={-1}>
        {entry.title}
      </h1>
      <p className="staff-meta">
        <StatusBadge status={entry.status} /> <span>{t(`staff.origin.${entry.origin}`)}</span>
        {entry.reference && <span>{t('staff.reference', { reference: entry.reference })}</span>}
        <span>{t('staff.version', { version: entry.version })}</span>
        <span>{t('staff.receivedAt', { date: formatDate(entry.createdAt) })}</span>
        {entry.publishedAt && (
          <span>{t('staff.publishedAt', { date: formatDate(entry.publishedAt) })}</span>
        )}
        {entry.status === 'published' && (
          <a href={localHref(`/initiatives/${entry.slug}`)} target="_blank" rel="noreferrer">
            {t('staff.viewPublic')}
          </a>
        )}
      </p>
    </header>
  );
}

/** What the safeguarding check found in the entry's text. */
export function EntryFlags({ entry }: { entry: StaffEntry }) {
  if (entry.flags.length === 0) return null;
  return (
    <section className="staff-callout staff-flags" aria-labelledby="flags-heading">
      <h2 id="flags-heading">{t('staff.flagsHeading', { count: entry.flags.length })}</h2>
      <p>{t('staff.flagsIntro')}</p>
      <ul>
        {entry.flags.map((f, i) => (
          <li key={i}>
            {t('staff.flagLine', {
              kind: t(`staff.flagKind.${f.kind}`),
              field: t(`staff.field.${f.field}`),
              match: f.match,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Visitors' open concerns about the entry, and a way to mark them resolved. */
export function EntryConcerns({
  entry,
  onResolved,
  onError,
}: {
  entry: StaffEntry;
  onResolved: (e: StaffEntry) => void;
  onError: (message: string) => void;
}) {
  const open = entry.concerns.filter((c) => !c.resolvedAt);
  if (open.length === 0) return null;
  return (
    <section className="staff-callout staff-flags" aria-labelledby="concerns-heading">
      <h2 id="concerns-heading">{t('staff.concernsHeading', { count: open.length })}</h2>
      <ul>
        {open.map((c) => (
          <li key={c.id}>
            <strong>{t(`staff.concernReason.${c.reason}`)}</strong> · {formatDate(c.createdAt)}
            {c.note && <p className="staff-quote">{c.note}</p>}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button secondary"
        onClick={() =>
          void staffApi
            .post<StaffEntry>(`/moderation/entries/${entry.id}/concerns/resolve`)
            .then(onResolved, (e: unknown) => onError(errorMessage(e, t('common.serverError'))))
        }
      >
        {t('staff.resolveConcerns')}
      </button>
    </section>
  );
}

/** The fields the public sees, with the safeguarding matches highlighted. */
export function PublicFields({ entry, meta }: { entry: StaffEntry; meta: Meta | undefined }) {
  const flagsIn = (field: string) => entry.flags.filter((f) => f.field === field);
  return (
    <section aria-labelledby="public-heading">
      <h2 id="public-heading">{t('staff.publicFields')}</h2>
      <dl className="staff-dl">
        <dt>{t('staff.field.summary')}</dt>
        <dd className="staff-text">
          <Highlighted text={entry.summary} flags={flagsIn('summary')} />
        </dd>
        <dt>{t('staff.field.title')}</dt>
        <dd>
          <Highlighted text={entry.title} flags={flagsIn('title')} />
        </dd>
        {entry.quote && (
          <>
            <dt>{t('staff.field.quote')}</dt>
            <dd>
              <Highlighted text={entry.quote} flags={flagsIn('quote')} />
              {entry.quoteBy && (
                <>
                  {' '}
                  {tNodes(
                    'staff.quoteByNote',
                    { label: t('staff.field.quoteBy') },
                    { quoteBy: <Highlighted text={entry.quoteBy} flags={flagsIn('quoteBy')} /> },
                  )}
                </>
              )}
            </dd>
          </>
        )}
        <dt>{t('staff.field.organization')}</dt>
        <dd>
          <Highlighted text={entry.organization} flags={flagsIn('organization')} />
        </dd>
        <dt>{t('staff.field.place')}</dt>
        <dd>
          {entry.locality && (
            <>
              <Highlighted text={entry.locality} flags={flagsIn('locality')} />,{' '}
            </>
          )}
          {entry.countryName}
          <div className="staff-muted">
            {entry.lat !== null && entry.lon !== null
              ? t('staff.pointAt', { lat: entry.lat, lon: entry.lon })
              : t('staff.pointCountry')}
          </div>
        </dd>
        <dt>{t('staff.field.themes')}</dt>
        <dd>{entry.themes.map((c) => labelOf(meta?.themes, c)).join(', ')}</dd>
        <dt>{t('staff.field.actions')}</dt>
        <dd>{entry.actions.map((c) => labelOf(meta?.actions, c)).join(', ')}</dd>
        <dt>{t('staff.field.year')}</dt>
        <dd>{entry.year ?? <span className="staff-muted">{t('staff.none')}</span>}</dd>
        <dt>{t('staff.field.link')}</dt>
        <dd>
          <Highlighted text={entry.link} flags={flagsIn('link')} />
        </dd>
        <dt>{t('staff.field.source')}</dt>
        <dd>
          {entry.sourceUrl ? (
            <a href={entry.sourceUrl} target="_blank" rel="noreferrer">
              {entry.sourceTitle ?? entry.sourceUrl}
            </a>
          ) : (
            <span className="staff-muted">{t('staff.none')}</span>
          )}
        </dd>
        <dt>{t('staff.field.slug')}</dt>
        <dd>{entry.slug}</dd>
      </dl>
    </section>
  );
}

/** Contact and submission details: staff only, never published. */
export function PrivateFields({ entry }: { entry: StaffEntry }) {
  return (
    <section aria-labelledby="private-heading" className="staff-private">
      <h2 id="private-heading">{t('staff.privateFields')}</h2>
      <p className="staff-hint">{t('staff.privateHint')}</p>
      <dl className="staff-dl">
        <dt>{t('staff.contact')}</dt>
        <dd>
          {entry.contactEmail ? (
            <a href={`mailto:${entry.contactEmail}`}>{entry.contactEmail}</a>
          ) : (
            <span className="staff-muted">{t('staff.none')}</span>
          )}
        </dd>
        {entry.submission && (
          <>
            <dt>{t('staff.ageRange')}</dt>
            <dd>{entry.submission.ageRange ?? t('staff.none')}</dd>
            <dt>{t('staff.groupSize')}</dt>
            <dd>{entry.submission.groupSize ?? t('staff.none')}</dd>
            <dt>{t('staff.childLed')}</dt>
            <dd>
              {entry.submission.childLed
                ? t(`staff.childLedValue.${entry.submission.childLed}`)
                : t('staff.none')}
            </dd>
            <dt>{t('staff.language')}</dt>
            <dd>{entry.submission.language ?? t('staff.none')}</dd>
            <dt>{t('staff.consentAt')}</dt>
            <dd>
              {entry.submission.consentAt
                ? formatDate(entry.submission.consentAt)
                : t('staff.none')}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
