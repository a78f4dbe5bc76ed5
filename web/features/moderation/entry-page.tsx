import ArrowLeft from 'lucide-react/icons/arrow-left';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import {
  TRANSITIONS,
  DECISIONS,
  type Decision,
} from '../../../api/moderation/moderation.schema.ts';
import { Icon } from '../../components/ui/icon.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { t } from '../../i18n/i18n.ts';
import { tNodes } from '../../i18n/t-nodes.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { AuditList } from './audit-list.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { EntryEditForm } from './entry-edit-form.tsx';
import { ErasePersonalData } from './erase-personal-data.tsx';
import type { StaffEntry } from './entry-types.ts';
import { Highlighted } from './highlight.tsx';
import { formatDate, ReasonField, StatusBadge } from './queue-page.tsx';
import { useStaffSession } from './session-context.ts';
import { errorMessage, isFlagsRefusal, staffApi } from './staff-api.ts';
import { labelOf, useMeta } from './use-meta.ts';
import { useStaffQuery } from './use-staff-query.ts';

/** One entry with everything staff need, its edit form, decisions and full history. */
export function EntryPage({ id }: { id: number }) {
  const {
    data: fresh,
    stale,
    error,
    reload,
  } = useStaffQuery<StaffEntry>(`/moderation/entries/${id}`);
  // While a reload runs, keep showing the last copy of this entry (no flash, focus kept).
  const data = fresh ?? (stale?.id === id ? stale : undefined);
  const [saved, setSaved] = useState<StaffEntry | null>(null);
  // A fresher copy from a save or decision wins until the next load.
  const entry = saved && data && saved.version >= data.version ? saved : data;
  const meta = useMeta();
  const { refreshBadge, user } = useStaffSession();
  const [editing, setEditing] = useState(false);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (entry) document.title = `${entry.title} · ${t('staff.workspace')}`;
  }, [entry]);

  if (error !== undefined) {
    const missing = error instanceof ApiError && error.status === 404;
    return (
      <main id="main" className="page staff-page" tabIndex={-1}>
        <p>
          <Link href="/">
            <Icon icon={ArrowLeft} className="icon-flip" /> {t('staff.backToQueue')}
          </Link>
        </p>
        <p role="alert">
          {missing ? t('staff.entryMissing') : errorMessage(error, t('common.serverError'))}
        </p>
        {!missing && (
          <button type="button" className="button secondary" onClick={reload}>
            {t('common.retry')}
          </button>
        )}
      </main>
    );
  }
  if (!entry) return <Loading fill />;

  const possible = DECISIONS.filter((d) => TRANSITIONS[d].from.includes(entry.status));
  const flagsIn = (field: string) => entry.flags.filter((f) => f.field === field);
  const openConcerns = entry.concerns.filter((c) => !c.resolvedAt);

  const afterChange = (e: StaffEntry, message: string) => {
    setSaved(e);
    setNotice(message);
    setEditing(false);
    refreshBadge();
    reload();
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  return (
    <main id="main" className="page staff-page" tabIndex={-1}>
      <p>
        <Link href="/">
          <Icon icon={ArrowLeft} className="icon-flip" /> {t('staff.backToQueue')}
        </Link>
      </p>
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
            <a href={`/initiatives/${entry.slug}`} target="_blank" rel="noreferrer">
              {t('staff.viewPublic')}
            </a>
          )}
        </p>
      </header>

      {notice && (
        <p className="staff-notice" role="status">
          {notice}
        </p>
      )}

      {entry.status === 'rejected' && entry.rejectReason && (
        <p className="staff-callout">
          {t('staff.rejectedBecause', { reason: entry.rejectReason })}
        </p>
      )}

      {!editing && (
        <div className="staff-actions" role="group" aria-label={t('staff.decisions')}>
          <button type="button" className="button secondary" onClick={() => setEditing(true)}>
            {t('staff.edit')}
          </button>
          {possible.map((d) => (
            <button
              key={d}
              type="button"
              className={
                d === 'publish'
                  ? 'button'
                  : d === 'restore'
                    ? 'button secondary'
                    : 'button secondary danger-text'
              }
              onClick={() => setDecision(d)}
            >
              {t(`staff.decision.${d}`)}
            </button>
          ))}
          {user.role === 'admin' && <ErasePersonalData entry={entry} onDone={afterChange} />}
        </div>
      )}

      {entry.flags.length > 0 && (
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
      )}

      {openConcerns.length > 0 && (
        <section className="staff-callout staff-flags" aria-labelledby="concerns-heading">
          <h2 id="concerns-heading">
            {t('staff.concernsHeading', { count: openConcerns.length })}
          </h2>
          <ul>
            {openConcerns.map((c) => (
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
                .then(
                  (e) => afterChange(e, t('staff.concernsResolved')),
                  (e: unknown) => setNotice(errorMessage(e, t('common.serverError'))),
                )
            }
          >
            {t('staff.resolveConcerns')}
          </button>
        </section>
      )}

      {editing ? (
        <EntryEditForm
          key={entry.version}
          entry={entry}
          meta={meta}
          onCancel={() => setEditing(false)}
          onSaved={(e) => afterChange(e, t('staff.saved', { version: e.version }))}
          onReload={() => {
            setSaved(null);
            setEditing(false);
            reload();
            setNotice(t('staff.reloaded'));
          }}
        />
      ) : (
        <div className="staff-columns">
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
                          {
                            quoteBy: (
                              <Highlighted text={entry.quoteBy} flags={flagsIn('quoteBy')} />
                            ),
                          },
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
          <div>
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
          </div>
        </div>
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('staff.history')}</h2>
        <AuditList items={entry.history} />
      </section>

      {decision && (
        <DecisionDialog
          entry={entry}
          decision={decision}
          onClose={() => setDecision(null)}
          onDone={(e) => {
            setDecision(null);
            afterChange(e, t(`staff.decided.${decision}`));
          }}
          onConflict={() => {
            setDecision(null);
            setSaved(null);
            reload();
            setNotice(t('staff.decisionConflict'));
          }}
        />
      )}
    </main>
  );
}

function DecisionDialog({
  entry,
  decision,
  onClose,
  onDone,
  onConflict,
}: {
  entry: StaffEntry;
  decision: Decision;
  onClose: () => void;
  onDone: (e: StaffEntry) => void;
  onConflict: () => void;
}) {
  const [reason, setReason] = useState('');
  const [confirmFlags, setConfirmFlags] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The server checks the text as it is now; it may find flags this copy does not show.
  const [serverFlags, setServerFlags] = useState(false);
  const needsFlagCheck = decision === 'publish' && (entry.flags.length > 0 || serverFlags);
  const canConfirm =
    (decision !== 'reject' || reason.trim().length >= 3) && (!needsFlagCheck || confirmFlags);
  return (
    <ConfirmDialog
      title={t(`staff.confirm.${decision}`, { title: entry.title })}
      confirmLabel={t(`staff.decision.${decision}`)}
      danger={decision === 'reject' || decision === 'archive' || decision === 'unpublish'}
      busy={busy}
      canConfirm={canConfirm}
      onCancel={onClose}
      onConfirm={() => {
        setBusy(true);
        setError(null);
        staffApi
          .post<StaffEntry>(`/moderation/entries/${entry.id}/${decision}`, {
            version: entry.version,
            ...(decision === 'reject' ? { reason } : {}),
            ...(needsFlagCheck ? { confirmFlags } : {}),
          })
          .then(onDone, (e: unknown) => {
            if (e instanceof ApiError && e.status === 409 && e.serverTitle === 'Edit conflict')
              onConflict();
            else {
              if (isFlagsRefusal(e)) setServerFlags(true);
              setError(errorMessage(e, t('common.serverError')));
            }
          })
          .finally(() => setBusy(false));
      }}
    >
      <p>{t(`staff.explain.${decision}`)}</p>
      {decision === 'reject' && <ReasonField value={reason} onChange={setReason} />}
      {needsFlagCheck && (
        <label className="form-check staff-check">
          <input
            type="checkbox"
            checked={confirmFlags}
            onChange={(e) => setConfirmFlags(e.target.checked)}
          />
          {entry.flags.length
            ? t('staff.confirmFlags', { count: entry.flags.length })
            : t('personalData.confirmChecked')}
        </label>
      )}
      {error && (
        <p role="alert" className="staff-error">
          {error}
        </p>
      )}
    </ConfirmDialog>
  );
}
