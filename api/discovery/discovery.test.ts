import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';
import { localizedPath, PAGE_LANGUAGES } from './site-pages.ts';

const SHELL =
  '<!doctype html><html><head><title>Participation Map</title>' +
  '<meta name="description" content="default"></head><body><div id="root"></div></body></html>';

let app: ReturnType<typeof createApp>;

function appWith(env: Parameters<typeof createApp>[0]['env'] = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pm-discovery-'));
  writeFileSync(join(dir, 'index.html'), SHELL);
  const db = testDb();
  insertInitiative(db, {
    slug: 'nairobi-climate-club',
    title: 'Climate club $& <script>alert(1)</script>',
    country: 'KE',
    locality: 'Nairobi',
    lat: -1.29,
    lon: 36.82,
    year: 2021,
    themes: ['climate', 'bullying'],
  });
  insertInitiative(db, { slug: 'somewhere-in-peru', country: 'PE' });
  insertInitiative(db, { slug: 'still-pending', title: 'Pending title', status: 'pending' });
  return createApp({ db, staticDir: dir, env: { LOG_LEVEL: 'silent', ...env } });
}

beforeEach(() => {
  app = appWith();
});

function jsonLdOf(html: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m?.[1] ?? '{}') as Record<string, unknown>;
}

describe('sitemap and robots.txt', () => {
  it('lists every public page and every published initiative, and nothing else', async () => {
    const res = await app.request('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
    const xml = await res.text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const pages = [
      '/',
      '/insights',
      '/about',
      '/tell',
      '/contact',
      '/privacy',
      '/initiatives/nairobi-climate-club',
      '/initiatives/somewhere-in-peru',
    ];
    // Each page once per language: English unprefixed, the others under their prefix.
    expect(locs).toEqual(
      pages.flatMap((page) =>
        PAGE_LANGUAGES.map((lang) => `http://localhost${localizedPath(lang, page)}`),
      ),
    );
    expect(locs).toContain('http://localhost/fr/');
    expect(locs).toContain('http://localhost/ar/initiatives/somewhere-in-peru');
    expect(xml).not.toContain('still-pending');
    expect(xml).not.toContain('/staff');
  });

  it('uses PUBLIC_URL for absolute addresses when it is set', async () => {
    const configured = appWith({ PUBLIC_URL: 'https://map.example.org' });
    expect(await (await configured.request('/sitemap.xml')).text()).toContain(
      '<loc>https://map.example.org/initiatives/somewhere-in-peru</loc>',
    );
    expect(await (await configured.request('/robots.txt')).text()).toContain(
      'Sitemap: https://map.example.org/sitemap.xml',
    );
  });

  it('robots.txt points to the sitemap and keeps staff pages and the staff API out', async () => {
    const res = await app.request('/robots.txt');
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Disallow: \/staff$/m);
    expect(text).toMatch(/^Disallow: \/api\/moderation$/m);
    expect(text).toMatch(/^Sitemap: http:\/\/localhost\/sitemap\.xml$/m);
  });
});

describe('link previews and discovery in the page shell', () => {
  it('gives an initiative page its own preview image, Twitter card and JSON-LD', async () => {
    const html = await (await app.request('/initiatives/nairobi-climate-club')).text();
    expect(html).toMatch(
      /<meta property="og:image" content="http:\/\/localhost\/api\/previews\/initiatives\/nairobi-climate-club\?v=[\w-]+">/,
    );
    expect(html).toContain('<meta property="og:image:width" content="1200">');
    expect(html).toContain('<meta property="og:image:height" content="630">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toContain(
      '<link rel="canonical" href="http://localhost/initiatives/nairobi-climate-club">',
    );
    // User text goes in escaped, and `$&` is not read as a replacement pattern.
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('Climate club $&amp;'.replace('&amp;', '&#38;'));
    const ld = jsonLdOf(html);
    expect(ld).toMatchObject({
      '@type': 'WebPage',
      name: 'Climate club $& <script>alert(1)</script>',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      about: {
        '@type': 'Project',
        foundingDate: '2021',
        location: {
          address: { addressCountry: 'KE', addressLocality: 'Nairobi' },
          geo: { latitude: -1.29, longitude: 36.82 },
        },
      },
    });
  });

  it('gives no coordinates for an entry placed at its country point', async () => {
    const html = await (await app.request('/initiatives/somewhere-in-peru')).text();
    const ld = jsonLdOf(html) as { about: { location: Record<string, unknown> } };
    expect(ld.about.location.geo).toBeUndefined();
  });

  it('gives the map the map image, the open dataset and the feeds of its view', async () => {
    const html = await (await app.request('/?theme=climate&country=KE')).text();
    expect(html).toMatch(
      /<meta property="og:image" content="http:\/\/localhost\/api\/previews\/map\?v=/,
    );
    expect(html).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Participation Map: new initiatives" href="/api/initiatives.atom">',
    );
    expect(html).toContain('href="/api/initiatives.atom?theme=climate&#38;country=KE"');
    const ld = jsonLdOf(html) as { '@graph': { '@type': string; distribution?: unknown[] }[] };
    const dataset = ld['@graph'].find((n) => n['@type'] === 'Dataset');
    expect(dataset?.distribution).toHaveLength(2);
  });

  it('offers no feed for filters it does not know', async () => {
    const html = await (await app.request('/?country=XX&theme=nope')).text();
    expect(html.match(/application\/atom\+xml/g)).toHaveLength(1);
  });

  it('names nothing of an unpublished entry and adds nothing to staff pages', async () => {
    const pending = await app.request('/initiatives/still-pending');
    expect(await pending.text()).not.toContain('Pending title');
    const staff = await (await app.request('/staff')).text();
    expect(staff).not.toContain('og:image');
    expect(staff).not.toContain('application/ld+json');
  });
});

describe('framing', () => {
  it.each(['/embed', '/en/embed', '/embed/'])('%s may be framed by any site', async (path) => {
    const res = await app.request(`${path}?theme=climate`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors \*(;|$)/);
    expect(res.headers.get('x-frame-options')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<div id="root">');
  });

  it('or only by the sites in EMBED_ORIGINS', async () => {
    const limited = appWith({
      EMBED_ORIGINS: ['https://www.example.org', 'https://news.example.com'],
    });
    const res = await limited.request('/embed');
    expect(res.headers.get('content-security-policy')).toMatch(
      /frame-ancestors https:\/\/www\.example\.org https:\/\/news\.example\.com(;|$)/,
    );
  });

  it('answers 404 for a language the pages are not offered in', async () => {
    expect((await app.request('/xx/embed')).status).toBe(404);
  });

  it.each(['/', '/initiatives/nairobi-climate-club', '/staff', '/about', '/api/initiatives'])(
    '%s refuses to be framed',
    async (path) => {
      const res = await app.request(path);
      expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    },
  );
});
