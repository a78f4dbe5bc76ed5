import { useEffect, useState } from 'react';
import { Loading } from '../../components/ui/loading.tsx';
import { t } from '../../i18n/i18n.ts';
import { AuditList } from './audit-list.tsx';
import type { AuditItem } from './entry-types.ts';
import { errorMessage } from './staff-api.ts';
import { useStaffQuery } from './use-staff-query.ts';

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
  'staff-create',
  'staff-update',
  'staff-disable',
  'staff-password-reset',
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
        <div className="staff-field">
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
      {error !== undefined && (
        <div role="alert" className="staff-error">
          <p>{errorMessage(error, t('common.serverError'))}</p>
          <button type="button" className="button secondary" onClick={reload}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {!page && loading && <Loading />}
      {page && (
        <>
          <p className="staff-muted" role="status">
            {t('staff.auditCount', { count: page.total })}
          </p>
          <AuditList items={page.items} showEntry />
          <nav className="staff-pager" aria-label={t('staff.pages')}>
            <button
              type="button"
              className="button secondary"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              {t('staff.newer')}
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={offset + PAGE >= page.total}
              onClick={() => setOffset(offset + PAGE)}
            >
              {t('staff.older')}
            </button>
          </nav>
        </>
      )}
    </main>
  );
}
