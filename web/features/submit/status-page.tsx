import Hourglass from 'lucide-react/icons/hourglass';
import PartyPopper from 'lucide-react/icons/party-popper';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import type { SubmissionStatus } from '../../../contract/submissions.ts';
import { Icon } from '../../components/ui/icon.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { t } from '../../i18n/i18n.ts';
import { api, ApiError } from '../../lib/api-client.ts';
import './submit.css';

type State = { key: string } & (
  | { kind: 'loading' }
  | { kind: 'done'; status: SubmissionStatus }
  | { kind: 'not-found' }
  | { kind: 'failed'; message: string }
);

/** `/tell/status/:reference`: pending, published (with a link) or not published. Nothing else. */
export function StatusPage({ reference }: { reference: string }) {
  const [attempt, setAttempt] = useState(0);
  const key = `${reference}|${attempt}`;
  const [result, setState] = useState<State>({ key: '', kind: 'loading' });
  // An answer for an earlier reference or attempt is not shown: this one is still loading.
  const state: State = result.key === key ? result : { key, kind: 'loading' };
  const [code, setCode] = useState('');
  const [, navigate] = useLocation();

  useEffect(() => {
    document.title = `${t('submit.statusTitle')} · ${t('common.appName')}`;
  }, []);

  useEffect(() => {
    let live = true;
    api
      .get<SubmissionStatus>(`/submissions/${encodeURIComponent(reference)}`)
      .then((status) => live && setState({ key, kind: 'done', status }))
      .catch((err: unknown) => {
        if (!live) return;
        if (err instanceof ApiError && (err.status === 404 || err.status === 400)) {
          setState({ key, kind: 'not-found' });
        } else if (err instanceof ApiError && err.status === 0) {
          setState({ key, kind: 'failed', message: t('common.offline') });
        } else {
          setState({ key, kind: 'failed', message: t('common.serverError') });
        }
      });
    return () => {
      live = false;
    };
  }, [reference, key]);

  function lookUp(e: FormEvent) {
    e.preventDefault();
    const clean = code.trim().toUpperCase();
    if (clean) navigate(`/tell/status/${encodeURIComponent(clean)}`);
  }

  return (
    <main id="main" className="page narrow tell">
      <h1>{t('submit.statusTitle')}</h1>
      <p className="tell-hint">{t('submit.statusFor', { reference: reference.toUpperCase() })}</p>
      <div aria-live="polite">
        {state.kind === 'loading' ? <Loading /> : null}
        {state.kind === 'done' && state.status.status === 'pending' ? (
          <p className="tell-status pending" data-status="pending">
            <Icon icon={Hourglass} /> {t('submit.statusPending')}
          </p>
        ) : null}
        {state.kind === 'done' && state.status.status === 'published' ? (
          <div className="tell-status published" data-status="published">
            <p>
              <Icon icon={PartyPopper} /> {t('submit.statusPublished')}
            </p>
            {state.status.slug ? (
              <p>
                <Link href={`/initiatives/${state.status.slug}`} className="button">
                  {t('submit.statusSee')}
                </Link>
              </p>
            ) : null}
          </div>
        ) : null}
        {state.kind === 'done' && state.status.status === 'not-published' ? (
          <p className="tell-status not-published" data-status="not-published">
            {t('submit.statusNotPublished')}{' '}
            <Link href="/contact">{t('contact.howToContact')}</Link>
          </p>
        ) : null}
        {state.kind === 'not-found' ? (
          <p className="tell-status not-published">{t('submit.statusNotFound')}</p>
        ) : null}
        {state.kind === 'failed' ? (
          <div className="tell-send-error" role="alert">
            <p>{state.message}</p>
            <button
              type="button"
              className="button secondary"
              onClick={() => setAttempt((n) => n + 1)}
            >
              {t('common.retry')}
            </button>
          </div>
        ) : null}
      </div>

      <form className="tell-lookup" onSubmit={lookUp}>
        <h2>{t('submit.statusOther')}</h2>
        <label htmlFor="tell-status-code" className="tell-label">
          {t('submit.statusCodeLabel')}
        </label>
        <div className="tell-row">
          <input
            id="tell-status-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="K7P-4QX"
            maxLength={10}
          />
          <button type="submit" className="button">
            {t('submit.statusCheck')}
          </button>
        </div>
      </form>
      <p>
        <Link href="/">{t('common.backToMap')}</Link>
      </p>
    </main>
  );
}
