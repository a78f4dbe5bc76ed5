import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { initiativeContacts } from '../../db/schema.ts';
import { recordAudit } from './audit.service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often the running server looks for contacts past their retention. */
export const RETENTION_CHECK_MS = 6 * 60 * 60 * 1000;

/**
 * Deletes the private contact e-mail of every entry decided (published, rejected or
 * archived) more than `days` days ago; an entry back in review keeps it. The decision time is
 * the entry's latest such decision in the audit trail. Audited with the count only.
 */
export function purgeExpiredContacts(db: Db, now: Date, days: number): number {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  const purged = db
    .delete(initiativeContacts)
    .where(
      sql`${initiativeContacts.initiativeId} IN (
        SELECT i.id FROM initiatives i
        WHERE i.status != 'pending'
          AND coalesce(
            (SELECT max(a.at) FROM audit_log a
              WHERE a.initiative_id = i.id AND a.action IN ('publish', 'reject', 'archive')),
            i.published_at,
            i.updated_at
          ) < ${cutoff}
      )`,
    )
    .returning({ id: initiativeContacts.initiativeId })
    .all().length;
  if (purged) {
    recordAudit(db, now, {
      actor: { id: null, email: null },
      action: 'purge-contacts',
      detail: { contacts: purged, retentionDays: days },
    });
  }
  return purged;
}

/** Purges at once, then every `everyMs`; the timer never keeps the process alive. */
export function startContactRetention(options: {
  db: Db;
  days: number;
  now?: () => Date;
  everyMs?: number;
  log?: (message: string, detail?: unknown) => void;
}): { stop: () => void } {
  const now = options.now ?? (() => new Date());
  const run = () => {
    try {
      purgeExpiredContacts(options.db, now(), options.days);
    } catch (e) {
      options.log?.('Purging expired contact e-mails failed', e);
    }
  };
  run();
  const timer = setInterval(run, options.everyMs ?? RETENTION_CHECK_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
