import { describe, expect, it, vi } from 'vitest';
import { concernReports, initiativeContacts, initiatives } from '../../db/schema.ts';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testApp } from '../../tests/helpers/test-app.ts';
import { makeStaff, type App } from '../auth/auth.test-helpers.ts';
import { CONCERN_MAILS } from '../concerns/concerns.routes.ts';
import type { Mail } from '../lib/mailer.ts';
import { DECOY_PENDING_MS } from './decoys.ts';
import { START_WINDOW } from './submissions.schema.ts';

/** Every e-mail the app would send, instead of sending it. */
const sent = vi.hoisted(() => [] as Mail[]);
vi.mock('../lib/mailer.ts', () => ({
  mailerFor: () => ({
    enabled: true,
    send: (mail: Mail) => {
      sent.push(mail);
      return Promise.resolve();
    },
  }),
}));

const NOW = Date.parse('2026-06-01T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

async function setup() {
  sent.length = 0;
  const t = testApp({ start: NOW, env: { SMTP_URL: 'smtp://127.0.0.1:1', TRUST_PROXY: 1 } });
  await makeStaff(t.db, 'moderator', 'mod@example.org');
  return t;
}

function body(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Green Kids Club',
    summary: 'We plant trees around our school and ask the council for safer, greener streets.',
    country: 'KE',
    themes: ['climate'],
    actions: ['awareness'],
    ageRange: '10-14',
    groupSize: '6-20',
    childLed: 'child-led',
    contactEmail: 'adult@example.org',
    consent: true,
    website: '',
    startedAt: NOW - 120_000,
    ...over,
  };
}

function post(app: App, payload: Record<string, unknown>) {
  return app.request('/api/submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
}

async function statusOf(app: App, reference: string) {
  const res = await app.request(`/api/submissions/${reference}`);
  return { status: res.status, cache: res.headers.get('cache-control'), body: await res.json() };
}

/** Everything a bot can see of its submission: the answer, then the status look-up. */
async function seenBy(app: App, payload: Record<string, unknown>) {
  const res = await post(app, payload);
  const created = (await res.json()) as { reference: string; statusUrl: string };
  return {
    status: res.status,
    keys: Object.keys(created),
    location: res.headers.get('location')?.replace(created.reference, 'REF'),
    statusUrl: created.statusUrl.replace(created.reference, 'REF'),
    lookup: JSON.parse(
      JSON.stringify(await statusOf(app, created.reference)).replaceAll(created.reference, 'REF'),
    ) as unknown,
    reference: created.reference,
  };
}

const BOTS: [string, Record<string, unknown>][] = [
  ['fills the honeypot', { website: 'http://spam.example' }],
  ['sends no start time', { startedAt: undefined }],
  ['sends a start time of 0', { startedAt: 0 }],
  ['sends a start time years ago', { startedAt: NOW - 3 * 365 * DAY }],
  ['sends a start time past the window', { startedAt: NOW - START_WINDOW.maxAgeMs - 1 }],
  ['sends a start time in the future', { startedAt: NOW + START_WINDOW.maxAheadMs + 1 }],
];

describe('a bot cannot tell it was caught', () => {
  it.each(BOTS)(
    'one that %s gets the answers a person gets, and nothing is stored or mailed',
    async (_, over) => {
      const { app, db } = await setup();
      const person = await seenBy(app, body());
      expect(sent).toHaveLength(1);
      const bot = await seenBy(app, body(over));
      expect({ ...bot, reference: undefined }).toEqual({ ...person, reference: undefined });
      expect(bot.lookup).toEqual({
        status: 200,
        cache: 'no-store',
        body: { reference: 'REF', status: 'pending' },
      });
      expect(db.select().from(initiatives).all()).toHaveLength(1);
      expect(db.select().from(initiativeContacts).all()).toHaveLength(1);
      expect(sent).toHaveLength(1); // the person's only
    },
  );

  it('a caught reference reads "pending" for a while, then "not published", like a rejected one', async () => {
    const { app, advance } = await setup();
    const { reference } = await seenBy(app, body({ startedAt: 0 }));
    advance(DECOY_PENDING_MS.min - 60_000);
    expect((await statusOf(app, reference)).body).toEqual({ reference, status: 'pending' });
    advance(DECOY_PENDING_MS.max);
    expect((await statusOf(app, reference)).body).toEqual({ reference, status: 'not-published' });
  });

  it('a start time a little ahead (a device clock set wrong) is still a person', async () => {
    const { app, db } = await setup();
    expect((await post(app, body({ startedAt: NOW + 60 * 60_000 }))).status).toBe(201);
    expect(db.select().from(initiatives).all()).toHaveLength(1);
    expect(sent).toHaveLength(1);
  });

  it('a caught bot gets the same refusals a person gets for the same body', async () => {
    const { app } = await setup();
    const honeypot = { website: 'http://spam.example' };
    for (const over of [{ country: 'ZZ' }, { year: 2099 }, { startedAt: NOW - 1_000 }]) {
      const person = await post(app, body(over));
      const bot = await post(app, body({ ...over, ...honeypot }));
      expect(bot.status, JSON.stringify(over)).toBe(person.status);
      // Each answer has its own request id (for the log); everything else is the same.
      const { requestId: _bot, ...botBody } = (await bot.json()) as Record<string, unknown>;
      const { requestId: _person, ...personBody } = (await person.json()) as Record<
        string,
        unknown
      >;
      expect(botBody).toEqual(personBody);
    }
  });

  it('unknown references still answer 404', async () => {
    const { app } = await setup();
    expect((await statusOf(app, 'ABC-DEF')).status).toBe(404);
  });
});

describe('concern e-mails to staff', () => {
  it('go out at most once per entry per window, while every report is kept', async () => {
    const { app, db, advance } = await setup();
    const a = insertInitiative(db);
    const b = insertInitiative(db);
    const report = (slug: string, ip: string) =>
      app.request('/api/concerns', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
        body: JSON.stringify({ slug, reason: 'child-safety' }),
      });
    // Many visitors (or one with many addresses) about the same entry: one e-mail.
    for (let i = 0; i < 8; i++) expect((await report(a.slug, `10.0.0.${i}`)).status).toBe(202);
    expect(sent).toHaveLength(1);
    expect((await report(b.slug, '10.0.1.1')).status).toBe(202);
    expect(sent).toHaveLength(2);
    expect(db.select().from(concernReports).all()).toHaveLength(9);
    advance(CONCERN_MAILS.perEntry.windowMs);
    await report(a.slug, '10.0.2.1');
    expect(sent).toHaveLength(3);
  });

  it('are capped overall, so reports on every entry cannot flood staff', async () => {
    const { app, db } = await setup();
    const slugs = Array.from({ length: CONCERN_MAILS.overall.limit + 5 }, () =>
      insertInitiative(db),
    ).map((e) => e.slug);
    for (const [i, slug] of slugs.entries()) {
      const res = await app.request('/api/concerns', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.1.${i}.1` },
        body: JSON.stringify({ slug, reason: 'other' }),
      });
      expect(res.status).toBe(202);
    }
    expect(sent).toHaveLength(CONCERN_MAILS.overall.limit);
  });
});
