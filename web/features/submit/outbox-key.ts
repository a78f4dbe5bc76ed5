/** Where stories sent while offline wait (outbox.ts); read at start-up without loading it. */
export const OUTBOX_KEY = 'participation-map:tell-outbox:v1';

/** True when a story is waiting to be sent. */
export function hasQueuedStories(): boolean {
  try {
    const raw = localStorage.getItem(OUTBOX_KEY);
    return raw !== null && raw !== '[]';
  } catch {
    return false;
  }
}
