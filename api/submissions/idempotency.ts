const DAY = 24 * 60 * 60 * 1000;

/** How long a key is remembered: a phone that queued a story offline sends it within this. */
export const IDEMPOTENCY_KEPT_MS = 7 * DAY;

/** A client's key for one submission: 16 to 64 letters, digits or hyphens (a UUID fits). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9-]{16,64}$/;

/**
 * The answer already given to a submission sent with an `Idempotency-Key`, so a form that
 * sends again (its connection dropped before the answer arrived, or a queued story sent from
 * two tabs) gets the same reference and never stores the story twice. In memory: a restart
 * forgets the keys, which only matters for a repeat within the seconds of a restart. Only the
 * key and the reference are kept, nothing that was sent.
 */
export class IdempotencyKeys {
  private readonly byKey = new Map<string, { reference: string; at: number }>();

  constructor(private readonly max = 50_000) {}

  get(key: string, now: number): string | undefined {
    const seen = this.byKey.get(key);
    if (!seen) return undefined;
    if (now - seen.at > IDEMPOTENCY_KEPT_MS) {
      this.byKey.delete(key);
      return undefined;
    }
    return seen.reference;
  }

  set(key: string, reference: string, now: number): void {
    if (this.byKey.size >= this.max) {
      const oldest = this.byKey.keys().next().value;
      if (oldest !== undefined) this.byKey.delete(oldest);
    }
    this.byKey.set(key, { reference, at: now });
  }
}
