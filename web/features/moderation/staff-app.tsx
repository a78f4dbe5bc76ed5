import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import type { SessionInfo } from '../../../contract/auth.ts';
import { Loading } from '../../components/ui/loading.tsx';
import { NotFound } from '../../components/ui/not-found.tsx';
import { t } from '../../i18n/i18n.ts';
import { QueuePage } from './queue-page.tsx';
import { StaffSessionContext, type StaffSessionValue } from './session-context.ts';
import { SignIn } from './sign-in.tsx';
import {
  currentSession,
  errorMessage,
  onSignedOut,
  signOut,
  staffApi,
} from '../../lib/staff-api.ts';
import '../../styles/forms.css';
import './moderation.css';

// The entry view carries the map; the other screens are visited less often.
const EntryPage = lazy(() => import('./entry-page.tsx').then((m) => ({ default: m.EntryPage })));
const AuditPage = lazy(() => import('./audit-page.tsx').then((m) => ({ default: m.AuditPage })));
const DataPage = lazy(() => import('./data-page.tsx').then((m) => ({ default: m.DataPage })));
const StaffInsightsPage = lazy(() =>
  import('../insights/staff-insights-page.tsx').then((m) => ({ default: m.StaffInsightsPage })),
);
const AccountPage = lazy(() =>
  import('./account-page.tsx').then((m) => ({ default: m.AccountPage })),
);
const AccountsPage = lazy(() =>
  import('./accounts-page.tsx').then((m) => ({ default: m.AccountsPage })),
);

type Session =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'signed-out'; notice?: string }
  | { kind: 'signed-in'; info: SessionInfo };

const BADGE_POLL_MS = 60_000;

/** The staff workspace, mounted under /staff: its routes are relative to it. */
export function StaffApp() {
  const [session, setSession] = useState<Session>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    currentSession().then(
      (info) => live && setSession(info ? { kind: 'signed-in', info } : { kind: 'signed-out' }),
      (e: unknown) =>
        live && setSession({ kind: 'failed', message: errorMessage(e, t('common.offline')) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(
    () => onSignedOut(() => setSession({ kind: 'signed-out', notice: t('staff.sessionEnded') })),
    [],
  );

  if (session.kind === 'loading') return <Loading fill />;
  if (session.kind === 'failed') {
    return (
      <main id="main" className="page narrow" tabIndex={-1}>
        <h1>{t('staff.workspace')}</h1>
        <p role="alert">{session.message}</p>
        <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('common.retry')}
        </button>
      </main>
    );
  }
  if (session.kind === 'signed-out') {
    return (
      <SignIn
        notice={session.notice}
        onSignedIn={(info) => setSession({ kind: 'signed-in', info })}
      />
    );
  }
  return (
    <Workspace
      info={session.info}
      onSignedOut={() => setSession({ kind: 'signed-out', notice: t('staff.signedOut') })}
    />
  );
}

function Workspace({ info, onSignedOut }: { info: SessionInfo; onSignedOut: () => void }) {
  const [pending, setPending] = useState<number | null>(null);
  const [announce, setAnnounce] = useState('');
  const last = useRef<number | null>(null);
  const [location] = useLocation();

  const refreshBadge = useCallback(() => {
    staffApi.get<{ pending: number }>('/moderation/summary').then(
      ({ pending: n }) => {
        if (last.current !== null && n > last.current) {
          setAnnounce(t('staff.newPending', { count: n - last.current }));
        }
        last.current = n;
        setPending(n);
      },
      () => {}, // the badge is a convenience; the queue itself shows errors
    );
  }, []);

  useEffect(() => {
    refreshBadge();
    const timer = setInterval(refreshBadge, BADGE_POLL_MS);
    return () => clearInterval(timer);
  }, [refreshBadge]);

  const value = useMemo<StaffSessionValue>(
    () => ({
      user: info.user,
      refreshBadge,
      signOut: () => {
        void signOut().finally(onSignedOut);
      },
    }),
    [info.user, refreshBadge, onSignedOut],
  );
  const admin = info.user.role === 'admin';
  const current = (href: string) =>
    (
      href === '/'
        ? location === '/' || location.startsWith('/entries')
        : location === href || location.startsWith(`${href}/`)
    )
      ? 'page'
      : undefined;

  return (
    <StaffSessionContext.Provider value={value}>
      <div className="staff-shell">
        <div className="staff-bar">
          <nav aria-label={t('staff.navLabel')} className="staff-nav">
            <Link href="/" className="staff-nav-link" aria-current={current('/')}>
              {t('staff.navQueue')}
              {pending !== null && pending > 0 && (
                <span className="staff-badge">
                  <span aria-hidden="true">{pending}</span>
                  <span className="visually-hidden">
                    {t('staff.pendingBadge', { count: pending })}
                  </span>
                </span>
              )}
            </Link>
            <Link href="/audit" className="staff-nav-link" aria-current={current('/audit')}>
              {t('staff.navAudit')}
            </Link>
            <Link href="/data" className="staff-nav-link" aria-current={current('/data')}>
              {t('staff.navData')}
            </Link>
            <Link href="/insights" className="staff-nav-link" aria-current={current('/insights')}>
              {t('staff.navInsights')}
            </Link>
            {admin && (
              <Link href="/accounts" className="staff-nav-link" aria-current={current('/accounts')}>
                {t('staff.navAccounts')}
              </Link>
            )}
          </nav>
          {/* A landmark of its own, so screen-reader users find who is signed in and the way out. */}
          <nav className="staff-user" aria-label={t('staff.accountNavLabel')}>
            <span>
              {t('staff.signedInAs', {
                email: info.user.email,
                role: t(`staff.role.${info.user.role}`),
              })}
            </span>
            <Link href="/account" className="staff-nav-link" aria-current={current('/account')}>
              {t('staff.navAccount')}
            </Link>
            <button type="button" className="button secondary" onClick={value.signOut}>
              {t('staff.signOut')}
            </button>
          </nav>
        </div>
        <p className="visually-hidden" role="status" aria-live="polite">
          {announce}
        </p>
        <Suspense fallback={<Loading fill />}>
          <Switch>
            <Route path="/">
              <QueuePage />
            </Route>
            <Route path="/entries/:id">{(p) => <EntryPage id={Number(p.id)} />}</Route>
            <Route path="/audit">
              <AuditPage />
            </Route>
            <Route path="/data">
              <DataPage />
            </Route>
            <Route path="/insights">
              <StaffInsightsPage />
            </Route>
            <Route path="/accounts">{admin ? <AccountsPage /> : <NotFound />}</Route>
            <Route path="/account">
              <AccountPage />
            </Route>
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </Suspense>
      </div>
    </StaffSessionContext.Provider>
  );
}
