import { Link } from 'wouter';
import type { Meta } from '../../../contract/initiatives.ts';
import { formatDate } from '../../components/ui/format-date.ts';
import { StatusBadge } from '../../components/ui/status-badge.tsx';
import { t } from '../../i18n/i18n.ts';
import type { QueueItem } from '../../../contract/moderation.ts';
import { labelOf } from '../../lib/reference-data.ts';

/** The queue's entries, each with a checkbox for bulk decisions. */
export function QueueTable({
  items,
  meta,
  selected,
  setSelected,
}: {
  items: readonly QueueItem[];
  meta: Meta | undefined;
  selected: ReadonlySet<number>;
  setSelected: (s: Set<number>) => void;
}) {
  const allSelected = items.length > 0 && items.every((i) => selected.has(i.id));
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  return (
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
