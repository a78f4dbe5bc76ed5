import ArrowLeft from 'lucide-react/icons/arrow-left';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { TRANSITIONS, DECISIONS, type Decision } from '../../../contract/moderation.ts';
import { Icon } from '../../components/ui/icon.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { t } from '../../i18n/i18n.ts';
import { ApiError } from '../../lib/api-client.ts';
import { AuditList } from './audit-list.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { EntryEditForm } from './entry-edit-form.tsx';
import { ErasePersonalData } from './erase-personal-data.tsx';
import type { StaffEntry } from '../../../contract/moderation.ts';
import {
  EntryConcerns,
  EntryFlags,
  EntryHeader,
  PrivateFields,
  PublicFields,
} from './entry-details.tsx';
import { ReasonField } from './reason-field.tsx';
import { useStaffSession } from './session-context.ts';
import { errorMessage, isFlagsRefusal, staffApi } from '../../lib/staff-api.ts';
import { useMeta } from '../../lib/reference-data.ts';
import { useStaffQuery } from '../../lib/use-staff-query.ts';
import { TranslationsPanel } from './translations-panel.tsx';

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
  const { meta } = useMeta();
  const { refreshBadge, user } = useStaffSession();
  const [editing, setEditing] = useState(false);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (entry) document.title = `${entry.title} · ${t('staff.workspace')}`;
  }, [entry]);

  if (error !== undefined) {
    return <EntryError error={error} onRetry={reload} />;
  }
  if (!entry) return <Loading fill />;

  const possible = DECISIONS.filter((d) => TRANSITIONS[d].from.includes(entry.status));

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
      <EntryHeader entry={entry} headingRef={headingRef} />

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

      <EntryFlags entry={entry} />
      <EntryConcerns
        entry={entry}
        onResolved={(e) => afterChange(e, t('staff.concernsResolved'))}
        onError={setNotice}
      />

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
          <PublicFields entry={entry} meta={meta} />
          <div>
            <PrivateFields entry={entry} />
          </div>
        </div>
      )}

      {/* One change at a time: translations while the entry itself is not being edited. */}
      {!editing && (
        <TranslationsPanel
          entry={entry}
          onChanged={(message) => {
            // A translation does not change the entry's version: drop the saved copy, reload.
            setSaved(null);
            reload();
            setNotice(message);
          }}
        />
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

function EntryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
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
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </main>
  );
}
