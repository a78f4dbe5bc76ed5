import { bodyLimit } from 'hono/body-limit';
import { validJson } from '../auth/validate.ts';
import { createRouter } from '../lib/openapi.ts';
import { ApiError } from '../lib/problem.ts';
import { rateLimit, RateLimiter } from '../lib/rate-limit.ts';
import { concernBodySchema } from './concerns.schema.ts';
import { reportConcern } from './concerns.service.ts';

/** "Report a concern": public, no account, rate-limited per client. */
export function concernsRoutes() {
  const app = createRouter();
  const limiter = new RateLimiter(5, 10 * 60 * 1000);
  app.post(
    '/concerns',
    bodyLimit({
      maxSize: 8 * 1024,
      onError: () => {
        throw new ApiError(413, 'Request too large', 'This report is longer than allowed.');
      },
    }),
    rateLimit(limiter, 'You have sent several reports just now. Please wait a few minutes.'),
    validJson(concernBodySchema),
    (c) => {
      reportConcern(c.get('deps'), c.req.valid('json'));
      return c.json({ received: true }, 202);
    },
  );
  return app;
}
