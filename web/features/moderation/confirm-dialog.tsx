import { useEffect, useId, useRef, type ReactNode } from 'react';
import { t } from '../../i18n/i18n.ts';

/**
 * A modal confirmation (native <dialog>: focus is trapped and Escape cancels). The confirm
 * button is disabled until `canConfirm`, e.g. until a reason is given.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  danger,
  busy,
  canConfirm = true,
  onConfirm,
  onCancel,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  canConfirm?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);
  return (
    <dialog
      ref={ref}
      className="staff-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (canConfirm && !busy) onConfirm();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="staff-dialog-actions">
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('staff.cancel')}
          </button>
          <button
            type="submit"
            className={danger ? 'button danger' : 'button'}
            disabled={!canConfirm || busy}
          >
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
