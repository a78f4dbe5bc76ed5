import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from './context.ts';
import type { Logger } from './logger.ts';
import { clientKey } from './rate-limit.ts';

/**
 * One log line per request: time, request id, method, route, status, duration and the
 * client address as the app sees it (the one rate limits use). Never the query string, a
 * body, a cookie or a header value beyond those: they can carry personal data.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const route = routePath(c);
    const line = {
      requestId: c.get('requestId'),
      method: c.req.method,
      // The route pattern (`/api/initiatives/:slug`); the path for pages and files.
      route: route && !route.endsWith('*') ? route : c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      client: clientKey(c),
    };
    const staff = (c.var as { staff?: { id: number } }).staff;
    if (staff) Object.assign(line, { staffId: staff.id });
    if (c.req.raw.signal.aborted)
      logger.info({ ...line, aborted: true }, 'client closed the request');
    else if (c.res.status >= 500) logger.error(line, 'request failed');
    else logger.info(line, 'request');
    // Staff decisions (publish, reject, edit, import...) get a line of their own, so an
    // operator can follow them without the audit trail at hand.
    if (staff && c.req.method !== 'GET' && c.req.path.startsWith('/api/moderation/') && c.res.ok) {
      const entryId = c.req.param('id');
      logger.info(
        {
          requestId: line.requestId,
          staffId: staff.id,
          action: `${c.req.method} ${line.route}`,
          ...(entryId ? { entryId: Number(entryId) } : {}),
        },
        'staff decision',
      );
    }
  };
}
