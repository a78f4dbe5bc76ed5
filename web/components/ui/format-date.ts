import { locale } from '../../i18n/i18n.ts';

/** A date and time for staff lists and records, in the interface's language ('' when none). */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}
