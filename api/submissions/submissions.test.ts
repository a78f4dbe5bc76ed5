import { eq } from 'drizzle-orm';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import {
  initiativeActions,
  initiativeContacts,
  initiativeThemes,
  initiatives,
  submissionDetails,
  submissionKeys,
} from '../../db/schema.ts';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testApp } from '../../tests/helpers/test-app.ts';
import { createApp, type AppOptions } from '../app.ts';
import type { App } from '../auth/auth.test-helpers.ts';
import { LIMITS, QUOTE_MAX_WORDS } from '../../contract/vocabulary.ts';
import { MAX_BODY_BYTES, MIN_FILL_MS } from './submissions.schema.ts';
import { SUBMIT_LIMIT } from './submissions.routes.ts';

const NOW = new Date('2026-06-01T12:00:00Z');
const CONTACT = 'supporter.private@example.org';

/** A fresh DB and app whose clock stands at NOW until the test advances it. */
const setup = (env: AppOptions['env'] = {}) => testApp({ env, start: NOW.getTime() });

function body(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Green Kids Club',
    summary: 'We plant trees around our school and ask the council for safer, greener streets.',
    country: 'KE',
    locality: 'Nairobi',
    lat: -1.28,
    lon: 36.82,
    themes: ['climate', 'peacebuilding'],
    actions: ['awareness'],
    year: 2024,
    organization: 'Green Kids Club',
    link: 'https://example.org/green-kids',
    ageRange: '10-14',
    groupSize: '6-20',
    childLed: 'child-led',
    contactEmail: CONTACT,
    consent: true,
    language: 'en',
    website: '',
    startedAt: NOW.getTime() - 120_000,
    ...over,
  };
}

function without(key: string) {
  const b = body();
  delete b[key];
  return b;
}

function post(app: App, payload: unknown, headers: Record<string, string> = {}) {
  return app.request('/api/submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

async function submit(app: App, over: Record<string, unknown> = {}) {
  const res = await post(app, body(over));
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { reference: string; statusUrl: string };
}

function stored(db: Db, reference: string) {
  const row = db.select().from(initiatives).where(eq(initiatives.reference, reference)).get();
  if (!row) throw new Error(`no initiative with reference ${reference}`);
  return row;
}

/** Publishes a stored submission and asks a freshly started API for its public page. */
function publishAndFetch(db: Db, row: { id: number; slug: string }) {
  db.update(initiatives)
    .set({ status: 'published', publishedAt: NOW.toISOString() })
    .where(eq(initiatives.id, row.id))
    .run();
  return createApp({ db, env: { LOG_LEVEL: 'silent' } }).request(`/api/initiatives/${row.slug}`);
}

async function problemOf(res: Response) {
  expect(res.headers.get('Content-Type')).toContain('application/problem+json');
  return (await res.json()) as { status: number; errors?: Record<string, string[]> };
}

describe('POST /api/submissions: a valid submission', () => {
  it('answers 201 with a short reference and the status page address', async () => {
    const { app } = setup();
    const res = await post(app, body());
    expect(res.status).toBe(201);
    const json = (await res.json()) as Record<string, string>;
    expect(Object.keys(json).sort()).toEqual(['reference', 'statusUrl']);
    expect(json.reference).toMatch(/^[2-9A-HJKMNP-TV-Z]{3}-[2-9A-HJKMNP-TV-Z]{3}$/);
    expect(json.statusUrl).toBe(`/tell/status/${json.reference}`);
    expect(res.headers.get('Location')).toBe(`/api/submissions/${json.reference}`);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('stores a pending entry, the private contact apart, and the group details', async () => {
    const { app, db } = setup();
    const { reference } = await submit(app, {
      contactEmail: '  Supporter.Private@Example.ORG ',
      summary: 'We plant trees at school. Call us on 0712 345 678 to join in, everyone is welcome.',
    });
    const row = stored(db, reference);
    expect(row).toMatchObject({
      status: 'pending',
      origin: 'submission',
      title: 'Green Kids Club',
      country: 'KE',
      locality: 'Nairobi',
      year: 2024,
      organization: 'Green Kids Club',
      link: 'https://example.org/green-kids',
      sourceUrl: null,
      publishedAt: null,
      createdAt: NOW.toISOString(),
    });
    expect(row.slug).toMatch(/^green-kids-club-[a-z0-9]{5}$/);
    const themes = db
      .select()
      .from(initiativeThemes)
      .where(eq(initiativeThemes.initiativeId, row.id))
      .all();
    expect(themes.map((t) => t.theme)).toEqual(['climate', 'peacebuilding']);
    const actions = db
      .select()
      .from(initiativeActions)
      .where(eq(initiativeActions.initiativeId, row.id))
      .all();
    expect(actions.map((a) => a.action)).toEqual(['awareness']);
    const contact = db
      .select()
      .from(initiativeContacts)
      .where(eq(initiativeContacts.initiativeId, row.id))
      .get();
    expect(contact?.email).toBe(CONTACT);
    const details = db
      .select()
      .from(submissionDetails)
      .where(eq(submissionDetails.initiativeId, row.id))
      .get();
    expect(details).toMatchObject({
      ageRange: '10-14',
      groupSize: '6-20',
      childLed: 'child-led',
      language: 'en',
      consentAt: NOW.toISOString(),
    });
    expect(details?.flags).toEqual([{ field: 'summary', kind: 'phone', match: '0712 345 678' }]);
  });

  it('accepts the required fields alone and stores no contact', async () => {
    const { app, db } = setup();
    const minimal = {
      title: 'Kids for peace',
      summary: 'We talk with younger children about how to solve fights without violence.',
      country: 'CO',
      themes: ['peacebuilding'],
      actions: ['peer-support'],
      ageRange: '15-17',
      groupSize: '1-5',
      childLed: 'adult-supported',
      consent: true,
      startedAt: NOW.getTime() - 60_000,
    };
    const res = await post(app, minimal);
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    const row = stored(db, reference);
    expect(row).toMatchObject({
      locality: null,
      lat: null,
      lon: null,
      year: null,
      organization: null,
      link: null,
    });
    expect(db.select().from(initiativeContacts).all()).toEqual([]);
  });

  it('gives each submission its own slug and reference, never clashing with the catalogue', async () => {
    const { app, db } = setup();
    insertInitiative(db, { slug: 'green-kids-club' });
    const a = await submit(app);
    const b = await submit(app);
    expect(a.reference).not.toBe(b.reference);
    // The title and a random ending (public-identity.test.ts says why).
    expect(stored(db, a.reference).slug).toMatch(/^green-kids-club-[a-z0-9]{5}$/);
    expect(stored(db, b.reference).slug).toMatch(/^green-kids-club-[a-z0-9]{5}$/);
    expect(stored(db, a.reference).slug).not.toBe(stored(db, b.reference).slug);
  });

  it('makes a slug for a title without Latin letters', async () => {
    const { app, db } = setup();
    const { reference } = await submit(app, { title: 'نادي الأطفال الأخضر' });
    expect(stored(db, reference).slug).toMatch(/^initiative-[a-z0-9]{5}$/);
  });

  it('never gives an address the API itself answers, so the published page opens', async () => {
    const { app, db } = setup();
    const { reference } = await submit(app, { title: 'Facets' });
    const row = stored(db, reference);
    expect(row.slug).toMatch(/^facets-[a-z0-9]{5}$/);
    const res = await publishAndFetch(db, row);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { title: string }).title).toBe('Facets');
  });
});

describe('POST /api/submissions: never a precise place', () => {
  it('stores the gazetteer town’s point, rounded, whatever point is sent', async () => {
    const { app, db } = setup();
    const { reference } = await submit(app, { locality: 'nairobi', lat: -1.29211, lon: 36.82194 });
    expect(stored(db, reference)).toMatchObject({ locality: 'Nairobi', lat: -1.28, lon: 36.82 });
  });

  it('picks the same-named town nearest the point sent', async () => {
    const { app, db } = setup();
    const { reference } = await submit(app, {
      country: 'US',
      locality: 'Springfield',
      lat: 39.8,
      lon: -89.6,
    });
    expect(stored(db, reference)).toMatchObject({ lat: 39.8, lon: -89.64 });
  });

  it('keeps a town typed freely by name only, without any point', async () => {
    const { app, db } = setup();
    const { reference } = await submit(app, {
      locality: 'Our village near the river',
      lat: -1.2921,
      lon: 36.8219,
    });
    expect(stored(db, reference)).toMatchObject({
      locality: 'Our village near the river',
      lat: null,
      lon: null,
    });
  });

  it('does not take a town of another country', async () => {
    const { app, db } = setup();
    const { reference } = await submit(app, { country: 'UG', locality: 'Nairobi' });
    expect(stored(db, reference)).toMatchObject({ lat: null, lon: null });
  });
});

describe('POST /api/submissions: missing fields and wrong types', () => {
  it.each([
    'title',
    'summary',
    'country',
    'themes',
    'actions',
    'ageRange',
    'groupSize',
    'childLed',
    'consent',
  ])('requires %s', async (field) => {
    const { app, db } = setup();
    const res = await post(app, without(field));
    expect(res.status).toBe(400);
    const p = await problemOf(res);
    expect(p.errors?.[field]?.[0]).toMatch(/required/);
    expect(db.select().from(initiatives).all()).toEqual([]);
  });

  it.each([
    ['title', 42],
    ['summary', ['a list']],
    ['country', 7],
    ['locality', 12],
    ['lat', '-1.28'],
    ['lon', true],
    ['themes', 'climate'],
    ['actions', { a: 1 }],
    ['year', '2024'],
    ['organization', false],
    ['link', 5],
    ['ageRange', 12],
    ['groupSize', 10],
    ['childLed', true],
    ['contactEmail', 1],
    ['consent', 'yes'],
    ['language', 3],
    ['startedAt', 'yesterday'],
  ])('rejects %s of the wrong type', async (field, value) => {
    const { app } = setup();
    const res = await post(app, body({ [field]: value }));
    expect(res.status).toBe(400);
    expect(Object.keys((await problemOf(res)).errors ?? {})).toContain(field);
  });

  it('rejects fields it does not know', async () => {
    const { app } = setup();
    const res = await post(app, body({ childName: 'Amina', age: 12 }));
    expect(res.status).toBe(400);
    expect(JSON.stringify((await problemOf(res)).errors)).toMatch(/childName/);
  });

  it('rejects a body that is not an object, or not JSON at all', async () => {
    const { app } = setup();
    for (const payload of ['[]', '"text"', 'null', '{"title": ']) {
      const res = await post(app, payload);
      expect(res.status, payload).toBe(400);
      await problemOf(res);
    }
  });
});

describe('POST /api/submissions: limits of every field', () => {
  const text = (n: number) => 'a'.repeat(n);
  type Case = [field: string, ok: unknown[], bad: unknown[]];
  const cases: Case[] = [
    [
      'title',
      [text(LIMITS.title.min), text(LIMITS.title.max)],
      [text(LIMITS.title.min - 1), text(LIMITS.title.max + 1), '   ', ''],
    ],
    [
      'summary',
      [text(LIMITS.summary.min), text(LIMITS.summary.max)],
      [text(LIMITS.summary.min - 1), text(LIMITS.summary.max + 1)],
    ],
    [
      'locality',
      [text(LIMITS.locality.min), text(LIMITS.locality.max), null, ''],
      [text(1), text(LIMITS.locality.max + 1)],
    ],
    [
      'organization',
      [text(LIMITS.organization.min), text(LIMITS.organization.max), null],
      [text(1), text(LIMITS.organization.max + 1)],
    ],
    [
      'link',
      ['http://example.org', `https://example.org/${text(LIMITS.link.max - 20)}`, null, ''],
      [
        'javascript:alert(1)',
        'ftp://example.org',
        'example.org',
        'https://localhost',
        `https://example.org/${text(LIMITS.link.max)}`,
      ],
    ],
    [
      'contactEmail',
      ['a@example.org', null, ''],
      ['not an email', 'a@b', `${text(250)}@example.org`],
    ],
    [
      'themes',
      [['climate'], ['climate', 'bullying', 'justice']],
      [[], ['climate', 'bullying', 'justice', 'gender'], ['climate', 'climate'], ['weather']],
    ],
    [
      'actions',
      [['advocacy'], ['advocacy', 'innovation']],
      [[], ['advocacy', 'innovation', 'awareness'], ['advocacy', 'advocacy'], ['shouting']],
    ],
    ['year', [1980, 2026, null], [1979, 2027, 2024.5]],
    ['country', ['KE', 'BR'], ['ke', 'KEN', 'XX', '']],
    ['lat', [null], [91, -91]],
    ['lon', [null], [181, -181]],
    ['ageRange', ['under-10', 'mixed'], ['12', '']],
    ['groupSize', ['1-5', 'over-100'], ['1000']],
    ['childLed', ['child-led', 'adult-supported'], ['adults']],
    ['consent', [true], [false]],
    ['language', ['en', 'pt-BR', null], ['english', 'EN', text(40)]],
  ];

  for (const [field, ok, bad] of cases) {
    it.each(ok.map((v) => [JSON.stringify(v).slice(0, 40), v]))(
      `accepts ${field} = %s`,
      async (_label, value) => {
        const { app } = setup();
        const extra = ['lat', 'lon', 'locality'].includes(field) ? { lat: null, lon: null } : {};
        const res = await post(app, body({ ...extra, [field]: value }));
        expect(res.status, await res.clone().text()).toBe(201);
      },
    );
    it.each(bad.map((v) => [JSON.stringify(v).slice(0, 40), v]))(
      `rejects ${field} = %s`,
      async (_label, value) => {
        const { app, db } = setup();
        const res = await post(app, body({ [field]: value }));
        expect(res.status).toBe(400);
        const keys = Object.keys((await problemOf(res)).errors ?? {});
        expect(
          keys.some((k) => k === field || k.startsWith(`${field}.`)),
          keys.join(),
        ).toBe(true);
        expect(db.select().from(initiatives).all()).toEqual([]);
      },
    );
  }

  it('needs both lat and lon, and a town for a point', async () => {
    const { app } = setup();
    let res = await post(app, body({ lat: -1.28, lon: null }));
    expect((await problemOf(res)).errors?.lat).toBeDefined();
    res = await post(app, body({ locality: null }));
    expect((await problemOf(res)).errors?.locality).toBeDefined();
  });
});

describe('POST /api/submissions: "In your own words"', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('keeps the group’s own words, shown with the entry once published, said by the group', async () => {
    const { app, db } = setup();
    const quote = 'We want every child in our town to feel safe at school.';
    const { reference } = await submit(app, { quote });
    const row = stored(db, reference);
    expect(row.quote).toBe(quote);
    expect(row.quoteBy).toBeNull();
    const res = await publishAndFetch(db, row);
    expect(await res.json()).toMatchObject({ quote, quoteBy: null });
  });

  it('is optional: absent or blank means no quote', async () => {
    const { app, db } = setup();
    const { reference } = await submit(app, { quote: '   ' });
    expect(stored(db, reference).quote).toBeNull();
  });

  it(`refuses more than ${QUOTE_MAX_WORDS} words, naming the field`, async () => {
    const { app } = setup();
    const ok = await post(app, body({ quote: words(QUOTE_MAX_WORDS) }));
    expect(ok.status).toBe(201);
    const res = await post(app, body({ quote: words(QUOTE_MAX_WORDS + 1) }));
    expect(res.status).toBe(400);
    expect((await problemOf(res)).errors?.quote?.[0]).toMatch(/at most 40 words/);
  });

  it('flags a phone number or a name in the quote for staff, like the other text', async () => {
    const { app, db } = setup();
    const { reference } = await submit(app, { quote: 'Call us on 0712 345 678 to join!' });
    const details = db
      .select()
      .from(submissionDetails)
      .where(eq(submissionDetails.initiativeId, stored(db, reference).id))
      .get();
    expect(details?.flags).toContainEqual(
      expect.objectContaining({ field: 'quote', kind: 'phone' }),
    );
  });
});

describe('POST /api/submissions: text is plain, normalised text', () => {
  it('keeps script and HTML as inert text, and the public API returns it as text', async () => {
    const { app, db } = setup();
    const title = '<script>alert("x")</script><b>Club</b>';
    const summary = '<img src=x onerror=alert(1)> We stop bullying with posters & songs in class.';
    const { reference } = await submit(app, { title, summary });
    const row = stored(db, reference);
    expect(row.title).toBe(title);
    expect(row.summary).toBe(summary);
    const res = await publishAndFetch(db, row);
    expect(res.headers.get('Content-Type')).toContain('application/json');
    expect(((await res.json()) as { title: string }).title).toBe(title);
  });

  it('normalises to NFC, strips control and invisible characters, collapses white space', async () => {
    const { app, db } = setup();
    const { reference } = await submit(app, {
      title: '  Cafe\u0301\u0000 \t\n club\u202E  ',
      summary: 'We   meet\r\n\r\nevery\u0007 week\uFEFF to talk about safety online and offline.',
      organization: 'Le\u200B Cafe\u0301',
    });
    const row = stored(db, reference);
    expect(row.title).toBe('Café club');
    expect(row.summary).toBe('We meet every week to talk about safety online and offline.');
    expect(row.organization).toBe('Le Café');
  });

  it('keeps emoji (counted as one character each) and right-to-left text', async () => {
    const { app, db } = setup();
    const title = '🌱'.repeat(LIMITS.title.max);
    const summary = 'نزرع الأشجار في مدرستنا ونتحدث مع المجلس 👨‍👩‍👧 عن شوارع آمنة للجميع';
    const { reference } = await submit(app, { title, summary, organization: 'نادي الأطفال' });
    const row = stored(db, reference);
    expect(row.title).toBe(title);
    expect(row.summary).toBe(summary);
    expect(row.organization).toBe('نادي الأطفال');
    const tooLong = await post(app, body({ title: '🌱'.repeat(LIMITS.title.max + 1) }));
    expect(tooLong.status).toBe(400);
  });

  it('refuses a very long field with 400 and an oversized body with 413', async () => {
    const { app, db } = setup();
    const long = await post(app, body({ summary: 'word '.repeat(3000) }));
    expect(long.status).toBe(400);
    expect((await problemOf(long)).errors?.summary).toBeDefined();
    const huge = await post(app, body({ summary: 'x'.repeat(MAX_BODY_BYTES + 1) }));
    expect(huge.status).toBe(413);
    await problemOf(huge);
    expect(db.select().from(initiatives).all()).toEqual([]);
  });

  it('answers 413 from the declared length, before reading the body', async () => {
    const { app } = setup();
    const res = await post(app, JSON.stringify(body()), {
      'Content-Length': String(MAX_BODY_BYTES + 1),
    });
    expect(res.status).toBe(413);
  });

  it('answers 415 for anything but JSON', async () => {
    const { app } = setup();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const res = await post(app, JSON.stringify(body()), { 'Content-Type': type });
      expect(res.status, type).toBe(415);
      await problemOf(res);
    }
    const none = await app.request('/api/submissions', {
      method: 'POST',
      body: new Blob([JSON.stringify(body())]),
    });
    expect(none.status).toBe(415);
    const charset = await post(app, body(), { 'Content-Type': 'application/json; charset=utf-8' });
    expect(charset.status).toBe(201);
  });
});

describe('POST /api/submissions: abuse resistance', () => {
  it('thanks a bot that fills the honeypot, and stores nothing', async () => {
    const { app, db } = setup();
    const res = await post(app, body({ website: 'http://spam.example' }));
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    expect(reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    expect(db.select().from(initiatives).all()).toEqual([]);
    expect(db.select().from(initiativeContacts).all()).toEqual([]);
    // Its reference reads like a real one's (bots.test.ts covers the rest).
    expect(await (await app.request(`/api/submissions/${reference}`)).json()).toEqual({
      reference,
      status: 'pending',
    });
  });

  it('asks to wait when sent faster than a person can fill the form', async () => {
    const { app, db } = setup();
    const res = await post(app, body({ startedAt: NOW.getTime() - 1_000 }));
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe(String((MIN_FILL_MS - 1_000) / 1000));
    await problemOf(res);
    expect(db.select().from(initiatives).all()).toEqual([]);
  });

  it('does not stop a child whose device clock is a little wrong', async () => {
    const { app, db } = setup();
    expect((await post(app, body({ startedAt: NOW.getTime() + 3_600_000 }))).status).toBe(201);
    expect((await post(app, body({ startedAt: NOW.getTime() - 20 * 86_400_000 }))).status).toBe(
      201,
    );
    expect(db.select().from(initiatives).all()).toHaveLength(2);
  });

  it('limits submissions per client with 429 and Retry-After, then lets them in again', async () => {
    const { app, advance } = setup();
    for (let i = 0; i < SUBMIT_LIMIT.limit; i++) await submit(app);
    const res = await post(app, body());
    expect(res.status).toBe(429);
    const wait = Number(res.headers.get('Retry-After'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(SUBMIT_LIMIT.windowMs / 1000);
    advance(wait * 1000);
    await submit(app, { startedAt: NOW.getTime() });
  });

  it('counts each client on its own', async () => {
    const { app } = setup({ TRUST_PROXY: 1 });
    const from = (ip: string) => post(app, body(), { 'X-Forwarded-For': ip });
    for (let i = 0; i < SUBMIT_LIMIT.limit; i++) expect((await from('10.0.0.1')).status).toBe(201);
    expect((await from('10.0.0.1')).status).toBe(429);
    expect((await from('10.0.0.2')).status).toBe(201);
  });
});

describe('GET /api/submissions/:reference', () => {
  async function statusOf(app: App, reference: string) {
    const res = await app.request(`/api/submissions/${reference}`);
    return { res, json: (await res.json()) as Record<string, unknown> };
  }

  it('says pending, and nothing else, until staff decide', async () => {
    const { app } = setup();
    const { reference } = await submit(app);
    const { res, json } = await statusOf(app, reference);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(json).toEqual({ reference, status: 'pending' });
  });

  it('accepts the reference in lower case or without the dash', async () => {
    const { app } = setup();
    const { reference } = await submit(app);
    const loose = reference.replace('-', '').toLowerCase();
    expect((await statusOf(app, loose)).json).toEqual({ reference, status: 'pending' });
  });

  it('gives the public address once published, and "not-published" when rejected or archived', async () => {
    const { app, db } = setup();
    const { reference } = await submit(app);
    const { id, slug } = stored(db, reference);
    const set = (status: 'published' | 'rejected' | 'archived') =>
      db
        .update(initiatives)
        .set({ status, rejectReason: status === 'rejected' ? 'Has a child’s name' : null })
        .where(eq(initiatives.id, id))
        .run();
    set('published');
    expect((await statusOf(app, reference)).json).toEqual({
      reference,
      status: 'published',
      slug,
      url: `/initiatives/${slug}`,
    });
    set('rejected');
    const rejected = await statusOf(app, reference);
    expect(rejected.json).toEqual({ reference, status: 'not-published' });
    expect(JSON.stringify(rejected.json)).not.toMatch(/name/i);
    set('archived');
    expect((await statusOf(app, reference)).json).toEqual({ reference, status: 'not-published' });
  });

  it('answers 404 for an unknown reference and 400 for something that is not one', async () => {
    const { app } = setup();
    expect((await statusOf(app, 'ABC-DEF')).res.status).toBe(404);
    expect((await statusOf(app, 'not-a-reference')).res.status).toBe(400);
    expect((await statusOf(app, 'O0I-1LU')).res.status).toBe(400);
  });

  it('limits look-ups so references cannot be guessed', async () => {
    const { app } = setup();
    let last = 0;
    for (let i = 0; i < 61; i++) last = (await statusOf(app, 'ABC-DEF')).res.status;
    expect(last).toBe(429);
  });
});

describe('Submissions stay private until published', () => {
  const TITLE = 'Zebra Unicorn Safety Parade';

  function shellDir() {
    const dir = mkdtempSync(join(tmpdir(), 'pm-shell-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html><head><title>x</title><meta name="description" content="d"></head><body><div id="root"></div></body></html>',
    );
    return dir;
  }

  /** Every public response, read through a fresh app (so a fresh read model). */
  async function publicTexts(db: Db, slug: string) {
    const app = createApp({ db, env: { LOG_LEVEL: 'silent' }, staticDir: shellDir() });
    const paths = [
      '/api/initiatives?limit=500',
      '/api/initiatives?q=zebra',
      '/api/initiatives?country=KE&limit=500',
      '/api/initiatives/facets',
      '/api/initiatives/facets?q=zebra',
      '/api/initiatives.geojson',
      '/api/initiatives.csv',
      `/api/initiatives/${slug}`,
      '/api/meta',
      `/initiatives/${slug}`,
      '/',
    ];
    const out: Record<string, { status: number; text: string }> = {};
    for (const p of paths) {
      const res = await app.request(p);
      out[p] = { status: res.status, text: await res.text() };
    }
    return out;
  }

  it.each(['pending', 'rejected', 'archived'] as const)(
    'a %s submission appears in no public endpoint or page',
    async (status) => {
      const { app, db } = setup();
      insertInitiative(db, { title: 'A published neighbour', year: 2010 });
      const { reference } = await submit(app, { title: TITLE, year: 1985 });
      const { id, slug } = stored(db, reference);
      if (status !== 'pending') {
        db.update(initiatives).set({ status }).where(eq(initiatives.id, id)).run();
      }
      const texts = await publicTexts(db, slug);
      for (const [path, { status: code, text }] of Object.entries(texts)) {
        expect(text, path).not.toContain('Zebra');
        // A 404 may repeat the address asked for; anything else must not know the slug.
        if (code !== 404) expect(text, path).not.toContain(slug);
        expect(text, path).not.toContain(CONTACT);
        expect(text, path).not.toContain(reference);
      }
      expect(texts[`/api/initiatives/${slug}`]?.status).toBe(404);
      expect(texts[`/initiatives/${slug}`]?.status).toBe(404);
      const facets = JSON.parse(texts['/api/initiatives/facets']?.text ?? '{}');
      expect(facets.total).toBe(1);
      const meta = JSON.parse(texts['/api/meta']?.text ?? '{}');
      expect(meta.years).toEqual({ min: 2010, max: 2010 });
    },
  );

  it('appears everywhere once published, and the contact email still never does', async () => {
    const { app, db } = setup();
    const { reference } = await submit(app, { title: TITLE });
    const { id, slug } = stored(db, reference);
    db.update(initiatives)
      .set({ status: 'published', publishedAt: NOW.toISOString() })
      .where(eq(initiatives.id, id))
      .run();
    const texts = await publicTexts(db, slug);
    for (const path of [
      '/api/initiatives?limit=500',
      '/api/initiatives?q=zebra',
      '/api/initiatives.geojson',
      '/api/initiatives.csv',
      `/api/initiatives/${slug}`,
      `/initiatives/${slug}`,
    ]) {
      expect(texts[path]?.text, path).toContain('Zebra');
    }
    for (const [path, { text }] of Object.entries(texts)) {
      expect(text, path).not.toContain(CONTACT);
      expect(text, path).not.toContain('supporter.private');
    }
    expect(JSON.parse(texts['/api/initiatives/facets']?.text ?? '{}').total).toBe(1);
  });

  it('a submission does not change what the public sees', async () => {
    const { app, db } = setup();
    insertInitiative(db);
    const before = await (await app.request('/api/initiatives/facets')).json();
    await submit(app, { title: TITLE });
    const after = await (await app.request('/api/initiatives/facets')).json();
    expect(after).toEqual(before);
    const list = await (await app.request('/api/initiatives?q=zebra')).json();
    expect(list).toMatchObject({ total: 0, items: [] });
  });
});

describe('OpenAPI description', () => {
  it('documents the submission body, its problems, the status and the places endpoints', async () => {
    const { app } = setup();
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { requestBody?: unknown; responses: object }>>;
    };
    const postOp = doc.paths['/submissions']?.post;
    expect(postOp?.requestBody).toBeDefined();
    expect(JSON.stringify(postOp?.requestBody)).toContain('contactEmail');
    expect(Object.keys(postOp?.responses ?? {})).toEqual(
      expect.arrayContaining(['201', '400', '413', '415', '429']),
    );
    expect(doc.paths['/submissions/{reference}']?.get).toBeDefined();
    expect(doc.paths['/places']?.get).toBeDefined();
  });
});

describe('POST /api/submissions: Idempotency-Key', () => {
  const KEY = '5f0c2b1e-8a47-4c1d-9a0e-2f6b7d3c9e10';

  it('answers a repeat with the same key with the first reference and stores one entry', async () => {
    const { app, db } = setup();
    const first = await post(app, body(), { 'Idempotency-Key': KEY });
    expect(first.status).toBe(201);
    const again = await post(app, body(), { 'Idempotency-Key': KEY });
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    const a = (await first.json()) as { reference: string };
    const b = (await again.json()) as { reference: string };
    expect(b.reference).toBe(a.reference);
    expect(
      db.select().from(initiatives).where(eq(initiatives.status, 'pending')).all(),
    ).toHaveLength(1);
  });

  it('stores two submissions with two keys, or without a key', async () => {
    const { app, db } = setup();
    await post(app, body(), { 'Idempotency-Key': KEY });
    await post(app, body(), { 'Idempotency-Key': `${KEY}-2` });
    await post(app, body());
    expect(
      db.select().from(initiatives).where(eq(initiatives.status, 'pending')).all(),
    ).toHaveLength(3);
  });

  it('remembers a key across a restart: a repeat to the restarted server stores nothing again', async () => {
    // The server stored the story and was stopped before its answer left (kill -9, a deploy):
    // the phone's outbox sends the same story, with the same key, to the next process.
    const { app, db } = setup();
    const first = await post(app, body(), { 'Idempotency-Key': KEY });
    const { reference } = (await first.json()) as { reference: string };
    const restarted = createApp({ db, now: () => NOW, env: { LOG_LEVEL: 'silent' } });
    const again = await post(restarted, body(), { 'Idempotency-Key': KEY });
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(((await again.json()) as { reference: string }).reference).toBe(reference);
    expect(
      db.select().from(initiatives).where(eq(initiatives.status, 'pending')).all(),
    ).toHaveLength(1);
  });

  it('forgets a key after 7 days, and keeps nothing of it', async () => {
    const { app, db, advance } = setup();
    await post(app, body(), { 'Idempotency-Key': KEY });
    const week = 7 * 24 * 60 * 60 * 1000;
    advance(week + 1000);
    const later = { startedAt: NOW.getTime() + week - 120_000 };
    // The next keyed submission clears the keys that are too old.
    const other = await post(app, body(later), { 'Idempotency-Key': `${KEY}-2` });
    expect(other.status).toBe(201);
    expect(
      db
        .select()
        .from(submissionKeys)
        .all()
        .map((k) => k.key),
    ).toEqual([`${KEY}-2`]);
    const again = await post(app, body(later), { 'Idempotency-Key': KEY });
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBeNull();
    expect(
      db.select().from(initiatives).where(eq(initiatives.status, 'pending')).all(),
    ).toHaveLength(3);
  });

  it('refuses a key that is not one (problem+json 400)', async () => {
    const { app } = setup();
    const res = await post(app, body(), { 'Idempotency-Key': 'short' });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).status).toBe(400);
  });
});
