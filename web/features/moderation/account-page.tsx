import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PASSWORD_MIN_LENGTH } from '../../../contract/vocabulary.ts';
import { t } from '../../i18n/i18n.ts';
import { ApiError } from '../../lib/api-client.ts';
import { PasswordField } from './password-field.tsx';
import { useStaffSession } from './session-context.ts';
import { errorMessage, timeToWait, staffApi } from '../../lib/staff-api.ts';

type Errors = Partial<Record<'currentPassword' | 'newPassword' | 'repeat', string[]>>;

/** Any staff member: who they are signed in as, and changing their own password. */
export function AccountPage() {
  const { user } = useStaffSession();
  useEffect(() => {
    document.title = `${t('staff.accountTitle')} · ${t('common.appName')}`;
  }, []);

  return (
    <main id="main" className="page staff-page narrow" tabIndex={-1}>
      <h1>{t('staff.accountTitle')}</h1>
      <dl className="staff-dl">
        <dt>{t('staff.email')}</dt>
        <dd>{user.email}</dd>
        {user.name && (
          <>
            <dt>{t('staff.nameLabel')}</dt>
            <dd>{user.name}</dd>
          </>
        )}
        <dt>{t('staff.role')}</dt>
        <dd>{t(`staff.role.${user.role}`)}</dd>
      </dl>
      <ChangePassword />
    </main>
  );
}

function ChangePassword() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const failureRef = useRef<HTMLParagraphElement>(null);
  const id = useId();

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    setFailure(null);
    const found: Errors = {};
    if (!current) found.currentPassword = [t('staff.currentPasswordMissing')];
    if (next.length < PASSWORD_MIN_LENGTH) {
      found.newPassword = [t('staff.passwordTooShort', { min: PASSWORD_MIN_LENGTH })];
    }
    if (repeat !== next) found.repeat = [t('staff.passwordsDiffer')];
    setErrors(found);
    const first = (['currentPassword', 'newPassword', 'repeat'] as const).find((f) => found[f]);
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await staffApi.post('/auth/password', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.errors) {
        const fromServer: Errors = {
          currentPassword: err.errors.currentPassword,
          newPassword: err.errors.newPassword,
        };
        setErrors(fromServer);
        if (fromServer.currentPassword) setCurrent('');
        const field = fromServer.currentPassword ? 'currentPassword' : 'newPassword';
        document.getElementById(`${id}-${field}`)?.focus();
      } else if (err instanceof ApiError && err.status === 429) {
        setFailure(t('staff.passwordChangeLocked', { wait: timeToWait(err) }));
      } else {
        setFailure(errorMessage(err, t('common.serverError')));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-h`} className="staff-panel">
      <h2 id={`${id}-h`}>{t('staff.changePassword')}</h2>
      <p>{t('staff.changePasswordIntro')}</p>
      {done && (
        <p className="staff-notice" role="status">
          {t('staff.passwordChanged')}
        </p>
      )}
      {failure && (
        <p className="staff-error" role="alert" tabIndex={-1} ref={failureRef}>
          {failure}
        </p>
      )}
      <form className="staff-form" onSubmit={(e) => void submit(e)} noValidate>
        <PasswordField
          id={`${id}-currentPassword`}
          label={t('staff.currentPassword')}
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          error={errors.currentPassword}
        />
        <PasswordField
          id={`${id}-newPassword`}
          label={t('staff.newPasswordLabel')}
          value={next}
          onChange={setNext}
          error={errors.newPassword}
        />
        <PasswordField
          id={`${id}-repeat`}
          label={t('staff.repeatPassword')}
          autoComplete="new-password"
          hideHint
          value={repeat}
          onChange={setRepeat}
          error={errors.repeat}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('staff.changingPassword') : t('staff.changePasswordButton')}
        </button>
      </form>
    </section>
  );
}
