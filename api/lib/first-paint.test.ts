import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';
import { FIRST_PAINT_ENTRIES } from './first-paint.ts';
import { escapeHtml } from './shell.ts';

type Messages = { submit: Record<string, string> };

const SHELL =
  '<!doctype html><html><head><title>Participation Map</title></head>' +
  '<body><div id="root"></div></body></html>';

let app: ReturnType<typeof createApp>;

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-first-paint-'));
  writeFileSync(join(dir, 'index.html'), SHELL);
  const db = testDb();
  insertInitiative(db, { slug: 'a-public', title: 'A <b>brave</b> & loud club', country: 'KE' });
  insertInitiative(db, { slug: 'b-public', title: 'B council of children', country: 'BR' });
  insertInitiative(db, { slug: 'c-hidden', title: 'C pending secret', status: 'pending' });
  app = createApp({ db, staticDir: dir, env: { LOG_LEVEL: 'silent' } });
});

describe("the map page's first paint, in the shell", () => {
  it('holds the heading, the headline and the first entries as HTML, escaped', async () => {
    const html = await (await app.request('/')).text();
    expect(html).toContain('<h1>Child-led initiatives around the world</h1>');
    expect(html).toContain('2 initiatives in 2 countries');
    expect(html).toContain(
      '<a href="/initiatives/a-public">A &#60;b&#62;brave&#60;/b&#62; &#38; loud club</a>',
    );
    expect(html).toContain('href="/initiatives/b-public"');
  });

  it('never shows an unpublished entry', async () => {
    const html = await (await app.request('/')).text();
    expect(html).not.toContain('pending secret');
    expect(html).not.toContain('c-hidden');
  });

  it('lists no entries for a shared link with filters (they would not match it)', async () => {
    const html = await (await app.request('/?theme=climate')).text();
    expect(html).toContain('<h1>');
    expect(html).not.toContain('/initiatives/a-public');
  });

  it('is only on the map, initiative and form pages', async () => {
    for (const path of ['/about', '/staff', '/insights', '/contact', '/tell/status'])
      expect(await (await app.request(path)).text()).not.toContain('data-first-paint');
  });

  it('lists at most the first screens of entries', async () => {
    const db = testDb();
    for (let i = 0; i < FIRST_PAINT_ENTRIES + 5; i++)
      insertInitiative(db, { slug: `entry-${i}`, title: `Entry ${i}`, country: 'KE' });
    const dir = mkdtempSync(join(tmpdir(), 'pm-first-paint-'));
    writeFileSync(join(dir, 'index.html'), SHELL);
    const many = createApp({ db, staticDir: dir, env: { LOG_LEVEL: 'silent' } });
    const html = await (await many.request('/')).text();
    expect(html.match(/<li class="result">/g)).toHaveLength(FIRST_PAINT_ENTRIES);
  });
});

describe("the first paint's map picture", () => {
  it("shows a phone the map's picture for the link's filters, and a wide screen nothing", async () => {
    const html = await (await app.request('/fr/?theme=climate&region=africa&selected=x')).text();
    const picture =
      /<div class="map-box first-paint-map"><div class="map-picture">(.*?)<\/div>/.exec(
        html,
      )?.[1] ?? '';
    expect(picture).toContain(
      '<img src="/api/initiatives/map.svg?theme=climate&#38;region=africa" alt="',
    );
    expect(picture).toContain('<source media="(min-width: 60rem)" srcset="data:image/gif;');
    expect(picture).toContain('Image fixe de la carte du monde');
  });

  it('asks for the unfiltered picture on a plain visit', async () => {
    const html = await (await app.request('/')).text();
    expect(html).toContain('<img src="/api/initiatives/map.svg" alt="Still picture');
  });
});

describe('the first paint in the page language', () => {
  it('speaks French at /fr/: heading, headline, country names and links under /fr', async () => {
    const page = await (await app.request('/fr/')).text();
    // The first paint only (the link-preview image, and so its alt text, is drawn in English).
    const html = page.slice(page.indexOf('<div id="root">'));
    expect(html).toContain('data-first-paint');
    expect(html).not.toContain('Child-led initiatives around the world');
    expect(html).not.toContain('2 initiatives in 2 countries');
    expect(html).toContain('2 initiatives dans 2 pays');
    expect(html).toContain('href="/fr/initiatives/a-public"');
    expect(html).toContain('Brésil');
  });

  it('marks an English title on the Arabic page with its language', async () => {
    const html = await (await app.request('/ar/')).text();
    expect(html).toContain('<h3 class="result-title" lang="en" dir="auto">');
    expect(html).toContain('href="/ar/initiatives/b-public"');
    expect(html).toContain('كينيا');
  });

  it('fills plurals with the language rules (one entry, one country)', async () => {
    const db = testDb();
    insertInitiative(db, { slug: 'only-one', title: 'Only one club', country: 'KE' });
    const dir = mkdtempSync(join(tmpdir(), 'pm-first-paint-'));
    writeFileSync(join(dir, 'index.html'), SHELL);
    const one = createApp({ db, staticDir: dir, env: { LOG_LEVEL: 'silent' } });
    expect(await (await one.request('/')).text()).toContain('1 initiative in 1 country');
  });
});

describe("an initiative's first paint, in the shell", () => {
  it('holds its back link, country, title, theme chips and summary as HTML, escaped', async () => {
    const html = await (await app.request('/initiatives/a-public')).text();
    const paint = html.slice(html.indexOf('<div id="root">'));
    expect(paint).toContain('data-first-paint');
    expect(paint).toContain('<a href="/?selected=a-public">');
    expect(paint).toContain('Back to the map');
    expect(paint).toContain('<p class="eyebrow">Kenya · Africa</p>');
    expect(paint).toContain(
      '<h1 id="initiative-title" lang="en" dir="auto">A &#60;b&#62;brave&#60;/b&#62; &#38; loud club</h1>',
    );
    expect(paint).toMatch(/<ul class="theme-chips"><li><span class="swatch"[^>]*><\/span>Climate/);
    expect(paint).toMatch(/<p class="lead" lang="en" dir="auto">[^<]+<\/p>/);
  });

  it('shows no contact detail and nothing of an unpublished or unknown entry', async () => {
    const hidden = await (await app.request('/initiatives/c-hidden')).text();
    expect(hidden).not.toContain('data-first-paint');
    expect(hidden).not.toContain('pending secret');
    expect(await (await app.request('/initiatives/no-such-entry')).text()).not.toContain(
      'data-first-paint',
    );
    const html = await (await app.request('/initiatives/a-public')).text();
    expect(html).not.toMatch(/@example|mailto:/);
  });

  it('speaks the page language: labels, country and the link back under /fr', async () => {
    const html = await (await app.request('/fr/initiatives/b-public')).text();
    const paint = html.slice(html.indexOf('<div id="root">'));
    expect(paint).toContain('<a href="/fr/?selected=b-public">');
    expect(paint).toContain('Brésil');
    expect(paint).not.toContain('Back to the map');
  });
});

describe("the first paint's language switcher", () => {
  it('links to the same page and filters in each language, and works without JavaScript', async () => {
    const html = await (await app.request('/fr/?theme=climate')).text();
    const switcher = /<details class="language-switcher">(.*?)<\/details>/.exec(html)?.[1] ?? '';
    expect(switcher).toContain('<span lang="fr">Français</span>');
    expect(switcher).toContain('href="/?theme=climate" lang="en"');
    expect(switcher).toContain('href="/ar/?theme=climate" lang="ar" hreflang="ar" dir="rtl"');
    expect(switcher).toContain(
      'href="/fr/?theme=climate" lang="fr" hreflang="fr" dir="ltr" aria-current="true"',
    );
    const initiative = await (await app.request('/es/initiatives/a-public')).text();
    expect(initiative).toContain('href="/zh/initiatives/a-public" lang="zh"');
  });
});

describe("the form's first paint, in the shell", () => {
  const en = JSON.parse(readFileSync('contract/messages/en.json', 'utf8')) as Messages;
  const fr = JSON.parse(readFileSync('contract/messages/fr.json', 'utf8')) as Messages;

  it('holds the opening page: what it is, how to keep everyone safe, and what happens next', async () => {
    const html = await (await app.request('/tell')).text();
    expect(html).toContain('data-first-paint');
    expect(html).toContain(`<h1 tabindex="-1">${escapeHtml(en.submit.pageTitle ?? '')}</h1>`);
    for (const key of [
      'intro',
      'safetyTitle',
      'safety1',
      'safety4',
      'noPersonalData',
      'whatIsKept',
    ])
      expect(html, key).toContain(escapeHtml(en.submit[key] ?? ''));
    expect(html).toContain('<a href="/privacy">');
    expect(html).toContain('<a class="nav-link" href="/tell" aria-current="page">');
  });

  it('has no start button: it comes with the form, which it would otherwise not start', async () => {
    const html = await (await app.request('/tell')).text();
    expect(html).not.toContain('<button');
    expect(html).not.toContain(escapeHtml(en.submit.start ?? ''));
  });

  it('speaks the page language at /fr/tell, with its links under /fr', async () => {
    const html = await (await app.request('/fr/tell')).text();
    expect(html).toContain(escapeHtml(fr.submit.intro ?? ''));
    expect(html).toContain(escapeHtml(fr.submit.safety2 ?? ''));
    expect(html).toContain('<a href="/fr/privacy">');
  });
});
