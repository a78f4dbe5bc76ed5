import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../../contract/auth.ts';
import { t } from '../../i18n/i18n.ts';
import { ApiError } from '../../lib/api-client.ts';
import { timeToWait, signIn } from '../../lib/staff-api.ts';

/** The staff sign-in page. Errors never say whether the email has an account. */
export function SignIn({
  onSignedIn,
  notice,
}: {
  onSignedIn: (info: SessionInfo) => void;
  notice?: string;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    document.title = `${t('staff.signInTitle')} · ${t('common.appName')}`;
  }, []);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(email, password));
    } catch (err) {
      setPassword('');
      if (err instanceof ApiError && err.status === 429) {
        setError(t('staff.signInLocked', { wait: timeToWait(err) }));
      } else if (err instanceof ApiError && err.status === 401) {
        setError(t('staff.signInWrong'));
      } else if (err instanceof ApiError && err.status === 400) {
        setError(t('staff.signInMissing'));
      } else if (err instanceof ApiError && err.offline) {
        setError(t('common.offline'));
      } else {
        setError(t('common.serverError'));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="page narrow staff-signin" tabIndex={-1}>
      <h1>{t('staff.signInTitle')}</h1>
      <p>{t('staff.signInIntro')}</p>
      {notice && (
        <p className="staff-notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="staff-error" role="alert" tabIndex={-1} ref={errorRef}>
          {error}
        </p>
      )}
      <form onSubmit={(e) => void submit(e)} className="staff-form" noValidate>
        <SignInField name="email" value={email} onChange={setEmail} />
        <SignInField name="password" value={password} onChange={setPassword} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('staff.signingIn') : t('staff.signIn')}
        </button>
      </form>
    </main>
  );
}

// A field's name is its input type and its staff.* label key; the hints let password managers fill in.
const AUTOCOMPLETE = { email: 'username', password: 'current-password' } as const;

function SignInField({
  name,
  value,
  onChange,
}: {
  name: keyof typeof AUTOCOMPLETE;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = `staff-${name}`;
  return (
    <div className="form-field staff-field">
      <label htmlFor={id}>{t(`staff.${name}`)}</label>
      <input
        id={id}
        type={name}
        autoComplete={AUTOCOMPLETE[name]}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
