import type { ReactNode } from 'react';
import { Loading } from '../../components/ui/loading.tsx';
import { t } from '../../i18n/i18n.ts';
import { errorMessage } from '../../lib/staff-api.ts';

/**
 * A paged staff list around its rows: the load error with a retry, the spinner before the
 * first answer, the count line, then the rows and a previous/next pager. `page` may be the
 * last answer while a newer one loads, so the list stays steady.
 */
export function PagedResults<P extends { total: number }>({
  page,
  loading,
  error,
  onRetry,
  count,
  offset,
  pageSize,
  onOffset,
  previousLabel,
  nextLabel,
  showRange = false,
  children,
}: {
  page: P | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** The status line above the rows. */
  count: (page: P) => string;
  offset: number;
  pageSize: number;
  onOffset: (offset: number) => void;
  previousLabel: string;
  nextLabel: string;
  /** Show "from–to of total" between the pager buttons. */
  showRange?: boolean;
  children: (page: P) => ReactNode;
}) {
  return (
    <>
      {error !== undefined && (
        <div role="alert" className="staff-error">
          <p>{errorMessage(error, t('common.serverError'))}</p>
          <button type="button" className="button secondary" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {!page && loading && <Loading />}
      {page && (
        <>
          <p className="staff-muted" role="status">
            {count(page)}
          </p>
          {children(page)}
          <nav className="staff-pager" aria-label={t('staff.pages')}>
            <button
              type="button"
              className="button secondary"
              disabled={offset === 0}
              onClick={() => onOffset(Math.max(0, offset - pageSize))}
            >
              {previousLabel}
            </button>
            {showRange && (
              <span>
                {t('staff.pageOf', {
                  from: page.total ? offset + 1 : 0,
                  to: Math.min(page.total, offset + pageSize),
                  total: page.total,
                })}
              </span>
            )}
            <button
              type="button"
              className="button secondary"
              disabled={offset + pageSize >= page.total}
              onClick={() => onOffset(offset + pageSize)}
            >
              {nextLabel}
            </button>
          </nav>
        </>
      )}
    </>
  );
}
