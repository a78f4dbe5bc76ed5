import { Hono } from 'hono';
import { publicCache } from '../lib/cache.ts';
import type { AppEnv } from '../lib/context.ts';
import { escapeXml, siteOrigin } from '../lib/site-url.ts';
import { PAGE_LANGUAGES, STATIC_PAGES, localizedPath } from './site-pages.ts';

type SitemapPage = { path: string; lastmod?: string | null };

/**
 * A sitemap (sitemaps.org) of every public page: the fixed pages and every published
 * initiative. With more than one language, each entry names its language versions with
 * `xhtml:link rel="alternate" hreflang`, as search engines ask.
 */
export function sitemapXml(origin: string, pages: readonly SitemapPage[]): string {
  const multilingual = PAGE_LANGUAGES.length > 1;
  let out =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"' +
    (multilingual ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : '') +
    '>\n';
  for (const page of pages) {
    for (const lang of PAGE_LANGUAGES) {
      out += `  <url>\n    <loc>${escapeXml(origin + localizedPath(lang, page.path))}</loc>\n`;
      if (page.lastmod) out += `    <lastmod>${escapeXml(page.lastmod.slice(0, 10))}</lastmod>\n`;
      if (multilingual) {
        for (const alt of PAGE_LANGUAGES) {
          out += `    <xhtml:link rel="alternate" hreflang="${alt}" href="${escapeXml(origin + localizedPath(alt, page.path))}"/>\n`;
        }
      }
      out += '  </url>\n';
    }
  }
  return `${out}</urlset>\n`;
}

export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    'Disallow: /staff',
    'Disallow: /api/moderation',
    'Disallow: /api/auth',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}

/** /sitemap.xml and /robots.txt, at the root of the site. */
export function discoveryRoutes() {
  const app = new Hono<AppEnv>();
  app.use('/sitemap.xml', publicCache());
  app.get('/sitemap.xml', (c) => {
    const { items } = c.get('deps').readModel.current();
    const pages: SitemapPage[] = [
      ...STATIC_PAGES.map((path) => ({ path })),
      ...items.map((i) => ({ path: `/initiatives/${i.slug}`, lastmod: i.publishedAt })),
    ];
    return c.body(sitemapXml(siteOrigin(c), pages), 200, {
      'Content-Type': 'application/xml; charset=utf-8',
    });
  });
  app.get('/robots.txt', (c) =>
    c.body(robotsTxt(siteOrigin(c)), 200, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  return app;
}
