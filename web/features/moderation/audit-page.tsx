import { useEffect, useState } from 'react';
import { t } from '../../i18n/i18n.ts';
import { AuditList } from './audit-list.tsx';
import type { AuditItem } from '../../../contract/moderation.ts';
import { PagedResults } from './paged-results.tsx';
import { useStaffQuery } from '../../lib/use-staff-query.ts';

const PAGE = 100;
const ACTIONS = [
  'login',
  'login-failed',
  'login-refused',
  'logout',
  'edit',
  'publish',
  'reject',
  'archive',
  'unpublish',
  'restore',
  'resolve-concerns',
  'import',
  'import-create',
  'import-update',
  'export-contacts',
  'erase-personal-data',
  'purge-contacts',
  'staff-create',
  'staff-update',
  'staff-disable',
  'staff-password-reset',
  'password-change',
  'password-change-failed',
];

/** The whole audit trail, newest first: read-only for everyone. */
export function AuditPage() {
  const [action, setAction] = useState('');
  const [offset, setOffset] = useState(0);
  const { data, stale, error, loading, reload } = useStaffQuery<{
    items: AuditItem[];
    total: number;
  }>('/moderation/audit', { action, limit: PAGE, offset });
  const page = data ?? stale;

  useEffect(() => {
    document.title = `${t('staff.auditTitle')} · ${t('common.appName')}`;
  }, []);

  return (
    <main id="main" className="page staff-page" tabIndex={-1}>
      <h1>{t('staff.auditTitle')}</h1>
      <p>{t('staff.auditIntro')}</p>
      <div className="staff-filters">
        <div className="form-field staff-field">
          <label htmlFor="audit-action">{t('staff.auditAction')}</label>
          <select
            id="audit-action"
            value={action}
            onChange={(e) => {
              setAction(e.target.value);
              setOffset(0);
            }}
          >
            <option value="">{t('staff.auditAll')}</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`staff.action.${a}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <PagedResults
        page={page}
        loading={loading}
        error={error}
        onRetry={reload}
        count={(p) => t('staff.auditCount', { count: p.total })}
        offset={offset}
        pageSize={PAGE}
        onOffset={setOffset}
        previousLabel={t('staff.newer')}
        nextLabel={t('staff.older')}
      >
        {(p) => <AuditList items={p.items} showEntry />}
      </PagedResults>
    </main>
  );
}
