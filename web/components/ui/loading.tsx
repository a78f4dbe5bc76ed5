import { t } from '../../i18n/i18n.ts';

/**
 * A calm "Loading…" with a spinner. `fill` is for a whole page still on its way: it takes
 * the screen's height, so the footer stays below the fold and nothing the visitor sees jumps
 * when the page arrives (layout shift).
 */
export function Loading({
  label = t('common.loading'),
  fill = false,
  still = false,
}: {
  label?: string;
  fill?: boolean;
  /**
   * The words alone, without the turning spinner: for work that keeps the device busy (the
   * live map), where an endless animation has the browser draw a new frame 60 times a second
   * and takes that time from the work itself.
   */
  still?: boolean;
}) {
  return (
    <div className={fill ? 'loading loading-fill' : 'loading'} role="status" aria-live="polite">
      {!still && <span className="spinner" aria-hidden="true" />}
      <span>{label}</span>
    </div>
  );
}
