import { validJson } from '../auth/validate.ts';
import { createRouter } from '../lib/openapi.ts';
import { rateLimit, RateLimiter } from '../lib/rate-limit.ts';
import { concernBodySchema } from '../../contract/concerns.ts';
import { reportConcern } from './concerns.service.ts';
import { limitBody } from '../lib/body-limit.ts';

/**
 * Staff e-mails about concerns: at most one per entry per hour (however many visitors, or
 * addresses, report it) and a few per hour overall. Every report is still stored and flags
 * the entry in the queue; only the e-mails are limited.
 */
export const CONCERN_MAILS = {
  perEntry: { limit: 1, windowMs: 60 * 60 * 1000 },
  overall: { limit: 20, windowMs: 60 * 60 * 1000 },
};

/** "Report a concern": public, no account, rate-limited per client. */
export function concernsRoutes() {
  const app = createRouter();
  const limiter = new RateLimiter(5, 10 * 60 * 1000);
  const perEntry = new RateLimiter(CONCERN_MAILS.perEntry.limit, CONCERN_MAILS.perEntry.windowMs);
  const overall = new RateLimiter(CONCERN_MAILS.overall.limit, CONCERN_MAILS.overall.windowMs);
  // The overall budget is spent only on an e-mail the per-entry limit lets through.
  const mayMail = (slug: string, now: number) =>
    perEntry.hit(slug, now) === 0 && overall.hit('all', now) === 0;
  app.post(
    '/concerns',
    limitBody(8 * 1024, 'This report is longer than allowed.'),
    rateLimit(limiter, 'You have sent several reports just now. Please wait a few minutes.'),
    validJson(concernBodySchema),
    (c) => {
      reportConcern(c.get('deps'), c.req.valid('json'), mayMail);
      return c.json({ received: true }, 202);
    },
  );
  return app;
}
