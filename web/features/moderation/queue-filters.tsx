import type { FormEvent } from 'react';
import type { Meta } from '../../../contract/initiatives.ts';
import { STATUSES, type Status } from '../../../contract/vocabulary.ts';
import { formatNumber, t } from '../../i18n/i18n.ts';
import type { QueuePage as Page } from '../../../contract/moderation.ts';

type SetParam = (changes: Record<string, string | undefined>) => void;

/** One tab a status, with its count. */
export function QueueTabs({
  status,
  page,
  setParam,
}: {
  status: Status | 'all';
  page: Page | undefined;
  setParam: SetParam;
}) {
  return (
    <nav className="staff-tabs" aria-label={t('staff.statusFilter')}>
      {[...STATUSES, 'all' as const].map((s) => (
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
  );
}

/** Search and the theme, country and flag filters; all of them live in the address. */
export function QueueFilters({
  filters,
  meta,
  q,
  setQ,
  onSearch,
  setParam,
}: {
  filters: { theme?: string; country?: string; flagged?: string };
  meta: Meta | undefined;
  q: string;
  setQ: (q: string) => void;
  onSearch: (e: FormEvent) => void;
  setParam: SetParam;
}) {
  return (
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
  );
}
