import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import {
  BULK_DECISIONS,
  ENTRY_STATUSES,
  type EntryStatus,
} from '../../../api/moderation/moderation.schema.ts';
import { formatNumber, locale, t } from '../../i18n/i18n.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import type { BulkResult, QueuePage as Page } from './entry-types.ts';
import { PagedResults } from './paged-results.tsx';
import { useStaffSession } from './session-context.ts';
import { errorMessage, staffApi } from './staff-api.ts';
import { labelOf, useMeta } from './use-meta.ts';
import { useStaffQuery } from './use-staff-query.ts';

type BulkDecision = (typeof BULK_DECISIONS)[number];

const PAGE = 50;

/** A moment, written the interface language's way (not the browser's). */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** The review queue: counts by status, newest first, search, filters and bulk decisions. */
export function QueuePage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(search);
  const status = (params.get('status') ?? 'pending') as EntryStatus | 'all';
  const filters = {
    status: status === 'all' ? undefined : status,
    q: params.get('q') ?? undefined,
    theme: params.get('theme') ?? undefined,
    country: params.get('country') ?? undefined,
    flagged: params.get('flagged') ?? undefined,
    offset: Number(params.get('offset') ?? 0) || 0,
    limit: PAGE,
  };
  const { data, stale, error, loading, reload } = useStaffQuery<Page>(
    '/moderation/entries',
    filters,
  );
  const page = data ?? stale;
  const meta = useMeta();
  const { refreshBadge } = useStaffSession();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [bulk, setBulk] = useState<BulkDecision | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [q, setQ] = useState(filters.q ?? '');
  const headingId = useId();

  useEffect(() => {
    document.title = `${t('staff.queueTitle')} · ${t('common.appName')}`;
  }, []);

  const setParam = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('offset' in changes)) next.delete('offset');
    setSelected(new Set());
    navigate(`/?${next.toString()}`, { replace: true });
  };

  const items = page?.items ?? [];
  const allSelected = items.length > 0 && items.every((i) => selected.has(i.id));
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    setParam({ q: q.trim() || undefined });
  };

  return (
    <main id="main" className="page staff-page" tabIndex={-1} aria-labelledby={headingId}>
      <h1 id={headingId}>{t('staff.queueTitle')}</h1>

      <nav className="staff-tabs" aria-label={t('staff.statusFilter')}>
        {[...ENTRY_STATUSES, 'all' as const].map((s) => (
          <button
            key={s}
            type="button"
            className="staff-tab"
            aria-pressed={status === s}
            onClick={() => setParam({ status: s === 'pending' ? undefined : s })}
          >
            {t(`staff.status.${s}`)}
            {page && s !== 'all' && (
              <span className="staff-count">{formatNumber(page.counts[s])}</span>
            )}
          </button>
        ))}
      </nav>

      <form className="staff-filters" onSubmit={onSearch} role="search">
        <div className="form-field staff-field">
          <label htmlFor="queue-q">{t('staff.search')}</label>
          <span className="staff-inline">
            <input
              id="queue-q"
              type="search"
              value={q}
              maxLength={200}
              onChange={(e) => setQ(e.target.value)}
              placeholder={t('staff.searchHint')}
            />
            <button type="submit" className="button secondary">
              {t('staff.searchButton')}
            </button>
          </span>
        </div>
        <div className="form-field staff-field">
          <label htmlFor="queue-theme">{t('staff.theme')}</label>
          <select
            id="queue-theme"
            value={filters.theme ?? ''}
            onChange={(e) => setParam({ theme: e.target.value || undefined })}
          >
            <option value="">{t('staff.anyTheme')}</option>
            {meta?.themes.map((th) => (
              <option key={th.code} value={th.code}>
                {th.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field staff-field">
          <label htmlFor="queue-country">{t('staff.country')}</label>
          <select
            id="queue-country"
            value={filters.country ?? ''}
            onChange={(e) => setParam({ country: e.target.value || undefined })}
          >
            <option value="">{t('staff.anyCountry')}</option>
            {meta?.countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field staff-field">
          <label htmlFor="queue-flagged">{t('staff.flagged')}</label>
          <select
            id="queue-flagged"
            value={filters.flagged ?? ''}
            onChange={(e) => setParam({ flagged: e.target.value || undefined })}
          >
            <option value="">{t('staff.flaggedAll')}</option>
            <option value="any">{t('staff.flaggedAny')}</option>
            <option value="safeguarding">{t('staff.flaggedSafeguarding')}</option>
            <option value="concern">{t('staff.flaggedConcern')}</option>
          </select>
        </div>
      </form>

      {result && (
        <p className="staff-notice" role="status">
          {result}
        </p>
      )}

      <div className="staff-bulk" aria-live="polite">
        {selected.size > 0 && (
          <>
            <span>{t('staff.selected', { count: selected.size })}</span>
            {BULK_DECISIONS.map((d) => (
              <button
                key={d}
                type="button"
                className={d === 'publish' ? 'button' : 'button secondary'}
                onClick={() => setBulk(d)}
              >
                {t(`staff.bulk.${d}`)}
              </button>
            ))}
            <button
              type="button"
              className="button secondary"
              onClick={() => setSelected(new Set())}
            >
              {t('staff.clearSelection')}
            </button>
          </>
        )}
      </div>

      <PagedResults
        page={page}
        loading={loading}
        error={error}
        onRetry={reload}
        count={(p) => (loading ? t('common.loading') : t('staff.results', { count: p.total }))}
        offset={filters.offset}
        pageSize={PAGE}
        onOffset={(offset) => setParam({ offset: String(offset) })}
        previousLabel={t('staff.previous')}
        nextLabel={t('staff.next')}
        showRange
      >
        {() =>
          items.length === 0 ? (
            <p>{t('staff.queueEmpty')}</p>
          ) : (
            <div className="staff-table-wrap">
              <table className="staff-table">
                <caption className="visually-hidden">{t('staff.queueCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <input
                        type="checkbox"
                        aria-label={t('staff.selectAll')}
                        checked={allSelected}
                        onChange={() =>
                          setSelected(allSelected ? new Set() : new Set(items.map((i) => i.id)))
                        }
                      />
                    </th>
                    <th scope="col">{t('staff.colTitle')}</th>
                    <th scope="col">{t('staff.colStatus')}</th>
                    <th scope="col">{t('staff.colPlace')}</th>
                    <th scope="col">{t('staff.colThemes')}</th>
                    <th scope="col">{t('staff.colFlags')}</th>
                    <th scope="col">{t('staff.colReceived')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((i) => (
                    <tr key={i.id} aria-selected={selected.has(i.id)}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('staff.selectOne', { title: i.title })}
                          checked={selected.has(i.id)}
                          onChange={() => toggle(i.id)}
                        />
                      </td>
                      <td>
                        <Link href={`/entries/${i.id}`} className="staff-entry-link">
                          {i.title}
                        </Link>
                        <div className="staff-muted">
                          {t(`staff.origin.${i.origin}`)}
                          {i.reference ? ` · ${i.reference}` : ''}
                        </div>
                      </td>
                      <td>
                        <StatusBadge status={i.status} />
                      </td>
                      <td>
                        {i.countryName}
                        {i.locality ? <div className="staff-muted">{i.locality}</div> : null}
                      </td>
                      <td>{i.themes.map((th) => labelOf(meta?.themes, th)).join(', ')}</td>
                      <td>
                        <FlagBadges flags={i.flagCount} concerns={i.openConcerns} />
                      </td>
                      <td>{formatDate(i.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </PagedResults>

      {bulk && (
        <BulkDialog
          decision={bulk}
          ids={[...selected]}
          anyFlagged={items.some((i) => selected.has(i.id) && i.flagCount > 0)}
          onClose={() => setBulk(null)}
          onDone={(r) => {
            setBulk(null);
            setSelected(new Set());
            setResult(
              [
                t(`staff.bulkDone.${bulk}`, { count: r.done.length }),
                ...r.skipped.map((s) =>
                  t('staff.bulkSkipped', { title: s.title, detail: s.detail }),
                ),
              ].join(' '),
            );
            reload();
            refreshBadge();
          }}
        />
      )}
    </main>
  );
}

function BulkDialog({
  decision,
  ids,
  anyFlagged,
  onClose,
  onDone,
}: {
  decision: BulkDecision;
  ids: number[];
  anyFlagged: boolean;
  onClose: () => void;
  onDone: (r: BulkResult) => void;
}) {
  const [reason, setReason] = useState('');
  const [confirmFlags, setConfirmFlags] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reasonOk = decision !== 'reject' || reason.trim().length >= 3;
  return (
    <ConfirmDialog
      title={t(`staff.bulkConfirm.${decision}`, { count: ids.length })}
      confirmLabel={t(`staff.bulk.${decision}`)}
      danger={decision !== 'publish'}
      busy={busy}
      canConfirm={reasonOk}
      onCancel={onClose}
      onConfirm={() => {
        setBusy(true);
        setError(null);
        staffApi
          .post<BulkResult>('/moderation/entries/bulk', {
            decision,
            ids,
            ...(decision === 'reject' ? { reason } : {}),
            ...(decision === 'publish' ? { confirmFlags } : {}),
          })
          .then(onDone, (e: unknown) => setError(errorMessage(e, t('common.serverError'))))
          .finally(() => setBusy(false));
      }}
    >
      {decision === 'reject' && <ReasonField value={reason} onChange={setReason} />}
      {decision === 'publish' && anyFlagged && (
        <label className="form-check staff-check">
          <input
            type="checkbox"
            checked={confirmFlags}
            onChange={(e) => setConfirmFlags(e.target.checked)}
          />
          {t('staff.bulkConfirmFlags')}
        </label>
      )}
      {decision === 'publish' && <p>{t('staff.publishExplain')}</p>}
      {error && (
        <p role="alert" className="staff-error">
          {error}
        </p>
      )}
    </ConfirmDialog>
  );
}

export function ReasonField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="form-field staff-field">
      <label htmlFor={id}>{t('staff.rejectReason')}</label>
      <p className="staff-hint" id={`${id}-hint`}>
        {t('staff.rejectReasonHint')}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        rows={3}
        maxLength={1000}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export function StatusBadge({ status }: { status: EntryStatus }) {
  return (
    <span className={`staff-status staff-status-${status}`}>{t(`staff.status.${status}`)}</span>
  );
}

function FlagBadges({ flags, concerns }: { flags: number; concerns: number }) {
  if (!flags && !concerns) return <span className="staff-muted">{t('staff.none')}</span>;
  return (
    <span className="staff-flag-badges">
      {flags > 0 && <span className="staff-flag">{t('staff.flagCount', { count: flags })}</span>}
      {concerns > 0 && (
        <span className="staff-flag staff-flag-concern">
          {t('staff.concernCount', { count: concerns })}
        </span>
      )}
    </span>
  );
}
