import { eq } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { staffUsers } from '../../db/schema.ts';
import type { AppEnv, Deps } from '../lib/context.ts';
import { mailerFor } from '../lib/mailer.ts';

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

/**
 * Middleware for POST /api/submissions: once a submission is accepted (201), staff get an
 * email. Kept here so the submission code needs no knowledge of staff or mail.
 */
export function notifyOnNewSubmission(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.req.method !== 'POST' || c.res.status !== 201) return;
    notifyStaff(c.get('deps'), {
      subject: 'A new submission is waiting for review',
      path: '/staff',
      text: 'A group has told the world about their initiative. It is pending in the staff workspace.',
    });
  };
}
