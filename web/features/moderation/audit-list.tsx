import { Link } from 'wouter';
import { t } from '../../i18n/i18n.ts';
import type { AuditItem } from '../../../contract/moderation.ts';
import { formatDate } from '../../components/ui/format-date.ts';

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return t('staff.empty');
  if (Array.isArray(v)) return v.join(', ');
  return String(v);
}

/** What a record changed: before and after of each field, or the decision's details. */
function Detail({ detail }: { detail: Record<string, unknown> | null }) {
  if (!detail) return null;
  const before = (detail.before ?? {}) as Record<string, unknown>;
  const after = (detail.after ?? {}) as Record<string, unknown>;
  const changes = detail.changes as Record<string, { before: unknown; after: unknown }> | undefined;
  const fields = Object.keys(after);
  return (
    <>
      {fields.length > 0 && (
        <dl className="staff-diff">
          {fields.map((f) => (
            <div key={f}>
              <dt>{t(`staff.field.${f}`)}</dt>
              <dd>
                <del aria-label={t('staff.before')}>{show(before[f])}</del>{' '}
                <ins aria-label={t('staff.after')}>{show(after[f])}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {changes && (
        <dl className="staff-diff">
          {Object.entries(changes).map(([f, c]) => (
            <div key={f}>
              <dt>{f}</dt>
              <dd>
                <del>{show(c.before)}</del> <ins>{show(c.after)}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {typeof detail.reason === 'string' && (
        <p className="staff-muted">{t('staff.reasonWas', { reason: detail.reason })}</p>
      )}
      {typeof detail.from === 'string' && typeof detail.to === 'string' && (
        <p className="staff-muted">
          {t('staff.statusChange', {
            from: t(`staff.status.${detail.from}`),
            to: t(`staff.status.${detail.to}`),
          })}
        </p>
      )}
    </>
  );
}

export function AuditList({ items, showEntry }: { items: AuditItem[]; showEntry?: boolean }) {
  if (!items.length) return <p className="staff-muted">{t('staff.noHistory')}</p>;
  return (
    <ol className="staff-audit">
      {items.map((a) => (
        <li key={a.id}>
          <p>
            <strong>{t(`staff.action.${a.action}`)}</strong>
            {showEntry && a.entryTitle && (
              <>
                {' · '}
                <Link href={`/entries/${a.initiativeId}`}>{a.entryTitle}</Link>
              </>
            )}
          </p>
          <p className="staff-muted">
            <time dateTime={a.at}>{formatDate(a.at)}</time> · {a.actorEmail ?? t('staff.system')}
          </p>
          <Detail detail={a.detail} />
        </li>
      ))}
    </ol>
  );
}
