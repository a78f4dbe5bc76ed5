import { useEffect, useRef, useState } from 'react';
import { locale, t } from '../../i18n/i18n.ts';
import { ApiError } from '../../lib/api-client.ts';
import { clearDraft, loadDraft, type Draft } from './draft.ts';
import {
  newStoryKey,
  postStory,
  queuedStories,
  queueStory,
  SENT_EVENT,
  sendWhenOnline,
  type Sent,
} from './outbox.ts';

export type SendState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'failed'; message: string }
  | { kind: 'sent'; reference: string }
  /** Offline: kept on the device and sent when the connection is back (outbox.ts). */
  | { kind: 'queued'; key: string };

function failureMessage(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return t('submit.sendOffline');
    if (err.status === 429) return t('submit.sendTooMany', { seconds: err.retryAfter ?? 60 });
    if (err.status === 400) return t('submit.sendInvalid');
  }
  return t('submit.sendServer');
}

/**
 * Sends a finished draft; on a 400 hands the refused field keys to `onFieldErrors`. Without a
 * connection the story waits on this device (outbox.ts) and goes by itself when it is back.
 */
export function useSendSubmission() {
  const [send, setSend] = useState<SendState>(() => {
    // Back on the page while a story still waits to be sent: say so, not an empty form.
    const waiting = queuedStories().at(-1);
    return waiting && !loadDraft() ? { kind: 'queued', key: waiting.key } : { kind: 'idle' };
  });
  /** One key per story, from its first attempt, so a resend is never stored twice. */
  const sendKey = useRef<string | null>(null);

  // A waiting story sent while the page is open (back online): the thank-you and its code.
  const queuedKey = send.kind === 'queued' ? send.key : null;
  useEffect(() => {
    if (!queuedKey) return;
    const onSent = (e: Event) => {
      const { key, reference } = (e as CustomEvent<Sent>).detail;
      if (key === queuedKey) setSend({ kind: 'sent', reference });
    };
    window.addEventListener(SENT_EVENT, onSent);
    sendWhenOnline();
    return () => window.removeEventListener(SENT_EVENT, onSent);
  }, [queuedKey]);

  async function sendDraft(draft: Draft, onFieldErrors: (keys: string[]) => void) {
    setSend({ kind: 'sending' });
    sendKey.current ??= newStoryKey();
    const story = {
      key: sendKey.current,
      values: draft.values,
      startedAt: draft.startedAt,
      language: locale(),
    };
    try {
      // The anti-spam check reads the start time on the server's clock (decision 071).
      const reference = await postStory(story);
      clearDraft();
      sendKey.current = null;
      setSend({ kind: 'sent', reference });
    } catch (err) {
      if (err instanceof ApiError && err.offline) {
        // No connection: the story waits on this device and goes when the connection is back.
        queueStory(story);
        clearDraft();
        sendKey.current = null;
        setSend({ kind: 'queued', key: story.key });
        return;
      }
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
    reset: () => {
      sendKey.current = null;
      setSend({ kind: 'idle' });
    },
  };
}
