import { t } from '../../i18n/i18n.ts';

/** An entry's moderation status (pending, published, rejected...), coloured by status. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`staff-status staff-status-${status}`}>{t(`staff.status.${status}`)}</span>
  );
}
