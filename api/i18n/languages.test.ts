import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';
import { negotiateLanguage } from './negotiate.ts';

const SHELL =
  '<!doctype html><html lang="en" dir="ltr"><head><title>Participation Map</title>' +
  '<meta name="description" content="default"></head><body><div id="root"></div></body></html>';
const ALL = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;

let app: ReturnType<typeof createApp>;

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-lang-'));
  writeFileSync(join(dir, 'index.html'), SHELL);
  const db = testDb();
  insertInitiative(db, { slug: 'river-club', title: 'River club', country: 'KE' });
  app = createApp({ db, staticDir: dir, env: { LOG_LEVEL: 'silent' } });
});

describe('the language of /', () => {
  it('is English without a saved choice or a browser preference, varying on both', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('vary')).toMatch(/Accept-Language, Cookie/);
    expect(await res.text()).toContain('<html lang="en" dir="ltr">');
  });

  it('follows Accept-Language with a 302 to the language prefix, keeping the query', async () => {
    const res = await app.request('/?theme=education', {
      headers: { 'Accept-Language': 'de-DE, fr-CA;q=0.8, en;q=0.5' },
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/fr/?theme=education');
    expect(res.headers.get('vary')).toMatch(/Accept-Language, Cookie/);
  });

  it('prefers the saved choice (the lang cookie) to the browser', async () => {
    const saved = await app.request('/', {
      headers: { Cookie: 'lang=ar', 'Accept-Language': 'fr' },
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get('location')).toBe('/ar/');
    const english = await app.request('/', {
      headers: { Cookie: 'lang=en', 'Accept-Language': 'fr' },
    });
    expect(english.status).toBe(200);
  });

  it('never overrides an explicit prefix', async () => {
    const res = await app.request('/es/about', { headers: { Cookie: 'lang=ru' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<html lang="es" dir="ltr">');
  });

  it('sends /en and /en/... to the unprefixed address and saves the choice', async () => {
    const res = await app.request('/en/initiatives/river-club?x=1');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/initiatives/river-club?x=1');
    expect(res.headers.get('set-cookie')).toMatch(/^lang=en;.*Path=\//);
    expect((await app.request('/en')).headers.get('location')).toBe('/');
  });

  it('is matched by language, weight and order', () => {
    expect(negotiateLanguage(undefined, 'zh-Hans-CN,zh;q=0.9', ALL)).toBe('zh');
    expect(negotiateLanguage(undefined, 'ru;q=0.2, es;q=0.9', ALL)).toBe('es');
    expect(negotiateLanguage(undefined, 'fr;q=0, de', ALL)).toBe('en');
    expect(negotiateLanguage('xx', 'ar', ALL)).toBe('ar');
    expect(negotiateLanguage('fr', 'ar', ['en', 'ar'])).toBe('ar');
  });
});

describe('the page shell in each language', () => {
  it('sets lang and dir, right-to-left for Arabic', async () => {
    expect(await (await app.request('/fr/')).text()).toContain('<html lang="fr" dir="ltr">');
    expect(await (await app.request('/ar/tell')).text()).toContain('<html lang="ar" dir="rtl">');
  });

  it('has the page’s title and description from the catalogue', async () => {
    const fr = await (await app.request('/fr/about')).text();
    expect(fr).toMatch(/<title>À propos[^<]*<\/title>/);
    expect(fr).toContain('<meta name="description" content="Une carte du monde');
    const zh = await (await app.request('/zh/')).text();
    expect(zh).toContain('<title>参与地图：儿童主导的终结暴力倡议</title>');
  });

  it('names every language version (hreflang, x-default) and og:locale', async () => {
    const html = await (await app.request('/ru/initiatives/river-club')).text();
    for (const lang of ALL) {
      const href = `http://localhost${lang === 'en' ? '' : `/${lang}`}/initiatives/river-club`;
      expect(html).toContain(`<link rel="alternate" hreflang="${lang}" href="${href}">`);
    }
    expect(html).toContain(
      '<link rel="alternate" hreflang="x-default" href="http://localhost/initiatives/river-club">',
    );
    expect(html).toContain('<meta property="og:locale" content="ru_RU">');
    expect(html).toContain('<meta property="og:locale:alternate" content="ar_AR">');
    expect(html).toContain(
      '<link rel="canonical" href="http://localhost/ru/initiatives/river-club">',
    );
  });

  it('keeps the staff workspace under every prefix', async () => {
    const res = await app.request('/ar/staff/entries/3');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('dir="rtl"');
  });

  it('does not take an unknown language as a prefix', async () => {
    expect((await app.request('/de/about')).status).toBe(404);
  });
});
