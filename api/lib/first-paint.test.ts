import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';
import { FIRST_PAINT_ENTRIES, message } from './first-paint.ts';

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

  it('is only on the map page', async () => {
    for (const path of ['/tell', '/about', '/staff', '/initiatives/a-public'])
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

describe('first-paint messages (contract/messages/en.json)', () => {
  it('fills plurals and placeholders', () => {
    expect(message('map.headline', { count: 1, countries: 3 })).toBe('1 initiative in 3 countries');
    expect(message('map.headline', { count: 12, countries: 3 })).toBe(
      '12 initiatives in 3 countries',
    );
    expect(message('map.headlineOneCountry', { count: 2 })).toBe('2 initiatives in 1 country');
  });
});
