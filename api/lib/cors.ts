import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from './context.ts';

/**
 * The public read API under /api that any web site may call from the browser: published
 * initiatives (list, one, facets, points, GeoJSON, CSV, Atom), reference data, preview images
 * and the API description. Staff (/api/auth, /api/moderation), submissions, concerns and the
 * place look-up of the form are deliberately absent: they answer no cross-origin request.
 */
const PUBLIC_READ_PATHS: readonly RegExp[] = [
  /^\/api\/meta$/,
  /^\/api\/initiatives(\.geojson|\.csv|\.atom)?$/,
  /^\/api\/initiatives\/[^/]+$/,
  /^\/api\/previews\/[^/]+(\/[^/]+)?$/,
  /^\/api\/openapi\.json$/,
];

export function isPublicReadPath(path: string): boolean {
  return PUBLIC_READ_PATHS.some((r) => r.test(path));
}

/**
 * CORS for the public read API: `Access-Control-Allow-Origin: *`, never with credentials
 * (no cookie is ever read or set there), GET and HEAD only, preflight included. The ETag
 * is exposed so a partner's script can revalidate.
 */
export function publicReadCors(): MiddlewareHandler<AppEnv> {
  const allow = cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD'],
    allowHeaders: ['If-None-Match', 'Accept', 'Accept-Language'],
    exposeHeaders: ['ETag', 'Content-Disposition', 'Content-Language', 'Link'],
    maxAge: 86400,
    credentials: false,
  });
  return (c, next) => (isPublicReadPath(c.req.path) ? allow(c, next) : next());
}
