import { useId, useRef, useState, type FormEvent } from 'react';
import {
  CONCERN_NOTE_MAX,
  CONCERN_REASONS,
  type ConcernReason,
} from '../../../contract/vocabulary.ts';
import { t } from '../../i18n/i18n.ts';
import { api, ApiError } from '../../lib/api-client.ts';
import '../../styles/forms.css';
import './report-concern.css';

type State = 'closed' | 'open' | 'sending' | 'sent';

/**
 * "Report a concern" for a published initiative: a reason from a short list and an optional
 * note, no account. The report flags the entry for staff.
 */
export function ReportConcern({ slug }: { slug: string }) {
  const [state, setState] = useState<State>('closed');
  const [reason, setReason] = useState<ConcernReason | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function send(e: FormEvent) {
    e.preventDefault();
    if (!reason) {
      setError(t('concerns.chooseReason'));
      return;
    }
    setState('sending');
    setError(null);
    try {
      await api.post('/concerns', { slug, reason, note: note.trim() || null });
      setState('sent');
    } catch (err) {
      setState('open');
      if (err instanceof ApiError && err.status === 429) setError(t('concerns.tooMany'));
      else if (err instanceof ApiError && err.offline) setError(t('common.offline'));
      else setError(t('concerns.failed'));
    }
  }

  if (state === 'sent') {
    return (
      <div className="concern concern-sent" role="status">
        <p>{t('concerns.thanks')}</p>
        <p className="concern-hint">{t('concerns.urgent')}</p>
      </div>
    );
  }

  if (state === 'closed') {
    return (
      <div className="concern">
        <button
          ref={toggleRef}
          type="button"
          className="link-button concern-toggle"
          aria-expanded="false"
          onClick={() => {
            setState('open');
            requestAnimationFrame(() => headingRef.current?.focus());
          }}
        >
          {t('concerns.open')}
        </button>
      </div>
    );
  }

  const count = [...note].length;
  return (
    <section className="concern concern-open" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} ref={headingRef} tabIndex={-1}>
        {t('concerns.heading')}
      </h2>
      <p>{t('concerns.intro')}</p>
      <form onSubmit={(e) => void send(e)} noValidate>
        <fieldset aria-describedby={error && !reason ? `${id}-error` : undefined}>
          <legend>{t('concerns.reasonLegend')}</legend>
          {CONCERN_REASONS.map((r) => (
            <label key={r} className="form-check concern-option">
              <input
                type="radio"
                name={`${id}-reason`}
                value={r}
                checked={reason === r}
                onChange={() => {
                  setReason(r);
                  setError(null);
                }}
              />
              {t(`concerns.reason.${r}`)}
            </label>
          ))}
        </fieldset>
        <div className="form-field concern-field">
          <label htmlFor={`${id}-note`}>{t('concerns.note')}</label>
          <p className="concern-hint" id={`${id}-hint`}>
            {t('concerns.noteHint', { max: CONCERN_NOTE_MAX })}
          </p>
          <textarea
            id={`${id}-note`}
            rows={3}
            value={note}
            aria-describedby={`${id}-hint ${id}-count`}
            aria-invalid={count > CONCERN_NOTE_MAX}
            onChange={(e) => setNote(e.target.value)}
          />
          <p className="concern-hint" id={`${id}-count`} aria-live="polite">
            {t('concerns.noteCount', { count, max: CONCERN_NOTE_MAX })}
          </p>
        </div>
        {error && (
          <p className="concern-error" role="alert" id={`${id}-error`}>
            {error}
          </p>
        )}
        <div className="concern-actions">
          <button
            type="submit"
            className="button"
            disabled={state === 'sending' || count > CONCERN_NOTE_MAX}
          >
            {state === 'sending' ? t('concerns.sending') : t('concerns.send')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setState('closed');
              setError(null);
              requestAnimationFrame(() => toggleRef.current?.focus());
            }}
          >
            {t('concerns.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
