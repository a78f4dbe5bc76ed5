import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { BULK_DECISIONS } from '../../../contract/moderation.ts';
import type { Status } from '../../../contract/vocabulary.ts';
import { t } from '../../i18n/i18n.ts';
import { BulkDialog, type BulkDecision } from './bulk-dialog.tsx';
import type { QueuePage as Page } from '../../../contract/moderation.ts';
import { PagedResults } from './paged-results.tsx';
import { QueueFilters, QueueTabs } from './queue-filters.tsx';
import { QueueTable } from './queue-table.tsx';
import { useStaffSession } from './session-context.ts';
import { useMeta } from '../../lib/reference-data.ts';
import { useStaffQuery } from '../../lib/use-staff-query.ts';

const PAGE = 50;

/** The review queue: counts by status, newest first, search, filters and bulk decisions. */
export function QueuePage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(search);
  const status = (params.get('status') ?? 'pending') as Status | 'all';
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
  const { meta } = useMeta();
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

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    setParam({ q: q.trim() || undefined });
  };

  return (
    <main id="main" className="page staff-page" tabIndex={-1} aria-labelledby={headingId}>
      <h1 id={headingId}>{t('staff.queueTitle')}</h1>

      <QueueTabs status={status} page={page} setParam={setParam} />

      <QueueFilters
        filters={filters}
        meta={meta}
        q={q}
        setQ={setQ}
        onSearch={onSearch}
        setParam={setParam}
      />

      {result && (
        <p className="staff-notice" role="status">
          {result}
        </p>
      )}

      <BulkBar selected={selected} setSelected={setSelected} setBulk={setBulk} />

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
            <QueueTable items={items} meta={meta} selected={selected} setSelected={setSelected} />
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

function BulkBar({
  selected,
  setSelected,
  setBulk,
}: {
  selected: ReadonlySet<number>;
  setSelected: (s: Set<number>) => void;
  setBulk: (d: BulkDecision) => void;
}) {
  return (
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
          <button type="button" className="button secondary" onClick={() => setSelected(new Set())}>
            {t('staff.clearSelection')}
          </button>
        </>
      )}
    </div>
  );
}
