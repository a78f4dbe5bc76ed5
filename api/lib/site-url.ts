import type { Context } from 'hono';
import type { AppEnv } from './context.ts';

/**
 * The site's public origin for absolute links (feeds, sitemap, link previews): PUBLIC_URL
 * when set, otherwise the origin the request came to.
 */
export function siteOrigin(c: Context<AppEnv>): string {
  const configured = c.get('deps').env.PUBLIC_URL;
  return configured ? new URL(configured).origin : new URL(c.req.url).origin;
}

/** Text safe inside XML elements and attribute values (characters XML forbids are dropped). */
export function escapeXml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
  );
}
