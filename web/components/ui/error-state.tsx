import { t } from '../../i18n/i18n.ts';

/** A page part that could not load: what went wrong, what to do, and a way to try again. */
export function ErrorState({
  title,
  help,
  onRetry,
}: {
  title: string;
  help?: string;
  onRetry: () => void;
}) {
  return (
    <div className="error-state" role="alert">
      <p className="empty-title">{title}</p>
      {help ? <p>{help}</p> : null}
      <button type="button" className="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
