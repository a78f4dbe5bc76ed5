import { PASSWORD_MIN_LENGTH } from '../../../contract/vocabulary.ts';
import { t } from '../../i18n/i18n.ts';

/**
 * A password input with its label, the policy hint (for new passwords) and its errors,
 * all tied to the input for screen readers. `autoComplete` lets password managers help:
 * "current-password" fills in, "new-password" offers to generate one.
 */
export function PasswordField({
  id,
  label,
  value,
  onChange,
  error,
  autoComplete = 'new-password',
  hideHint = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string[];
  autoComplete?: 'new-password' | 'current-password';
  /** For a second "repeat it" field, where the policy was already said once. */
  hideHint?: boolean;
}) {
  const hint = autoComplete === 'new-password' && !hideHint;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="form-field staff-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="staff-hint" id={`${id}-hint`}>
          {t('staff.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        </p>
      )}
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        value={value}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p className="staff-field-error" id={`${id}-error`}>
          {error.join(' ')}
        </p>
      )}
    </div>
  );
}
