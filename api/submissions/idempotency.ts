import { eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { submissionKeys } from '../../db/schema.ts';

const DAY = 24 * 60 * 60 * 1000;

/** How long a key is remembered: a phone that queued a story offline sends it within this. */
export const IDEMPOTENCY_KEPT_MS = 7 * DAY;

/** A client's key for one submission: 16 to 64 letters, digits or hyphens (a UUID fits). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9-]{16,64}$/;

/**
 * The answer already given to a submission sent with an `Idempotency-Key`, so a form that
 * sends again (its connection dropped before the answer arrived, the server restarted, or a
 * queued story sent from two tabs) gets the same reference and never stores the story twice.
 * Kept in the database (`submission_keys`), in the same transaction as the story itself, so no
 * restart or crash can keep one without the other. Only the key and the reference are kept,
 * nothing that was sent, for 7 days.
 */
export function replayedReference(
  db: Pick<Db, 'select'>,
  key: string,
  nowMs: number,
): string | undefined {
  const seen = db.select().from(submissionKeys).where(eq(submissionKeys.key, key)).get();
  if (!seen || Date.parse(seen.createdAt) < nowMs - IDEMPOTENCY_KEPT_MS) return undefined;
  return seen.reference;
}

/**
 * Remembers the reference given for `key` (replacing a key too old to count), and forgets
 * the keys older than 7 days. Called inside the submission's own transaction.
 */
export function rememberKey(
  db: Pick<Db, 'delete' | 'insert'>,
  key: string,
  reference: string,
  nowMs: number,
): void {
  const cutoff = new Date(nowMs - IDEMPOTENCY_KEPT_MS).toISOString();
  db.delete(submissionKeys).where(lt(submissionKeys.createdAt, cutoff)).run();
  const createdAt = new Date(nowMs).toISOString();
  db.insert(submissionKeys)
    .values({ key, reference, createdAt })
    .onConflictDoUpdate({ target: submissionKeys.key, set: { reference, createdAt } })
    .run();
}
