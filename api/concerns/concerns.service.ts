import type { Deps } from '../lib/context.ts';
import { notFound } from '../lib/problem.ts';
import { concernReports } from '../../db/schema.ts';
import { notifyStaff } from '../moderation/notify.ts';
import type { ConcernReason } from '../../contract/vocabulary.ts';

/**
 * Stores a visitor's concern about a PUBLISHED entry (anything else is "not found", so the
 * endpoint reveals nothing about unpublished entries). Staff see it flagged in the queue.
 */
export function reportConcern(
  deps: Deps,
  input: { slug: string; reason: ConcernReason; note: string | null },
  mayMail: (slug: string, now: number) => boolean = () => true,
): void {
  const item = deps.readModel.current().bySlug.get(input.slug);
  if (!item) throw notFound('There is no published initiative at this address.');
  deps.db
    .insert(concernReports)
    .values({
      initiativeId: item.id,
      reason: input.reason,
      note: input.note,
      createdAt: deps.now().toISOString(),
    })
    .run();
  if (!mayMail(item.slug, deps.now().getTime())) return;
  notifyStaff(deps, {
    subject: 'A visitor reported a concern about a published initiative',
    path: `/staff/entries/${item.id}`,
    text: `Reason: ${input.reason}. Please review the entry in the staff workspace.`,
  });
}
