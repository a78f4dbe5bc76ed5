import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type initiatives, submissionDetails } from '../../db/schema.ts';
import { safeguardingFlags, type Flag } from '../../contract/safeguarding.ts';
import { ApiError } from '../lib/problem.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Text = Pick<
  typeof initiatives.$inferSelect,
  'title' | 'summary' | 'locality' | 'organization' | 'link' | 'quote' | 'quoteBy'
>;

/**
 * The one safeguarding rule for every write of public text (submission, edit, import,
 * restore, publish): the text is flagged with the shared detector, and text that is or
 * becomes public with a flag it did not have before needs the moderator's confirmation.
 */
export function entryFlags(text: Text): Flag[] {
  return safeguardingFlags({
    title: text.title,
    summary: text.summary,
    locality: text.locality,
    organization: text.organization,
    link: text.link,
    quote: text.quote,
    quoteBy: text.quoteBy,
  });
}

const key = (f: Flag) => `${f.field}|${f.kind}|${f.match}`;

/** Flags in `next` that `previous` did not have. */
export function addedFlags(next: Flag[], previous: Flag[]): Flag[] {
  const seen = new Set(previous.map(key));
  return next.filter((f) => !seen.has(key(f)));
}

export const describeFlags = (flags: Flag[]) =>
  flags.map((f) => `${f.kind} "${f.match}"`).join(', ');

/**
 * Throws 422 when public text would carry flags nobody confirmed. `previous` is what was
 * already public (nothing when the entry is being published). Returns whether a
 * confirmation was used, for the audit record.
 */
export function checkFlagsConfirmed(
  next: Flag[],
  previous: Flag[],
  confirmed: boolean | undefined,
  what = 'This entry',
): boolean {
  const added = addedFlags(next, previous);
  if (!added.length) return false;
  if (confirmed) return true;
  throw new ApiError(
    422,
    'Safeguarding flags remain',
    `${what} would be public with ${added.length} safeguarding flag(s): ${describeFlags(added)}. ` +
      'Edit them out, or confirm that you checked them and go ahead.',
  );
}

/** Stores the flags with the entry's details (created when there are flags to keep). */
export function saveFlags(tx: Tx, id: number, flags: Flag[]): void {
  const existing = tx
    .select({ id: submissionDetails.initiativeId })
    .from(submissionDetails)
    .where(eq(submissionDetails.initiativeId, id))
    .get();
  if (existing) {
    tx.update(submissionDetails).set({ flags }).where(eq(submissionDetails.initiativeId, id)).run();
  } else if (flags.length) {
    tx.insert(submissionDetails).values({ initiativeId: id, flags }).run();
  }
}

/** Recomputes the flags from the entry's current text and stores them. */
export function refreshFlags(tx: Tx, row: Text & { id: number }): Flag[] {
  const flags = entryFlags(row);
  saveFlags(tx, row.id, flags);
  return flags;
}

/**
 * Before a decision: the flags stored by earlier writes plus those of the text as it is now
 * (an entry imported or seeded before it was ever flagged has none stored). Stored again.
 */
export function recheckFlags(tx: Tx, row: Text & { id: number }): Flag[] {
  const stored =
    (tx
      .select({ flags: submissionDetails.flags })
      .from(submissionDetails)
      .where(eq(submissionDetails.initiativeId, row.id))
      .get()?.flags as Flag[] | undefined) ?? [];
  const flags = [...stored, ...addedFlags(entryFlags(row), stored)];
  if (flags.length !== stored.length) saveFlags(tx, row.id, flags);
  return flags;
}
