import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog, initiatives } from '../../db/schema.ts';
import type { AuditPage } from '../../contract/moderation.ts';
import { redactDetail } from './redact.ts';

type Writer = Pick<Db, 'insert'>;

export type Actor = { id: number | null; email: string | null };

export type AuditInput = {
  actor: Actor;
  action: string;
  initiativeId?: number | null;
  detail?: Record<string, unknown>;
};

/**
 * Appends one record to the audit trail. The table is append-only (database triggers
 * refuse UPDATE and DELETE; the one exception is erasing personal data, decision 065).
 * Text that the safeguarding detector flags never enters it: the `before` and `after` of
 * an edit keep "[phone number removed]" and the like instead.
 */
export function recordAudit(db: Writer, at: Date, input: AuditInput): void {
  db.insert(auditLog)
    .values({
      at: at.toISOString(),
      actorId: input.actor.id,
      actorEmail: input.actor.email,
      action: input.action,
      initiativeId: input.initiativeId ?? null,
      detail: input.detail ? redactDetail(input.detail) : null,
    })
    .run();
}

export function listAudit(
  db: Db,
  q: { entry?: number; action?: string; actor?: number; limit: number; offset: number },
): AuditPage {
  const filters: SQL[] = [];
  if (q.entry !== undefined) filters.push(eq(auditLog.initiativeId, q.entry));
  if (q.action) filters.push(eq(auditLog.action, q.action));
  if (q.actor !== undefined) filters.push(eq(auditLog.actorId, q.actor));
  const where = filters.length ? and(...filters) : undefined;
  const items = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorEmail: auditLog.actorEmail,
      action: auditLog.action,
      initiativeId: auditLog.initiativeId,
      entryTitle: initiatives.title,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .leftJoin(initiatives, eq(initiatives.id, auditLog.initiativeId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  return { items, total, limit: q.limit, offset: q.offset };
}
