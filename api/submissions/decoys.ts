import { randomInt } from 'node:crypto';

const DAY = 24 * 60 * 60 * 1000;

/** How long a caught submission's reference reads "pending" before "not-published". */
export const DECOY_PENDING_MS = { min: 1 * DAY, max: 4 * DAY };
/** After this, or after a restart, a caught reference is forgotten and answers 404. */
export const DECOY_KEPT_MS = 90 * DAY;

/**
 * References handed to submissions that were caught as automated (honeypot, missing or absurd
 * start time) and not stored. A status look-up of one reads like a real submission's: pending
 * for a day or a few, then "not-published", as a rejected one does, so a bot cannot tell it
 * was caught and learns nothing to adapt to. Only the random code and two times are kept, in
 * memory, never anything that was sent.
 */
export class DecoyReferences {
  private readonly byReference = new Map<string, { at: number; pendingMs: number }>();

  constructor(private readonly max = 10_000) {}

  add(reference: string, now: number): void {
    if (this.byReference.size >= this.max) {
      const oldest = this.byReference.keys().next().value;
      if (oldest !== undefined) this.byReference.delete(oldest);
    }
    this.byReference.set(reference, {
      at: now,
      pendingMs: randomInt(DECOY_PENDING_MS.min, DECOY_PENDING_MS.max),
    });
  }

  has(reference: string): boolean {
    return this.byReference.has(reference);
  }

  /** What a look-up of this reference answers, or undefined when it is not a decoy. */
  status(reference: string, now: number): 'pending' | 'not-published' | undefined {
    const decoy = this.byReference.get(reference);
    if (!decoy) return undefined;
    if (now - decoy.at > DECOY_KEPT_MS) {
      this.byReference.delete(reference);
      return undefined;
    }
    return now - decoy.at < decoy.pendingMs ? 'pending' : 'not-published';
  }
}
