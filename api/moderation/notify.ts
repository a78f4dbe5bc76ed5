import { eq } from 'drizzle-orm';
import { staffUsers } from '../../db/schema.ts';
import type { Deps } from '../lib/context.ts';
import { mailerFor } from '../lib/mailer.ts';
import { RateLimiter } from '../lib/rate-limit.ts';

/**
 * Emails every active staff member (when SMTP is configured; otherwise nothing happens).
 * The message never carries the entry's text or contact: only a link to the workspace, so
 * nothing a child wrote leaves the system by email before a moderator has read it.
 */
export function notifyStaff(
  deps: Deps,
  msg: { subject: string; text: string; path: string },
): void {
  const mailer = mailerFor(deps.env, deps.log);
  if (!mailer.enabled) return;
  const to = deps.db
    .select({ email: staffUsers.email })
    .from(staffUsers)
    .where(eq(staffUsers.disabled, false))
    .all()
    .map((s) => s.email);
  const link = deps.env.PUBLIC_URL ? new URL(msg.path, deps.env.PUBLIC_URL).toString() : msg.path;
  void mailer.send({ to, subject: msg.subject, text: `${msg.text}\n\n${link}\n` });
}

/** At most this many "new submission" e-mails per window, however many arrive. */
export const SUBMISSION_MAILS = { limit: 30, windowMs: 60 * 60 * 1000 };

/**
 * The hook for a stored submission (createApp passes it to the submissions routes, which call
 * it only when an entry was stored, never for a caught bot): staff get an e-mail, at most
 * SUBMISSION_MAILS per hour so a flood cannot bury their inbox (the queue shows them all).
 * Kept here so the submission code needs no knowledge of staff or mail.
 */
export function newSubmissionNotifier(deps: Deps): () => void {
  const limiter = new RateLimiter(SUBMISSION_MAILS.limit, SUBMISSION_MAILS.windowMs);
  return () => {
    if (limiter.hit('all', deps.now().getTime()) > 0) return;
    notifyStaff(deps, {
      subject: 'A new submission is waiting for review',
      path: '/staff',
      text: 'A group has told the world about their initiative. It is pending in the staff workspace.',
    });
  };
}
