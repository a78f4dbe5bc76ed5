import { eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { auditLog, initiatives } from '../../db/schema.ts';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testAppWithStaff } from '../../tests/helpers/test-app.ts';
import { as, type App, type Session } from '../auth/auth.test-helpers.ts';
import type { ImportReport } from '../../contract/moderation.ts';
import type { StaffEntry } from '../../contract/moderation.ts';

let db: Db, app: App, mod: Session, admin: Session;

beforeEach(async () => {
  ({ db, app, mod, admin } = await testAppWithStaff());
});

const SUMMARY =
  'Young reporters in a coastal town run a weekly radio show about staying safe online, interview local leaders about cyberbullying and train younger pupils to report abuse on social media platforms.';

const record = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  title: `Radio club ${slug}`,
  country: 'GH',
  locality: 'Cape Coast',
  lat: 5.1,
  lon: -1.25,
  themes: ['online-safety'],
  actions: ['awareness'],
  year: 2022,
  organization: 'Young Reporters',
  summary: SUMMARY,
  source_url: `https://example.org/${slug}`,
  source_title: 'Young Reporters annual report',
  ...extra,
});
const jsonl = (...rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n');

const importAs = (s: Session, body: string, qs: string, type = 'application/jsonl') =>
  as(app, s).post(`/api/moderation/import${qs}`, body, { 'Content-Type': type });

describe('export', () => {
  it('exports every status in the catalogue format with a status column, without contact by default', async () => {
    insertInitiative(db, { slug: 'alpha-club', contactEmail: 'adult@school.example' });
    insertInitiative(db, { slug: 'beta-club', status: 'pending', origin: 'submission' });
    insertInitiative(db, { slug: 'gamma-club', status: 'rejected', rejectReason: 'secret reason' });
    const res = await as(app, mod).get('/api/moderation/export.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/text\/csv/);
    expect(res.headers.get('Content-Disposition')).toMatch(/attachment/);
    const text = await res.text();
    expect(text).not.toContain('adult@school.example');
    expect(text).not.toContain('contact_email');
    expect(text).not.toContain('secret reason');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.slug, r.status])).toEqual([
      ['alpha-club', 'published'],
      ['beta-club', 'pending'],
      ['gamma-club', 'rejected'],
    ]);
    expect(Object.keys(rows[0]!).slice(0, 13)).toEqual([
      'slug',
      'title',
      'country',
      'locality',
      'lat',
      'lon',
      'themes',
      'actions',
      'year',
      'organization',
      'summary',
      'source_url',
      'source_title',
    ]);

    const lines = (await (await as(app, mod).get('/api/moderation/export.jsonl')).text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      slug: 'alpha-club',
      themes: ['climate'],
      status: 'published',
    });
    expect(lines[0]).not.toHaveProperty('contact_email');
  });

  it('includes the private contact only for an admin who asks, and records it', async () => {
    insertInitiative(db, { slug: 'alpha-club', contactEmail: 'adult@school.example' });
    const res = await as(app, admin).get('/api/moderation/export.jsonl?includeContact=true');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('"contact_email":"adult@school.example"');
    const csv = await (
      await as(app, admin).get('/api/moderation/export.csv?includeContact=true')
    ).text();
    expect(csv).toContain('adult@school.example');
    expect(
      db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'export-contacts'))
        .all()
        .map((a) => a.detail),
    ).toEqual([{ format: 'jsonl' }, { format: 'csv' }]);
  });
});

describe('import', () => {
  it('a dry run reports each row and what would happen, and changes nothing', async () => {
    insertInitiative(db, { slug: 'existing-club', title: 'Old title' });
    insertInitiative(db, { slug: 'same-club', summary: SUMMARY });
    const same = (await (await as(app, admin).get('/api/moderation/export.jsonl')).text())
      .split('\n')
      .find((l) => l.includes('"same-club"')) as string;
    const body = jsonl(record('new-club'), record('existing-club')) + '\n' + same;
    const before = db.select().from(initiatives).all();
    const res = await importAs(admin, body, '?dryRun=true');
    expect(res.status).toBe(200);
    const report = (await res.json()) as ImportReport;
    expect(report).toMatchObject({ dryRun: true, applied: false, format: 'jsonl' });
    expect(report.rows.map((r) => [r.line, r.slug, r.action])).toEqual([
      [1, 'new-club', 'create'],
      [2, 'existing-club', 'update'],
      [3, 'same-club', 'unchanged'],
    ]);
    expect(report.rows[1]?.changes).toContain('title');
    expect(report.counts).toEqual({ total: 3, create: 1, update: 1, unchanged: 1, invalid: 0 });
    expect(db.select().from(initiatives).all()).toEqual(before);
  });

  it('applies in one go: creates as pending (or published) with origin import, updates by slug', async () => {
    const old = insertInitiative(db, { slug: 'existing-club', title: 'Old title' });
    const res = await importAs(admin, jsonl(record('new-club'), record('existing-club')), '');
    expect(res.status).toBe(200);
    expect(((await res.json()) as ImportReport).applied).toBe(true);
    const created = db.select().from(initiatives).where(eq(initiatives.slug, 'new-club')).get();
    expect(created).toMatchObject({ status: 'pending', origin: 'import' });
    const updated = db.select().from(initiatives).where(eq(initiatives.id, old.id)).get();
    expect(updated).toMatchObject({
      title: 'Radio club existing-club',
      version: 2,
      status: 'published',
    });
    const actions = db
      .select()
      .from(auditLog)
      .all()
      .map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['import-create', 'import-update', 'import']));

    const pub = await importAs(admin, jsonl(record('live-club')), '?status=published');
    expect(pub.status).toBe(200);
    expect((await app.request('/api/initiatives/live-club')).status).toBe(200);
  });

  it('one bad row: the dry run names it, and the real import changes nothing (422)', async () => {
    const body =
      jsonl(
        record('good-club'),
        record('bad-club', { themes: [], country: 'XX' }),
        record('short-club', { summary: 'Too short.' }),
      ) + '\nnot json';
    const dry = (await (await importAs(admin, body, '?dryRun=true')).json()) as ImportReport;
    expect(dry.rows.map((r) => [r.line, r.action])).toEqual([
      [1, 'create'],
      [2, 'invalid'],
      [3, 'invalid'],
      [4, 'invalid'],
    ]);
    expect(dry.rows[1]?.problems.join(' ')).toMatch(/themes/);
    expect(dry.rows[2]?.problems.join(' ')).toMatch(/summary/);
    expect(dry.rows[3]?.problems.join(' ')).toMatch(/JSON/);
    const countBefore = db.select().from(initiatives).all().length;
    const auditBefore = db.select().from(auditLog).all().length;
    const res = await importAs(admin, body, '');
    expect(res.status).toBe(422);
    expect(((await res.json()) as ImportReport).applied).toBe(false);
    expect(db.select().from(initiatives).all()).toHaveLength(countBefore);
    expect(db.select().from(auditLog).all()).toHaveLength(auditBefore);
  });

  it('refuses duplicate slugs in the file and a source already used by another entry', async () => {
    insertInitiative(db, { slug: 'owner-club', sourceUrl: 'https://example.org/taken' });
    const body = jsonl(
      record('dup-club'),
      record('dup-club', { source_url: 'https://example.org/other' }),
      record('thief-club', { source_url: 'https://example.org/taken' }),
    );
    const report = (await (await importAs(admin, body, '?dryRun=true')).json()) as ImportReport;
    expect(report.rows.map((r) => r.action)).toEqual(['create', 'invalid', 'invalid']);
    expect(report.rows[2]?.problems[0]).toMatch(/owner-club/);
  });

  it('reads CSV, including the staff export itself (round trip)', async () => {
    insertInitiative(db, { slug: 'alpha-club', title: '=Formula looking title', summary: SUMMARY });
    const exported = await (await as(app, admin).get('/api/moderation/export.csv')).text();
    const round = (await (
      await importAs(admin, exported, '?dryRun=true', 'text/csv')
    ).json()) as ImportReport;
    expect(round.rows.map((r) => [r.slug, r.action])).toEqual([['alpha-club', 'unchanged']]);

    const csv =
      'slug,title,country,locality,lat,lon,themes,actions,year,organization,summary,source_url,source_title\r\n' +
      `csv-club,CSV club,GH,,,,online-safety;bullying,awareness,,,"${SUMMARY}",https://example.org/csv,Report\r\n` +
      `bad-csv,CSV club,GH,,5,,online-safety,awareness,twenty,,"${SUMMARY}",https://example.org/csv2,Report\r\n`;
    const report = (await (
      await importAs(admin, csv, '?dryRun=true', 'text/csv')
    ).json()) as ImportReport;
    expect(report.format).toBe('csv');
    expect(report.rows.map((r) => [r.line, r.slug, r.action])).toEqual([
      [2, 'csv-club', 'create'],
      [3, 'bad-csv', 'invalid'],
    ]);
    expect(report.rows[1]?.problems.join(' ')).toMatch(/year|lat/);
  });

  it('carries the quote and who said it, out and back in, in CSV and JSON Lines', async () => {
    insertInitiative(db, {
      slug: 'quoted-club',
      summary: SUMMARY,
      quote: 'Queremos que nos escuchen.',
      quoteBy: 'a member, aged 15',
    });
    const csv = await (await as(app, admin).get('/api/moderation/export.csv')).text();
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({
      quote: 'Queremos que nos escuchen.',
      quote_by: 'a member, aged 15',
    });
    const round = (await (
      await importAs(admin, csv, '?dryRun=true', 'text/csv')
    ).json()) as ImportReport;
    expect(round.rows.map((r) => r.action)).toEqual(['unchanged']);

    const line = record('new-quoted', { quote: 'On veut être écoutés.', quote_by: 'the group' });
    const applied = await importAs(admin, jsonl(line), '?status=pending');
    expect(applied.status).toBe(200);
    const row = db.select().from(initiatives).where(eq(initiatives.slug, 'new-quoted')).get();
    expect([row?.quote, row?.quoteBy]).toEqual(['On veut être écoutés.', 'the group']);

    const lonely = record('lonely-quote', { quote: 'On veut être écoutés.' });
    const report = (await (
      await importAs(admin, jsonl(lonely), '?dryRun=true')
    ).json()) as ImportReport;
    expect(report.rows[0]?.problems.join(' ')).toMatch(/quote_by/);
  });

  it('answers 400 for an unreadable file or unknown columns', async () => {
    expect((await importAs(admin, '', '?dryRun=true')).status).toBe(400);
    expect((await importAs(admin, 'slug,colour\nx,red\n', '?dryRun=true', 'text/csv')).status).toBe(
      400,
    );
    expect((await importAs(admin, 'slug,title\n"x,1\n', '?dryRun=true', 'text/csv')).status).toBe(
      400,
    );
  });
});

describe('import: keys named like built-ins are ordinary unknown fields', () => {
  it.each(['__proto__', 'constructor', 'toString', 'valueOf'])(
    'a CSV column or JSON key "%s" is refused by name, never a 500',
    async (key) => {
      const csv = `slug,title,${key}\r\nsome-club,Some club,1\r\n`;
      const bad = await importAs(admin, csv, '?dryRun=true', 'text/csv');
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { detail: string }).detail).toContain(key);

      const line = JSON.stringify(record('proto-club')).replace(
        /}$/,
        `,"${key}":{"status":"published"}}`,
      );
      const res = await importAs(admin, line, '');
      expect(res.status).toBe(422);
      const report = (await res.json()) as ImportReport;
      expect(report.rows[0]?.action).toBe('invalid');
      expect(report.rows[0]?.problems.join(' ')).toContain(key);
      expect(db.select().from(initiatives).all()).toHaveLength(0);
    },
  );
});

describe('import runs the safeguarding flags and the confirmation rule, like every other write', () => {
  const PHONE = `${SUMMARY} Call Ana on +254 712 345 678 to join us.`;
  const entryBySlug = async (slug: string) => {
    const id = db.select().from(initiatives).where(eq(initiatives.slug, slug)).get()?.id;
    return (await (await as(app, admin).get(`/api/moderation/entries/${id}`)).json()) as StaffEntry;
  };

  it('an imported pending entry is flagged, and publishing it needs the confirmation', async () => {
    const res = await importAs(admin, jsonl(record('phone-club', { summary: PHONE })), '');
    expect(res.status).toBe(200);
    const e = await entryBySlug('phone-club');
    expect(e.flags).toEqual([{ field: 'summary', kind: 'phone', match: '+254 712 345 678' }]);
    const publish = await as(app, admin).post(`/api/moderation/entries/${e.id}/publish`);
    expect(publish.status).toBe(422);
    expect((await app.request('/api/initiatives/phone-club')).status).toBe(404);
  });

  it('a dry run shows the flags of each row', async () => {
    const report = (await (
      await importAs(
        admin,
        jsonl(record('clean-club'), record('phone-club', { summary: PHONE })),
        '?dryRun=true',
      )
    ).json()) as ImportReport;
    expect(report.rows.map((r) => r.flags ?? [])).toEqual([
      [],
      [{ field: 'summary', kind: 'phone', match: '+254 712 345 678' }],
    ]);
  });

  it('importing flagged text straight to published is refused (422) unless confirmed', async () => {
    const body = jsonl(record('clean-club'), record('phone-club', { summary: PHONE }));
    const refused = await importAs(admin, body, '?status=published');
    expect(refused.status).toBe(422);
    expect(refused.headers.get('Content-Type')).toMatch(/problem\+json/);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(
      /line 2.*phone-club.*phone/,
    );
    expect(db.select().from(initiatives).all()).toHaveLength(0);
    expect((await app.request('/api/initiatives/phone-club')).status).toBe(404);

    const confirmed = await importAs(admin, body, '?status=published&confirmFlags=true');
    expect(confirmed.status).toBe(200);
    expect((await app.request('/api/initiatives/phone-club')).status).toBe(200);
    const e = await entryBySlug('phone-club');
    expect(e.flags).toHaveLength(1);
    expect(e.history.find((h) => h.action === 'import-create')?.detail).toMatchObject({
      confirmedFlags: true,
    });
  });

  it('an update that brings new flagged text into a published entry needs the confirmation too', async () => {
    insertInitiative(db, { slug: 'live-club', summary: SUMMARY });
    const body = jsonl(record('live-club', { summary: PHONE }));
    expect((await importAs(admin, body, '')).status).toBe(422);
    expect(await (await app.request('/api/initiatives/live-club')).text()).not.toContain('712');
    expect((await importAs(admin, body, '?confirmFlags=true')).status).toBe(200);
    expect((await entryBySlug('live-club')).flags).toHaveLength(1);
  });
});
