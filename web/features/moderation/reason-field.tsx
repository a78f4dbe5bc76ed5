import { useId } from 'react';
import { t } from '../../i18n/i18n.ts';

/** Why an entry is rejected: required, shown to staff only. */
export function ReasonField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="form-field staff-field">
      <label htmlFor={id}>{t('staff.rejectReason')}</label>
      <p className="staff-hint" id={`${id}-hint`}>
        {t('staff.rejectReasonHint')}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        rows={3}
        maxLength={1000}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
