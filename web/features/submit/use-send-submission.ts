import { useState } from 'react';
import type { Created } from '../../../contract/submissions.ts';
import { locale, t } from '../../i18n/i18n.ts';
import { api, ApiError, serverTime } from '../../lib/api-client.ts';
import { clearDraft, toBody, type Draft } from './draft.ts';

export type SendState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'failed'; message: string }
  | { kind: 'sent'; reference: string };

function failureMessage(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return t('submit.sendOffline');
    if (err.status === 429) return t('submit.sendTooMany', { seconds: err.retryAfter ?? 60 });
    if (err.status === 400) return t('submit.sendInvalid');
  }
  return t('submit.sendServer');
}

/** Sends a finished draft; on a 400 hands the refused field keys to `onFieldErrors`. */
export function useSendSubmission() {
  const [send, setSend] = useState<SendState>({ kind: 'idle' });

  async function sendDraft(draft: Draft, onFieldErrors: (keys: string[]) => void) {
    setSend({ kind: 'sending' });
    try {
      // The anti-spam check reads the start time on the server's clock (decision 071).
      const startedAt = await serverTime(draft.startedAt);
      const body = toBody(draft.values, startedAt, locale());
      const created = await api.post<Created>('/submissions', body);
      clearDraft();
      setSend({ kind: 'sent', reference: created.reference });
    } catch (err) {
      setSend({ kind: 'failed', message: failureMessage(err) });
      if (err instanceof ApiError && err.status === 400 && err.errors) {
        onFieldErrors(Object.keys(err.errors));
      }
    }
  }

  return {
    send,
    sendDraft,
    /** An edit after a failed send hides the failure. */
    clearFailure: () => setSend((s) => (s.kind === 'failed' ? { kind: 'idle' } : s)),
    reset: () => setSend({ kind: 'idle' }),
  };
}
