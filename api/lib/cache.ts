import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.ts';

/**
 * ETag and Cache-Control for public GETs. The tag is derived from the read model's
 * generation and the full URL, so a matching If-None-Match answers 304 without any work,
 * and any publish, edit or unpublish changes every tag.
 */
export function publicCache(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const generation = c.get('deps').readModel.current().generation;
    const url = new URL(c.req.url);
    const tag = `W/"${createHash('sha1').update(`${generation}|${url.pathname}|${url.search}`).digest('base64url').slice(0, 20)}"`;
    const headers = {
      ETag: tag,
      'Cache-Control': 'public, max-age=0, must-revalidate',
      Vary: 'Accept-Encoding',
    };
    const inm = c.req.header('If-None-Match');
    if (inm && inm.split(',').some((t) => t.trim() === tag || t.trim() === '*')) {
      return c.body(null, 304, headers);
    }
    await next();
    if (c.res.status === 200) for (const [k, v] of Object.entries(headers)) c.res.headers.set(k, v);
  };
}
