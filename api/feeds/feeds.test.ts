import { describe, expect, it } from 'vitest';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testApp } from '../../tests/helpers/test-app.ts';
import { FEED_SIZE } from './feeds.service.ts';

function entries(xml: string) {
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => ({
    id: /<id>([^<]+)<\/id>/.exec(m[1] ?? '')?.[1],
    title: /<title>([^<]*)<\/title>/.exec(m[1] ?? '')?.[1],
    published: /<published>([^<]+)<\/published>/.exec(m[1] ?? '')?.[1],
  }));
}

function setUp() {
  const t = testApp();
  insertInitiative(t.db, {
    slug: 'older-climate',
    title: 'Older climate',
    themes: ['climate'],
    publishedAt: '2026-01-10T09:00:00.000Z',
  });
  insertInitiative(t.db, {
    slug: 'newer-climate',
    title: 'Newer climate <& friends>',
    themes: ['climate', 'bullying'],
    publishedAt: '2026-03-01T09:00:00.000Z',
  });
  insertInitiative(t.db, {
    slug: 'bullying-peru',
    title: 'Bullying in Peru',
    country: 'PE',
    themes: ['bullying'],
    publishedAt: '2026-02-01T09:00:00.000Z',
  });
  insertInitiative(t.db, { slug: 'not-yet', title: 'Not yet public', status: 'pending' });
  return t;
}

describe('Atom feed of newly published initiatives', () => {
  it('lists published initiatives, newest first, as Atom', async () => {
    const { app } = setUp();
    const res = await app.request('/api/initiatives.atom');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers.get('etag')).toBeTruthy();
    const xml = await res.text();
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
    );
    expect(entries(xml)).toEqual([
      {
        id: 'http://localhost/initiatives/newer-climate',
        title: 'Newer climate &#60;&#38; friends&#62;',
        published: '2026-03-01T09:00:00.000Z',
      },
      {
        id: 'http://localhost/initiatives/bullying-peru',
        title: 'Bullying in Peru',
        published: '2026-02-01T09:00:00.000Z',
      },
      {
        id: 'http://localhost/initiatives/older-climate',
        title: 'Older climate',
        published: '2026-01-10T09:00:00.000Z',
      },
    ]);
    expect(xml).toContain('<updated>2026-03-01T09:00:00.000Z</updated>');
    expect(xml).toContain('CC BY 4.0');
    expect(xml).not.toContain('Not yet public');
  });

  it('takes the same filters as the list: per theme, per country', async () => {
    const { app } = setUp();
    const climate = await (await app.request('/api/initiatives.atom?theme=climate')).text();
    expect(entries(climate).map((e) => e.id)).toEqual([
      'http://localhost/initiatives/newer-climate',
      'http://localhost/initiatives/older-climate',
    ]);
    expect(climate).toContain(
      '<title>Participation Map: new initiatives · Climate change and environment</title>',
    );
    expect(climate).toContain('href="http://localhost/?theme=climate"');
    const peru = await (await app.request('/api/initiatives.atom?country=PE')).text();
    expect(entries(peru).map((e) => e.id)).toEqual(['http://localhost/initiatives/bullying-peru']);
  });

  it('refuses unknown filters with a problem naming them', async () => {
    const { app } = setUp();
    const res = await app.request('/api/initiatives.atom?country=XX');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await res.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty(
      'country',
    );
  });

  it(`carries the ${FEED_SIZE} newest only`, async () => {
    const { app, db } = testApp();
    for (let k = 0; k < FEED_SIZE + 5; k++)
      insertInitiative(db, { publishedAt: new Date(Date.UTC(2026, 0, 1, 0, k)).toISOString() });
    const xml = await (await app.request('/api/initiatives.atom')).text();
    expect(entries(xml)).toHaveLength(FEED_SIZE);
  });
});
