import { useState } from 'react';
import type { BULK_DECISIONS } from '../../../contract/moderation.ts';
import { t } from '../../i18n/i18n.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import type { BulkResult } from '../../../contract/moderation.ts';
import { ReasonField } from './reason-field.tsx';
import { errorMessage, staffApi } from '../../lib/staff-api.ts';

export type BulkDecision = (typeof BULK_DECISIONS)[number];

/** Confirms a decision on the selected entries, with a reason when rejecting. */
export function BulkDialog({
  decision,
  ids,
  anyFlagged,
  onClose,
  onDone,
}: {
  decision: BulkDecision;
  ids: number[];
  anyFlagged: boolean;
  onClose: () => void;
  onDone: (r: BulkResult) => void;
}) {
  const [reason, setReason] = useState('');
  const [confirmFlags, setConfirmFlags] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reasonOk = decision !== 'reject' || reason.trim().length >= 3;
  return (
    <ConfirmDialog
      title={t(`staff.bulkConfirm.${decision}`, { count: ids.length })}
      confirmLabel={t(`staff.bulk.${decision}`)}
      danger={decision !== 'publish'}
      busy={busy}
      canConfirm={reasonOk}
      onCancel={onClose}
      onConfirm={() => {
        setBusy(true);
        setError(null);
        staffApi
          .post<BulkResult>('/moderation/entries/bulk', {
            decision,
            ids,
            ...(decision === 'reject' ? { reason } : {}),
            ...(decision === 'publish' ? { confirmFlags } : {}),
          })
          .then(onDone, (e: unknown) => setError(errorMessage(e, t('common.serverError'))))
          .finally(() => setBusy(false));
      }}
    >
      {decision === 'reject' && <ReasonField value={reason} onChange={setReason} />}
      {decision === 'publish' && anyFlagged && (
        <label className="form-check staff-check">
          <input
            type="checkbox"
            checked={confirmFlags}
            onChange={(e) => setConfirmFlags(e.target.checked)}
          />
          {t('staff.bulkConfirmFlags')}
        </label>
      )}
      {decision === 'publish' && <p>{t('staff.publishExplain')}</p>}
      {error && (
        <p role="alert" className="staff-error">
          {error}
        </p>
      )}
    </ConfirmDialog>
  );
}
