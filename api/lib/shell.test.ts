import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';
import { localizedPath, PAGE_LANGUAGES, STATIC_PAGES } from '../discovery/site-pages.ts';

const SHELL =
  '<!doctype html><html><head><title>Participation Map</title>' +
  '<meta name="description" content="default"></head><body><div id="root"></div></body></html>';

let app: ReturnType<typeof createApp>;

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-shell-'));
  writeFileSync(join(dir, 'index.html'), SHELL);
  const db = testDb();
  insertInitiative(db, { slug: 'public-one', title: 'Children <b>act</b> & speak', country: 'KE' });
  insertInitiative(db, { slug: 'hidden-one', title: 'Hidden pending title', status: 'pending' });
  app = createApp({ db, staticDir: dir, env: { LOG_LEVEL: 'silent' } });
});

describe('the web app shell', () => {
  it('serves the page at / as HTML', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<div id="root">');
  });

  it.each([
    '/tell',
    '/tell/status/K7P-4QX',
    '/staff',
    '/staff/entries/3',
    '/about',
    '/privacy',
    '/contact',
    '/insights',
  ])('serves client route %s', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
  });

  it('serves every page the sitemap lists, so a listed page never answers 404', async () => {
    for (const lang of PAGE_LANGUAGES)
      for (const path of STATIC_PAGES) {
        const url = localizedPath(lang, path);
        expect((await app.request(url)).status, url).toBe(200);
      }
  });

  it('names a published initiative in the title and description, escaped', async () => {
    const html = await (await app.request('/initiatives/public-one')).text();
    expect(html).toContain(
      '<title>Children &#60;b&#62;act&#60;/b&#62; &#38; speak · Kenya · Participation Map</title>',
    );
    expect(html).toContain('<meta name="description" content="Children in a test town');
    expect(html).not.toContain('content="default"');
  });

  it("inserts a title with replacement patterns ($& $' $` $$ $1) as plain text", async () => {
    const db = testDb();
    const title = "We raised $& and $' for kids $` $$ $1 $<x>";
    const summary = "Children in a test town raised $& and $' and $` for a new playground, $$ $1.";
    insertInitiative(db, { slug: 'dollar-signs', title, summary, country: 'KE' });
    const dir = mkdtempSync(join(tmpdir(), 'pm-shell-'));
    writeFileSync(join(dir, 'index.html'), SHELL);
    const site = createApp({ db, staticDir: dir, env: { LOG_LEVEL: 'silent' } });
    const html = await (await site.request('/initiatives/dollar-signs')).text();
    expect(html.match(/<!doctype html>/gi)).toHaveLength(1);
    expect(html.match(/<title>/g)).toHaveLength(1);
    const escaped = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
    expect(html).toContain(`<title>${escaped(title)} · Kenya · Participation Map</title>`);
    expect(html).toContain(
      `<meta property="og:title" content="${escaped(`${title} · Kenya · Participation Map`)}">`,
    );
    expect(html).toContain(`<meta property="og:description" content="${escaped(summary)}">`);
  });

  it('keeps one description per page when the built shell spreads the tag over lines', async () => {
    // The shape Vite writes into dist/web/index.html (the attributes on lines of their own).
    const dir = mkdtempSync(join(tmpdir(), 'pm-shell-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html><head>\n    <title>Participation Map</title>\n    <meta\n' +
        '      name="description"\n      content="default"\n    />\n  </head><body><div id="root"></div></body></html>',
    );
    const db = testDb();
    insertInitiative(db, { slug: 'public-one', title: 'Children act', country: 'KE' });
    const site = createApp({ db, staticDir: dir, env: { LOG_LEVEL: 'silent' } });
    for (const path of ['/', '/initiatives/public-one']) {
      const html = await (await site.request(path)).text();
      expect(html.match(/<meta\s+name="description"/g), path).toHaveLength(1);
      expect(html).not.toContain('content="default"');
    }
  });

  it('never names an unpublished initiative, and answers 404', async () => {
    const res = await app.request('/initiatives/hidden-one');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('Hidden pending title');
  });

  it('answers 404 with the app shell for unknown pages', async () => {
    const res = await app.request('/no/such/page');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<div id="root">');
  });

  it("names the live map's code for wide screens on the map page only, and never to a browser saving data", async () => {
    // As Vite writes it (vite.config.ts, mapCodeHint).
    const hint =
      '<link rel="modulepreload" crossorigin href="/assets/maplibre-gl-X.js" ' +
      'media="(min-width: 60rem)" fetchpriority="low" data-map-code>';
    const dir = mkdtempSync(join(tmpdir(), 'pm-shell-'));
    writeFileSync(join(dir, 'index.html'), SHELL.replace('</head>', `${hint}\n  </head>`));
    const db = testDb();
    insertInitiative(db, { slug: 'public-one', title: 'Children act', country: 'KE' });
    const site = createApp({ db, staticDir: dir, env: { LOG_LEVEL: 'silent' } });
    for (const path of ['/', '/fr/', '/?theme=climate'])
      expect(await (await site.request(path)).text(), path).toContain(hint);
    for (const path of ['/about', '/initiatives/public-one', '/tell', '/fr/insights', '/staff'])
      expect(await (await site.request(path)).text(), path).not.toContain('maplibre-gl');
    const saving = await site.request('/', { headers: { 'Save-Data': 'on' } });
    expect(await saving.text()).not.toContain('maplibre-gl');
    expect(saving.headers.get('vary')).toMatch(/save-data/i);
  });

  it('names no online basemap unless one is configured', async () => {
    expect(await (await app.request('/')).text()).not.toContain('pm-basemap-style');
    const dir = mkdtempSync(join(tmpdir(), 'pm-shell-'));
    writeFileSync(join(dir, 'index.html'), SHELL);
    const online = createApp({
      db: testDb(),
      staticDir: dir,
      env: {
        LOG_LEVEL: 'silent',
        BASEMAP_STYLE_URL: 'https://tiles.example.org/style.json?a=1&b=2',
      },
    });
    const res = await online.request('/');
    expect(await res.text()).toContain(
      '<meta name="pm-basemap-style" content="https://tiles.example.org/style.json?a=1&#38;b=2">',
    );
    expect(res.headers.get('content-security-policy')).toMatch(/connect-src 'self' https:/);
  });

  it('sends the precompressed .gz of a built asset when the browser takes gzip', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-shell-'));
    writeFileSync(join(dir, 'index.html'), SHELL);
    mkdirSync(join(dir, 'assets'));
    const code = `export const answer = ${'42 + '.repeat(400)}0;`;
    writeFileSync(join(dir, 'assets', 'app-abc123.js'), code);
    const built = gzipSync(code, { level: 9 });
    writeFileSync(join(dir, 'assets', 'app-abc123.js.gz'), built);
    const site = createApp({ db: testDb(), staticDir: dir, env: { LOG_LEVEL: 'silent' } });
    const zipped = await site.request('/assets/app-abc123.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('content-type')).toMatch(/javascript/);
    expect(zipped.headers.get('cache-control')).toContain('immutable');
    const body = Buffer.from(await zipped.arrayBuffer());
    expect(body.equals(built)).toBe(true); // the build's own file, not compressed again
    expect(gunzipSync(body).toString()).toBe(code);
    const plain = await site.request('/assets/app-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(code);
  });
});
