import { eq } from 'drizzle-orm';
import {
  auditLog,
  auditRedactionGrants,
  concernReports,
  initiativeContacts,
  initiatives,
} from '../../db/schema.ts';
import type { StaffPrincipal } from '../auth/session.ts';
import type { Deps } from '../lib/context.ts';
import { ApiError, notFound } from '../lib/problem.ts';
import { recordAudit } from './audit.service.ts';
import { refreshFlags } from './flags.ts';
import type { EraseBody } from '../../contract/moderation.ts';
import { redactDetail, redactText } from './redact.ts';

const TEXT_FIELDS = ['title', 'summary', 'locality', 'organization', 'sourceTitle'] as const;

export type EraseResult = {
  contactErased: boolean;
  historyRecords: number;
  fields: string[];
  concernNotes: number;
};

/**
 * Erases an entry's personal data (admins, decision 065): the private contact e-mail, and
 * every piece of text the safeguarding detector flags, plus the phrases an admin names, from
 * the entry's text, its audit history, its rejection reason and concern notes. Audit records
 * are rewritten through one-shot grants (the only UPDATE the trail's triggers allow). The
 * erase itself is audited with counts and field names only.
 */
export function erasePersonalData(
  deps: Deps,
  id: number,
  staff: StaffPrincipal,
  body: EraseBody,
): EraseResult {
  const also = body.also;
  const result: EraseResult = {
    contactErased: false,
    historyRecords: 0,
    fields: [],
    concernNotes: 0,
  };
  let textChanged = false;
  deps.db.transaction((tx) => {
    const row = tx.select().from(initiatives).where(eq(initiatives.id, id)).get();
    if (!row) throw notFound(`There is no entry with id ${id}.`);
    if (body.version !== undefined && body.version !== row.version) {
      throw new ApiError(
        409,
        'Edit conflict',
        `Someone else changed this entry after you opened it (you saw version ${body.version}; it is now version ${row.version}). Nothing was erased. Reload the entry and try again.`,
      );
    }
    result.contactErased =
      tx
        .delete(initiativeContacts)
        .where(eq(initiativeContacts.initiativeId, id))
        .returning({ id: initiativeContacts.initiativeId })
        .all().length > 0;

    // The entry's own text (public once published) and the staff-only rejection reason.
    const set: Partial<typeof initiatives.$inferInsert> = {};
    for (const f of TEXT_FIELDS) {
      const value = row[f];
      if (value === null) continue;
      const next = redactText(value, f, also);
      if (next !== value) set[f] = next;
    }
    if (row.link !== null && redactText(row.link, 'link', also) !== row.link) set.link = null;
    if (row.rejectReason !== null) {
      const next = redactText(row.rejectReason, 'summary', also);
      if (next !== row.rejectReason) set.rejectReason = next;
    }
    result.fields = Object.keys(set);
    if (result.fields.length) {
      const updated = tx
        .update(initiatives)
        .set({ ...set, version: row.version + 1, updatedAt: deps.now().toISOString() })
        .where(eq(initiatives.id, id))
        .returning()
        .get();
      refreshFlags(tx, updated);
      textChanged = true;
    }

    for (const c of tx
      .select({ id: concernReports.id, note: concernReports.note })
      .from(concernReports)
      .where(eq(concernReports.initiativeId, id))
      .all()) {
      if (c.note === null) continue;
      const next = redactText(c.note, 'summary', also);
      if (next === c.note) continue;
      tx.update(concernReports).set({ note: next }).where(eq(concernReports.id, c.id)).run();
      result.concernNotes++;
    }

    // The history: each record whose detail still holds such text, through a one-shot grant.
    for (const a of tx
      .select({ id: auditLog.id, detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.initiativeId, id))
      .all()) {
      if (!a.detail) continue;
      const next = redactDetail(a.detail, also);
      if (typeof next.reason === 'string') next.reason = redactText(next.reason, 'summary', also);
      if (JSON.stringify(next) === JSON.stringify(a.detail)) continue;
      tx.insert(auditRedactionGrants).values({ auditId: a.id }).run();
      tx.update(auditLog).set({ detail: next }).where(eq(auditLog.id, a.id)).run();
      result.historyRecords++;
    }

    recordAudit(tx, deps.now(), {
      actor: { id: staff.id, email: staff.email },
      action: 'erase-personal-data',
      initiativeId: id,
      detail: { ...result, namedPhrases: also.length },
    });
  });
  if (textChanged) deps.readModel.invalidate();
  return result;
}
