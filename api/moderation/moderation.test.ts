import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { auditLog, initiatives, submissionDetails } from '../../db/schema.ts';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testAppWithStaff } from '../../tests/helpers/test-app.ts';
import { as, signIn, type App, type Session } from '../auth/auth.test-helpers.ts';
import type { StaffEntry } from '../../contract/moderation.ts';

let db: Db, app: App, mod: Session, admin: Session;

beforeEach(async () => {
  ({ db, app, mod, admin } = await testAppWithStaff());
});

const SUMMARY =
  'Our club of young people meets every week to plant trees along the river and to talk with the town council about safer paths to school.';

let refs = 0;
const nextReference = () =>
  `K7P-${'ABCDEFGHJK'[Math.floor(refs / 100) % 10]}${'23456789AB'[Math.floor(refs / 10) % 10]}${'CDEFGHJKMN'[refs++ % 10]}`;

function pending(extra: Parameters<typeof insertInitiative>[1] = {}) {
  return insertInitiative(db, {
    status: 'pending',
    origin: 'submission',
    reference: nextReference(),
    sourceUrl: null,
    sourceTitle: null,
    summary: SUMMARY,
    ...extra,
  });
}

const JSON_TYPE = { 'Content-Type': 'application/json' };

const publicSlugs = async () =>
  (
    (await (await app.request('/api/initiatives?limit=500')).json()) as {
      items: { slug: string }[];
    }
  ).items.map((i) => i.slug);

const auditFor = (id: number) =>
  db.select().from(auditLog).where(eq(auditLog.initiativeId, id)).all();

describe('every moderation route needs a session and the right role', () => {
  // [method, path, admin only]
  const routes: [string, string, boolean][] = [
    ['GET', '/api/moderation/summary', false],
    ['GET', '/api/moderation/entries', false],
    ['GET', '/api/moderation/entries/1', false],
    ['PATCH', '/api/moderation/entries/1', false],
    ['POST', '/api/moderation/entries/1/publish', false],
    ['POST', '/api/moderation/entries/1/reject', false],
    ['POST', '/api/moderation/entries/1/archive', false],
    ['POST', '/api/moderation/entries/1/unpublish', false],
    ['POST', '/api/moderation/entries/1/restore', false],
    ['POST', '/api/moderation/entries/1/concerns/resolve', false],
    ['POST', '/api/moderation/entries/bulk', false],
    ['GET', '/api/moderation/audit', false],
    ['GET', '/api/moderation/audit?entry=1', false],
    ['GET', '/api/moderation/export.csv', false],
    ['GET', '/api/moderation/export.jsonl', false],
    ['GET', '/api/moderation/export.csv?includeContact=true', true],
    ['GET', '/api/moderation/export.jsonl?includeContact=true', true],
    ['POST', '/api/moderation/import?dryRun=true', true],
    ['POST', '/api/moderation/import', true],
    ['GET', '/api/auth/staff', true],
    ['POST', '/api/auth/staff', true],
    ['PATCH', '/api/auth/staff/1', true],
    ['POST', '/api/auth/staff/1/password', true],
  ];

  it.each(routes)('%s %s answers 401 without a session', async (method, path) => {
    const res = await app.request(path, {
      method,
      headers: { Origin: 'http://localhost', 'Content-Type': 'application/json' },
      body: method === 'GET' ? undefined : '{}',
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('Content-Type')).toMatch(/problem\+json/);
  });

  it.each(routes.filter((r) => r[2]))('%s %s answers 403 to a moderator', async (method, path) => {
    const res = await app.request(path, {
      method,
      headers: {
        Origin: 'http://localhost',
        'Content-Type': 'application/json',
        Cookie: mod.cookie,
        'X-CSRF-Token': mod.csrf,
      },
      body: method === 'GET' ? undefined : '{}',
    });
    expect(res.status).toBe(403);
  });

  it.each(routes.filter((r) => r[0] !== 'GET'))(
    '%s %s refuses a request without the CSRF token or from another site',
    async (method, path) => {
      const variants: Record<string, string>[] = [
        { Cookie: admin.cookie },
        { Cookie: admin.cookie, 'X-CSRF-Token': 'not-the-token' },
        { Cookie: admin.cookie, 'X-CSRF-Token': admin.csrf, Origin: 'https://evil.example' },
        { Cookie: admin.cookie, 'X-CSRF-Token': admin.csrf, 'Sec-Fetch-Site': 'cross-site' },
      ];
      for (const headers of variants) {
        const res = await app.request(path, {
          method,
          headers: { Origin: 'http://localhost', 'Content-Type': 'application/json', ...headers },
          body: '{}',
        });
        expect(res.status).toBe(403);
      }
    },
  );

  it('a disabled account loses access at once', async () => {
    db.$client.prepare("UPDATE staff_users SET disabled = 1 WHERE email = 'mod@example.org'").run();
    expect((await as(app, mod).get('/api/moderation/entries')).status).toBe(401);
  });
});

describe('the queue', () => {
  it('lists every status newest first, with counts by status and filters', async () => {
    const old = insertInitiative(db, { createdAt: '2026-01-01T00:00:00.000Z', country: 'KE' });
    const p1 = pending({
      createdAt: '2026-02-01T00:00:00.000Z',
      country: 'BR',
      themes: ['bullying'],
    });
    const p2 = pending({
      createdAt: '2026-02-02T00:00:00.000Z',
      title: 'Kingfisher river club',
      country: 'KE',
    });
    db.insert(submissionDetails)
      .values({
        initiativeId: p2.id,
        flags: [{ field: 'summary', kind: 'phone', match: '0712 345 678' }],
      })
      .run();
    insertInitiative(db, { status: 'rejected', createdAt: '2026-01-05T00:00:00.000Z' });

    const page = (await (await as(app, mod).get('/api/moderation/entries')).json()) as {
      items: { id: number; flagCount: number; status: string }[];
      total: number;
      counts: Record<string, number>;
    };
    expect(page.items.map((i) => i.id).slice(0, 3)).toEqual([p2.id, p1.id, expect.any(Number)]);
    expect(page.items.at(-1)?.id).toBe(old.id);
    expect(page.counts).toEqual({ pending: 2, published: 1, rejected: 1, archived: 0 });

    const q = async (qs: string) =>
      (await (await as(app, mod).get(`/api/moderation/entries?${qs}`)).json()) as {
        items: { id: number }[];
        counts: Record<string, number>;
      };
    expect((await q('status=pending')).items.map((i) => i.id)).toEqual([p2.id, p1.id]);
    expect((await q('status=pending')).counts.published).toBe(1);
    expect((await q('country=br')).items.map((i) => i.id)).toEqual([p1.id]);
    expect((await q('theme=bullying')).items.map((i) => i.id)).toEqual([p1.id]);
    expect((await q('flagged=true')).items.map((i) => i.id)).toEqual([p2.id]);
    expect((await q('flagged=safeguarding')).items.map((i) => i.id)).toEqual([p2.id]);
    expect((await q('q=kingfisher%20riv')).items.map((i) => i.id)).toEqual([p2.id]);
    expect((await q('q=kingfisher')).counts).toEqual({
      pending: 1,
      published: 0,
      rejected: 0,
      archived: 0,
    });
    expect((await as(app, mod).get('/api/moderation/entries?status=nope')).status).toBe(400);
    expect(await (await as(app, mod).get('/api/moderation/summary')).json()).toEqual({
      pending: 2,
    });
  });

  it('finds a submission by its reference', async () => {
    const p = pending({ reference: 'ABC-DEF' });
    const page = (await (await as(app, mod).get('/api/moderation/entries?q=abc-def')).json()) as {
      items: { id: number }[];
    };
    expect(page.items.map((i) => i.id)).toEqual([p.id]);
  });
});

describe('one entry', () => {
  it('shows everything to staff, including the private contact, flags and history', async () => {
    const p = pending({ contactEmail: 'teacher@school.example' });
    db.insert(submissionDetails)
      .values({
        initiativeId: p.id,
        ageRange: '10-14',
        groupSize: '6-20',
        childLed: 'child-led',
        flags: [{ field: 'summary', kind: 'name', match: 'Amina Otieno' }],
      })
      .run();
    const res = await as(app, mod).get(`/api/moderation/entries/${p.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const e = (await res.json()) as StaffEntry;
    expect(e).toMatchObject({
      id: p.id,
      status: 'pending',
      origin: 'submission',
      contactEmail: 'teacher@school.example',
      submission: { ageRange: '10-14', groupSize: '6-20', childLed: 'child-led' },
      flags: [{ kind: 'name', match: 'Amina Otieno' }],
      themes: ['climate'],
      actions: ['awareness'],
      version: 1,
    });
    expect((await as(app, mod).get('/api/moderation/entries/999999')).status).toBe(404);
  });
});

describe('editing', () => {
  it('saves changed fields, recomputes flags and records before and after', async () => {
    const p = pending({
      summary: `${SUMMARY} Call us on +254 712 345 678 to join.`,
    });
    db.insert(submissionDetails)
      .values({
        initiativeId: p.id,
        flags: [{ field: 'summary', kind: 'phone', match: '+254 712 345 678' }],
      })
      .run();
    const res = await as(app, mod).patch(`/api/moderation/entries/${p.id}`, {
      version: 1,
      summary: SUMMARY,
      themes: ['climate', 'peacebuilding'],
      lat: -1.29,
      lon: 36.82,
      locality: 'Nairobi',
    });
    expect(res.status).toBe(200);
    const e = (await res.json()) as StaffEntry;
    expect(e.version).toBe(2);
    expect(e.summary).toBe(SUMMARY);
    expect(e.themes).toEqual(['climate', 'peacebuilding']);
    expect(e.flags).toEqual([]);
    expect([e.lat, e.lon, e.locality]).toEqual([-1.29, 36.82, 'Nairobi']);
    const [record] = auditFor(p.id).filter((a) => a.action === 'edit');
    expect(record?.actorEmail).toBe('mod@example.org');
    expect(record?.detail).toMatchObject({
      // The trail keeps what was removed, never the phone number itself.
      before: {
        summary: `${SUMMARY} Call us on [phone number removed] to join.`,
        themes: ['climate'],
        lat: null,
      },
      after: { summary: SUMMARY, themes: ['climate', 'peacebuilding'], lat: -1.29 },
    });
    expect(Object.keys((record?.detail as { after: object }).after).sort()).toEqual(
      ['lat', 'locality', 'lon', 'summary', 'themes'].sort(),
    );
  });

  it('edits the children’s own words and who said them, within 40 words, never alone', async () => {
    const p = pending();
    const quote = 'We want every child in our town to feel safe at school.';
    let res = await as(app, mod).patch(`/api/moderation/entries/${p.id}`, {
      version: 1,
      quote,
      quoteBy: 'a member, aged 14',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ quote, quoteBy: 'a member, aged 14', version: 2 });

    const long = Array.from({ length: 41 }, (_, i) => `word${i}`).join(' ');
    res = await as(app, mod).patch(`/api/moderation/entries/${p.id}`, { version: 2, quote: long });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Record<string, string[]> }).errors.quote).toBeDefined();

    res = await as(app, mod).patch(`/api/moderation/entries/${p.id}`, { version: 2, quote: null });
    expect(res.status).toBe(400);
    expect(
      ((await res.json()) as { errors: Record<string, string[]> }).errors.quoteBy,
    ).toBeDefined();

    res = await as(app, mod).patch(`/api/moderation/entries/${p.id}`, {
      version: 2,
      quote: null,
      quoteBy: null,
    });
    expect(await res.json()).toMatchObject({ quote: null, quoteBy: null, version: 3 });
  });

  it('flags a name or a phone number written into the quote', async () => {
    const p = pending();
    const e = (await (
      await as(app, mod).patch(`/api/moderation/entries/${p.id}`, {
        version: 1,
        quote: 'Call us on +254 712 345 678.',
      })
    ).json()) as StaffEntry;
    expect(e.flags).toContainEqual(expect.objectContaining({ field: 'quote', kind: 'phone' }));
  });

  it('flags new personal details added by an edit', async () => {
    const p = pending();
    const e = (await (
      await as(app, mod).patch(`/api/moderation/entries/${p.id}`, {
        version: 1,
        summary: `${SUMMARY} Write to club@example.org.`,
      })
    ).json()) as StaffEntry;
    expect(e.flags).toEqual([{ field: 'summary', kind: 'email', match: 'club@example.org' }]);
  });

  it('two staff editing the same version: the second save gets 409 and changes nothing', async () => {
    const p = pending();
    const other = await signIn(app, 'admin@example.org');
    const first = await as(app, mod).patch(`/api/moderation/entries/${p.id}`, {
      version: 1,
      title: 'First title',
    });
    expect(first.status).toBe(200);
    const second = await as(app, other).patch(`/api/moderation/entries/${p.id}`, {
      version: 1,
      title: 'Second title',
    });
    expect(second.status).toBe(409);
    expect(second.headers.get('Content-Type')).toMatch(/problem\+json/);
    expect(((await second.json()) as { detail: string }).detail).toMatch(
      /Someone else changed this entry.*not saved/,
    );
    expect(db.select().from(initiatives).where(eq(initiatives.id, p.id)).get()?.title).toBe(
      'First title',
    );
  });

  it('validates like the submission form and names each bad field', async () => {
    const p = pending();
    const res = await as(app, mod).patch(`/api/moderation/entries/${p.id}`, {
      version: 1,
      title: 'x',
      themes: [],
      actions: ['awareness', 'advocacy', 'innovation'],
      lat: 100,
      country: 'kenya',
      status: 'published',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(body.errors).sort()).toEqual(
      ['actions', 'country', 'lat', 'status', 'themes', 'title'].sort(),
    );
    const pair = await as(app, mod).patch(`/api/moderation/entries/${p.id}`, {
      version: 1,
      lat: 1,
    });
    expect(((await pair.json()) as { errors: object }).errors).toHaveProperty('lat');
    const unknownCountry = await as(app, mod).patch(`/api/moderation/entries/${p.id}`, {
      version: 1,
      country: 'XX',
    });
    expect(unknownCountry.status).toBe(400);
    const noVersion = await as(app, mod).patch(`/api/moderation/entries/${p.id}`, {
      title: 'Fine title',
    });
    expect(((await noVersion.json()) as { errors: object }).errors).toHaveProperty('version');
  });

  it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])(
    'an unknown field named like a built-in (%s) is a 400 naming it, and changes nothing',
    async (key) => {
      const p = pending();
      // Sent as raw JSON: an object literal would not carry "__proto__" as an own key.
      const res = await as(app, mod).patch(
        `/api/moderation/entries/${p.id}`,
        `{"version":1,"title":"A new title for the club","${key}":1}`,
        JSON_TYPE,
      );
      expect(res.status).toBe(400);
      expect(res.headers.get('Content-Type')).toMatch(/problem\+json/);
      const body = (await res.json()) as { errors: Record<string, string[]>; detail: string };
      expect(Object.keys(body.errors)).toEqual([key]);
      expect(body.detail).toContain(key);
      expect(db.select().from(initiatives).where(eq(initiatives.id, p.id)).get()?.version).toBe(1);
    },
  );

  it.each(['constructor', '__proto__', 'toString'])(
    'a decision or bulk body with a built-in name (%s) is a 400 naming the field',
    async (key) => {
      const p = pending();
      for (const [path, body] of [
        [`/api/moderation/entries/${p.id}/publish`, `{"${key}":true}`],
        ['/api/moderation/entries/bulk', `{"decision":"publish","ids":[${p.id}],"${key}":1}`],
      ] as const) {
        const res = await as(app, mod).post(path, body, JSON_TYPE);
        expect(res.status).toBe(400);
        expect(Object.keys(((await res.json()) as { errors: object }).errors)).toEqual([key]);
      }
      expect(db.select().from(initiatives).where(eq(initiatives.id, p.id)).get()?.status).toBe(
        'pending',
      );
    },
  );

  it('refuses an address the API itself answers, naming the slug', async () => {
    const p = pending();
    const res = await as(app, mod).patch(`/api/moderation/entries/${p.id}`, {
      version: 1,
      slug: 'facets',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Record<string, string[]> };
    expect(body.errors.slug?.join(' ')).toMatch(/used by the site itself/);
  });

  it('an edit to a published entry shows on the public map at once', async () => {
    const e = insertInitiative(db, { title: 'Before edit' });
    await app.request('/api/initiatives'); // warm the public read model
    await as(app, mod).patch(`/api/moderation/entries/${e.id}`, {
      version: 1,
      title: 'After edit',
    });
    const pub = (await (await app.request(`/api/initiatives/${e.slug}`)).json()) as {
      title: string;
    };
    expect(pub.title).toBe('After edit');
  });
});

describe('decisions', () => {
  it('publish: appears on the public map at once, recorded in the audit trail', async () => {
    const p = pending();
    expect(await publicSlugs()).not.toContain(p.slug);
    const res = await as(app, mod).post(`/api/moderation/entries/${p.id}/publish`, { version: 1 });
    expect(res.status).toBe(200);
    expect(((await res.json()) as StaffEntry).status).toBe('published');
    expect(await publicSlugs()).toContain(p.slug);
    expect((await app.request(`/api/initiatives/${p.slug}`)).status).toBe(200);
    expect(auditFor(p.id).map((a) => [a.action, a.actorEmail, a.detail])).toEqual([
      ['publish', 'mod@example.org', { from: 'pending', to: 'published' }],
    ]);
  });

  it('publish refuses while safeguarding flags remain, unless the moderator confirms', async () => {
    const p = pending();
    db.insert(submissionDetails)
      .values({
        initiativeId: p.id,
        flags: [{ field: 'summary', kind: 'phone', match: '0712 345 678' }],
      })
      .run();
    const res = await as(app, mod).post(`/api/moderation/entries/${p.id}/publish`);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/0712 345 678/);
    const ok = await as(app, mod).post(`/api/moderation/entries/${p.id}/publish`, {
      confirmFlags: true,
    });
    expect(ok.status).toBe(200);
    expect(auditFor(p.id).at(-1)?.detail).toMatchObject({ confirmedFlags: true });
  });

  it('reject needs a reason, kept for staff and never public', async () => {
    const p = pending();
    const none = await as(app, mod).post(`/api/moderation/entries/${p.id}/reject`, {});
    expect(none.status).toBe(400);
    expect(((await none.json()) as { errors: object }).errors).toHaveProperty('reason');
    const res = await as(app, mod).post(`/api/moderation/entries/${p.id}/reject`, {
      reason: 'Not about violence against children',
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as StaffEntry).rejectReason).toBe(
      'Not about violence against children',
    );
    expect(auditFor(p.id).at(-1)).toMatchObject({
      action: 'reject',
      detail: { from: 'pending', to: 'rejected', reason: 'Not about violence against children' },
    });
    const status = (await (
      await app.request(
        `/api/submissions/${db.select().from(initiatives).where(eq(initiatives.id, p.id)).get()?.reference}`,
      )
    ).json()) as Record<string, unknown>;
    expect(status.status).toBe('not-published');
    expect(JSON.stringify(status)).not.toMatch(/violence against children/);
  });

  it('archive, unpublish and restore follow the allowed transitions, each recorded', async () => {
    const e = insertInitiative(db);
    const post = (d: string) => as(app, mod).post(`/api/moderation/entries/${e.id}/${d}`);
    expect((await post('restore')).status).toBe(409); // published cannot be restored
    expect((await post('unpublish')).status).toBe(200);
    expect(await publicSlugs()).not.toContain(e.slug);
    expect((await post('publish')).status).toBe(200);
    expect((await post('archive')).status).toBe(200);
    expect(await publicSlugs()).not.toContain(e.slug);
    const again = await post('archive');
    expect(again.status).toBe(409);
    expect(((await again.json()) as { detail: string }).detail).toMatch(/archived/);
    expect((await post('restore')).status).toBe(200);
    expect(db.select().from(initiatives).where(eq(initiatives.id, e.id)).get()?.status).toBe(
      'pending',
    );
    expect(auditFor(e.id).map((a) => a.action)).toEqual([
      'unpublish',
      'publish',
      'archive',
      'restore',
    ]);
  });

  it('restore recomputes the flags, so publishing a restored entry needs the confirmation', async () => {
    // An entry whose text was never flagged (an older import or catalogue entry).
    const e = insertInitiative(db, {
      status: 'archived',
      summary: `${SUMMARY} Call Ana on 0712 345 678.`,
    });
    const restored = await as(app, mod).post(`/api/moderation/entries/${e.id}/restore`);
    expect(restored.status).toBe(200);
    expect(((await restored.json()) as StaffEntry).flags).toEqual([
      { field: 'summary', kind: 'phone', match: '0712 345 678' },
    ]);
    expect((await as(app, mod).post(`/api/moderation/entries/${e.id}/publish`)).status).toBe(422);
    expect(await publicSlugs()).not.toContain(e.slug);
  });

  it('publish checks the text as it is now, even when no flags were stored', async () => {
    const e = insertInitiative(db, {
      status: 'rejected',
      summary: `${SUMMARY} Write to amina@example.org.`,
    });
    const res = await as(app, mod).post(`/api/moderation/entries/${e.id}/publish`);
    expect(res.status).toBe(422);
    expect(await publicSlugs()).not.toContain(e.slug);
  });

  it('an edit that brings new flagged text into a published entry needs the confirmation', async () => {
    const e = insertInitiative(db);
    const patch = (body: object) => as(app, mod).patch(`/api/moderation/entries/${e.id}`, body);
    const summary = `${SUMMARY} Call Ana on 0712 345 678.`;
    const refused = await patch({ version: 1, summary });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/0712 345 678/);
    expect(
      JSON.stringify(await (await app.request(`/api/initiatives/${e.slug}`)).json()),
    ).not.toMatch(/0712/);
    const ok = await patch({ version: 1, summary, confirmFlags: true });
    expect(ok.status).toBe(200);
    expect(auditFor(e.id).at(-1)?.detail).toMatchObject({ confirmedFlags: true });
    // Flags already confirmed do not ask again for an unrelated change.
    expect((await patch({ version: 2, year: 2021 })).status).toBe(200);
  });

  it('a decision on a stale version gets 409', async () => {
    const p = pending();
    await as(app, mod).patch(`/api/moderation/entries/${p.id}`, {
      version: 1,
      title: 'Edited title',
    });
    const res = await as(app, admin).post(`/api/moderation/entries/${p.id}/publish`, {
      version: 1,
    });
    expect(res.status).toBe(409);
  });

  it('bulk publish, reject and archive apply to each entry that can take it', async () => {
    const a = pending();
    const b = pending();
    const c = insertInitiative(db, { status: 'archived' });
    const res = await as(app, mod).post('/api/moderation/entries/bulk', {
      decision: 'publish',
      ids: [a.id, b.id, c.id],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { done: number[]; skipped: { id: number }[] };
    expect(body.done).toEqual([a.id, b.id]);
    expect(body.skipped.map((s) => s.id)).toEqual([c.id]);
    expect(await publicSlugs()).toEqual(expect.arrayContaining([a.slug, b.slug]));

    const d = pending();
    const rejected = await as(app, mod).post('/api/moderation/entries/bulk', {
      decision: 'reject',
      ids: [d.id],
    });
    expect(rejected.status).toBe(400);
    expect(
      (
        await as(app, mod).post('/api/moderation/entries/bulk', {
          decision: 'reject',
          ids: [d.id],
          reason: 'Duplicate entry',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await as(app, mod).post('/api/moderation/entries/bulk', {
          decision: 'archive',
          ids: [a.id, b.id],
        })
      ).status,
    ).toBe(200);
    expect(await publicSlugs()).not.toContain(a.slug);
    expect(auditFor(d.id).map((x) => x.action)).toEqual(['reject']);
  });
});

describe('audit trail', () => {
  it('is readable per entry and overall, and nobody can change it', async () => {
    const p = pending();
    await as(app, mod).post(`/api/moderation/entries/${p.id}/publish`);
    const perEntry = (await (
      await as(app, mod).get(`/api/moderation/audit?entry=${p.id}`)
    ).json()) as {
      items: { action: string; entryTitle: string }[];
    };
    expect(perEntry.items.map((i) => i.action)).toEqual(['publish']);
    expect(perEntry.items[0]?.entryTitle).toBeTruthy();
    const all = (await (await as(app, mod).get('/api/moderation/audit')).json()) as {
      items: { action: string }[];
      total: number;
    };
    expect(all.items.map((i) => i.action)).toEqual([
      'publish',
      'login',
      'login',
      'staff-create',
      'staff-create',
    ]);
    expect(() => db.$client.prepare('UPDATE audit_log SET action = ?').run('x')).toThrow(
      /append-only/,
    );
    expect(() => db.$client.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect((await as(app, mod).get('/api/moderation/entries/1')).status).not.toBe(500);
  });
});
