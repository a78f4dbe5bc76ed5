import { useEffect, useId, useState, type FormEvent } from 'react';
import { PASSWORD_MIN_LENGTH, STAFF_ROLES, type StaffRole } from '../../../contract/vocabulary.ts';
import { type StaffUser } from '../../../contract/auth.ts';
import { Loading } from '../../components/ui/loading.tsx';
import { t } from '../../i18n/i18n.ts';
import { ApiError } from '../../lib/api-client.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { PasswordField } from './password-field.tsx';
import { formatDate } from '../../components/ui/format-date.ts';
import { useStaffSession } from './session-context.ts';
import { errorMessage, staffApi } from '../../lib/staff-api.ts';
import { useStaffQuery } from '../../lib/use-staff-query.ts';

/** Admins: add staff, change roles, disable or re-enable, and set a new password. */
export function AccountsPage() {
  const { user } = useStaffSession();
  const { data, error, reload } = useStaffQuery<{ items: StaffUser[] }>('/auth/staff');
  const [notice, setNotice] = useState<string | null>(null);
  const [resetFor, setResetFor] = useState<StaffUser | null>(null);

  useEffect(() => {
    document.title = `${t('staff.accountsTitle')} · ${t('common.appName')}`;
  }, []);

  const change = (
    u: StaffUser,
    patch: Partial<Pick<StaffUser, 'role' | 'disabled'>>,
    message: string,
  ) =>
    staffApi.patch<StaffUser>(`/auth/staff/${u.id}`, patch).then(
      () => {
        setNotice(message);
        reload();
      },
      (e: unknown) => setNotice(errorMessage(e, t('common.serverError'))),
    );

  return (
    <main id="main" className="page staff-page" tabIndex={-1}>
      <h1>{t('staff.accountsTitle')}</h1>
      {notice && (
        <p className="staff-notice" role="status">
          {notice}
        </p>
      )}
      {error !== undefined && <p role="alert">{errorMessage(error, t('common.serverError'))}</p>}
      {!data && error === undefined && <Loading />}
      {data && (
        <div className="staff-table-wrap">
          <table className="staff-table">
            <caption className="visually-hidden">{t('staff.accountsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.email')}</th>
                <th scope="col">{t('staff.role')}</th>
                <th scope="col">{t('staff.accountStatus')}</th>
                <th scope="col">{t('staff.createdAt')}</th>
                <th scope="col">{t('staff.accountActions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((u) => (
                <tr key={u.id}>
                  <td>
                    {u.email}
                    {u.name && <div className="staff-muted">{u.name}</div>}
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                      {t('staff.roleFor', { email: u.email })}
                    </label>
                    <select
                      id={`role-${u.id}`}
                      value={u.role}
                      disabled={u.id === user.id}
                      onChange={(e) =>
                        void change(
                          u,
                          { role: e.target.value as StaffRole },
                          t('staff.roleChanged', { email: u.email }),
                        )
                      }
                    >
                      {STAFF_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(`staff.role.${r}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{u.disabled ? t('staff.disabled') : t('staff.active')}</td>
                  <td>{formatDate(u.createdAt)}</td>
                  <td className="staff-actions">
                    {u.id !== user.id && (
                      <button
                        type="button"
                        className="button secondary"
                        onClick={() =>
                          void change(
                            u,
                            { disabled: !u.disabled },
                            t(u.disabled ? 'staff.enabledMsg' : 'staff.disabledMsg', {
                              email: u.email,
                            }),
                          )
                        }
                      >
                        {u.disabled ? t('staff.enable') : t('staff.disable')}
                        <span className="visually-hidden"> {u.email}</span>
                      </button>
                    )}
                    <button
                      type="button"
                      className="button secondary"
                      onClick={() => setResetFor(u)}
                    >
                      {t('staff.resetPassword')}
                      <span className="visually-hidden"> {u.email}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddStaff
        onAdded={(u) => {
          setNotice(t('staff.added', { email: u.email }));
          reload();
        }}
      />
      {resetFor && (
        <ResetPassword
          user={resetFor}
          onClose={() => setResetFor(null)}
          onDone={() => {
            setNotice(t('staff.passwordReset', { email: resetFor.email }));
            setResetFor(null);
          }}
        />
      )}
    </main>
  );
}

function AddStaff({ onAdded }: { onAdded: (u: StaffUser) => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('moderator');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const id = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    setFailure(null);
    try {
      const u = await staffApi.post<StaffUser>('/auth/staff', {
        email,
        role,
        password,
        name: name.trim() || null,
      });
      setEmail('');
      setName('');
      setPassword('');
      onAdded(u);
    } catch (err) {
      if (err instanceof ApiError && err.errors) setErrors(err.errors);
      setFailure(errorMessage(err, t('common.serverError')));
    }
  }

  const err = (f: string) =>
    errors[f] ? (
      <p className="staff-field-error" id={`${id}-${f}-error`}>
        {errors[f]?.join(' ')}
      </p>
    ) : null;

  return (
    <section aria-labelledby={`${id}-h`} className="staff-panel">
      <h2 id={`${id}-h`}>{t('staff.addStaff')}</h2>
      {failure && (
        <p className="staff-error" role="alert">
          {failure}
        </p>
      )}
      <form className="staff-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-field staff-field">
          <label htmlFor={`${id}-email`}>{t('staff.email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="off"
            value={email}
            aria-invalid={Boolean(errors.email)}
            aria-describedby={errors.email ? `${id}-email-error` : undefined}
            onChange={(e) => setEmail(e.target.value)}
          />
          {err('email')}
        </div>
        <div className="form-field staff-field">
          <label htmlFor={`${id}-name`}>{t('staff.name')}</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="form-field staff-field">
          <label htmlFor={`${id}-role`}>{t('staff.role')}</label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(e) => setRole(e.target.value as StaffRole)}
          >
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`staff.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <PasswordField
          id={`${id}-password`}
          label={t('staff.newPassword')}
          value={password}
          onChange={setPassword}
          error={errors.password}
        />
        <button type="submit" className="button">
          {t('staff.addStaffButton')}
        </button>
      </form>
    </section>
  );
}

function ResetPassword({
  user,
  onClose,
  onDone,
}: {
  user: StaffUser;
  onClose: () => void;
  onDone: () => void;
}) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string[] | undefined>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  return (
    <ConfirmDialog
      title={t('staff.resetTitle', { email: user.email })}
      confirmLabel={t('staff.resetPassword')}
      busy={busy}
      canConfirm={password.length >= PASSWORD_MIN_LENGTH}
      onCancel={onClose}
      onConfirm={() => {
        setBusy(true);
        staffApi
          .post(`/auth/staff/${user.id}/password`, { password })
          .then(onDone, (e: unknown) =>
            setError(
              e instanceof ApiError && e.errors?.password
                ? e.errors.password
                : [errorMessage(e, t('common.serverError'))],
            ),
          )
          .finally(() => setBusy(false));
      }}
    >
      <p>{t('staff.resetExplain')}</p>
      <PasswordField
        id={id}
        label={t('staff.newPassword')}
        value={password}
        onChange={setPassword}
        error={error}
      />
    </ConfirmDialog>
  );
}
