import { t } from '../../i18n/i18n.ts';

/**
 * A calm "Loading…" with a spinner. `fill` is for a whole page still on its way: it takes
 * the screen's height, so the footer stays below the fold and nothing the visitor sees jumps
 * when the page arrives (layout shift).
 */
export function Loading({
  label = t('common.loading'),
  fill = false,
}: {
  label?: string;
  fill?: boolean;
}) {
  return (
    <div className={fill ? 'loading loading-fill' : 'loading'} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
