import type { Context, MiddlewareHandler } from 'hono';
import type { Env } from '../env.ts';

/**
 * The embeddable map: `/embed`, and `/{lang}/embed` once pages carry a language prefix
 * (a language tag such as `fr` or `pt-BR`).
 */
const EMBED_PATH = /^\/(?:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?\/)?embed\/?$/;

export function isEmbedPath(path: string): boolean {
  return EMBED_PATH.test(path);
}

/**
 * The CSP `frame-ancestors` value for a request: only the embeddable map may be framed, by
 * any site or by the origins in EMBED_ORIGINS; every other page by none.
 */
export function frameAncestors(env: Pick<Env, 'EMBED_ORIGINS'>) {
  const embed = env.EMBED_ORIGINS === '*' ? '*' : env.EMBED_ORIGINS.join(' ');
  return (c: Context) => (isEmbedPath(c.req.path) ? embed : "'none'");
}

/**
 * `X-Frame-Options: DENY` for every response but the embeddable map, for browsers that do
 * not know `frame-ancestors`. (It cannot name several origins, so the map sends none.)
 */
export function denyFramingOutsideEmbed(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!isEmbedPath(c.req.path)) c.res.headers.set('X-Frame-Options', 'DENY');
  };
}
