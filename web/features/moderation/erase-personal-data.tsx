import { useId, useState } from 'react';
import { t } from '../../i18n/i18n.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import type { StaffEntry } from '../../../contract/moderation.ts';
import { errorMessage, staffApi } from '../../lib/staff-api.ts';

type EraseResponse = {
  erased: { contactErased: boolean; historyRecords: number; fields: string[] };
  entry: StaffEntry;
};

/**
 * Admins: erase an entry's personal data (contact e-mail and flagged text in the entry and
 * its history), after a confirmation that says what happens. The server records the erase
 * in the audit trail without the removed details.
 */
export function ErasePersonalData({
  entry,
  onDone,
}: {
  entry: StaffEntry;
  onDone: (entry: StaffEntry, message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [also, setAlso] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const close = () => {
    setOpen(false);
    setAlso('');
    setError(null);
  };
  return (
    <>
      <button type="button" className="button secondary danger-text" onClick={() => setOpen(true)}>
        {t('personalData.erase')}
      </button>
      {open && (
        <ConfirmDialog
          title={t('personalData.eraseTitle', { title: entry.title })}
          confirmLabel={t('personalData.eraseConfirm')}
          danger
          busy={busy}
          onCancel={close}
          onConfirm={() => {
            setBusy(true);
            setError(null);
            const phrases = also
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean);
            staffApi
              .post<EraseResponse>(`/moderation/entries/${entry.id}/erase-personal-data`, {
                version: entry.version,
                also: phrases,
              })
              .then(
                (r) => {
                  close();
                  onDone(
                    r.entry,
                    t('personalData.erased', {
                      contact: r.erased.contactErased ? 'deleted' : 'none',
                      history: r.erased.historyRecords,
                      fields: r.erased.fields.length,
                    }),
                  );
                },
                (e: unknown) => setError(errorMessage(e, t('common.serverError'))),
              )
              .finally(() => setBusy(false));
          }}
        >
          <p>{t('personalData.eraseExplain')}</p>
          <div className="form-field staff-field">
            <label htmlFor={`${id}-also`}>{t('personalData.eraseAlsoLabel')}</label>
            <p id={`${id}-also-hint`} className="staff-hint">
              {t('personalData.eraseAlsoHint')}
            </p>
            <textarea
              id={`${id}-also`}
              aria-describedby={`${id}-also-hint`}
              rows={3}
              value={also}
              onChange={(e) => setAlso(e.target.value)}
            />
          </div>
          {error && (
            <p role="alert" className="staff-error">
              {error}
            </p>
          )}
        </ConfirmDialog>
      )}
    </>
  );
}
