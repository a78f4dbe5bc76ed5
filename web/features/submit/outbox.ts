import { api, ApiError, serverTime } from '../../lib/api-client.ts';
import { DRAFT_START_MAX_AGE_MS, loadDraft, saveDraft, toBody, type DraftValues } from './draft.ts';
import { OUTBOX_KEY } from './outbox-key.ts';

/**
 * Stories sent while offline wait here, on the device, and are sent when the connection is
 * back: on the browser's `online` event, or at the next visit (main.tsx). Each carries the
 * Idempotency-Key of its first attempt, so a story whose answer was lost, or that two tabs
 * send at once, is stored once (api/submissions/idempotency.ts). A story leaves the outbox
 * only once the server has answered for it; one the server refuses goes back to the form as
 * its draft, so nothing is ever lost. Decision: docs/decisions/130-offline-and-first-paint.md.
 */
export type QueuedStory = {
  key: string;
  values: DraftValues;
  /** When the form was opened, on this device's clock (turned into the server's on send). */
  startedAt: number;
  language: string;
  queuedAt: number;
};

export type Sent = { key: string; reference: string };

/** The event the page hears when a waiting story has been sent. */
export const SENT_EVENT = 'pm:story-sent';

/** A random key for one story (crypto.randomUUID needs a secure context; this does not). */
export function newStoryKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function queuedStories(): QueuedStory[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as QueuedStory[]) : [];
  } catch {
    return [];
  }
}

function write(stories: QueuedStory[]): void {
  try {
    if (stories.length) localStorage.setItem(OUTBOX_KEY, JSON.stringify(stories));
    else localStorage.removeItem(OUTBOX_KEY);
  } catch {
    // Storage blocked: the page still shows the story as waiting while it stays open.
  }
}

export function queueStory(story: Omit<QueuedStory, 'queuedAt'>): QueuedStory {
  const queued = { ...story, queuedAt: Date.now() };
  write([...queuedStories().filter((s) => s.key !== story.key), queued]);
  return queued;
}

function remove(key: string): void {
  write(queuedStories().filter((s) => s.key !== key));
}

/** Sends one story with its key; the same key always gets the same reference back. */
export async function postStory(story: Omit<QueuedStory, 'queuedAt'>): Promise<string> {
  // Like a reloaded draft, a story that waited long still counts as filled in with care, but
  // its start must not look like a replayed old request to the anti-spam check (decision 071).
  const start = Math.max(story.startedAt, Date.now() - DRAFT_START_MAX_AGE_MS);
  const body = toBody(story.values, await serverTime(start), story.language);
  const created = await api.post<{ reference: string }>('/submissions', body, {
    headers: { 'Idempotency-Key': story.key },
  });
  return created.reference;
}

let sending: Promise<Sent[]> | undefined;

/**
 * Sends every waiting story, oldest first; stops at the first that cannot go yet (offline, the
 * server busy or down) and leaves it and the rest for later.
 */
export function sendQueuedStories(): Promise<Sent[]> {
  sending ??= (async () => {
    const sent: Sent[] = [];
    for (const story of queuedStories()) {
      try {
        const reference = await postStory(story);
        remove(story.key);
        sent.push({ key: story.key, reference });
        window.dispatchEvent(new CustomEvent<Sent>(SENT_EVENT, { detail: sent.at(-1) }));
      } catch (err) {
        const later =
          !(err instanceof ApiError) || err.offline || err.status === 429 || err.status >= 500;
        if (later) break;
        // Refused (the rules changed while it waited): back to the form, never dropped. While
        // the form holds another draft, it waits here.
        if (loadDraft()) break;
        saveDraft({ values: story.values, step: 0, startedAt: story.startedAt });
        remove(story.key);
      }
    }
    return sent;
  })().finally(() => (sending = undefined));
  return sending;
}

let listening = false;

/** Sends waiting stories whenever the browser says it is back online. */
export function sendWhenOnline(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('online', () => void sendQueuedStories());
}

/** At start-up: sends waiting stories now, and again whenever the browser is back online. */
export function startOutbox(): void {
  sendWhenOnline();
  if (queuedStories().length) void sendQueuedStories();
}
