import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/client.ts';
import {
  auditLog,
  auditRedactionGrants,
  concernReports,
  initiativeContacts,
  initiatives,
} from '../../db/schema.ts';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testAppWithStaff } from '../../tests/helpers/test-app.ts';
import { as, type App, type Session } from '../auth/auth.test-helpers.ts';
import { EnvError, loadEnv } from '../env.ts';
import { recordAudit } from './audit.service.ts';
import { purgeExpiredContacts, startContactRetention } from './contact-retention.ts';
import type { StaffEntry } from '../../contract/moderation.ts';

let db: Db, app: App, mod: Session, admin: Session;

beforeEach(async () => {
  ({ db, app, mod, admin } = await testAppWithStaff());
});

const SUMMARY =
  'Our club of young people meets every week to plant trees along the river and to talk with the town council about safer paths to school.';
const PERSONAL = `${SUMMARY} Call Amina Otieno on +254 712 345 678 or write to amina@example.org.`;
const DAY = 24 * 60 * 60 * 1000;

/** Everything the database holds about the entry's history, as stored. */
const rawHistory = (id: number) =>
  JSON.stringify(
    db.$client.prepare('SELECT detail FROM audit_log WHERE initiative_id = ?').all(id),
  );

function submission(extra: Parameters<typeof insertInitiative>[1] = {}) {
  return insertInitiative(db, {
    status: 'pending',
    origin: 'submission',
    sourceUrl: null,
    sourceTitle: null,
    summary: PERSONAL,
    contactEmail: 'teacher@school.example',
    ...extra,
  });
}

describe('the audit trail never stores the personal data the flags match', () => {
  it('an edit that takes a phone number, a name and an e-mail out keeps placeholders', async () => {
    const p = submission();
    const res = await as(app, mod).patch(`/api/moderation/entries/${p.id}`, {
      version: 1,
      summary: SUMMARY,
    });
    expect(res.status).toBe(200);
    const history = ((await res.json()) as StaffEntry).history;
    expect(history[0]?.detail).toMatchObject({
      before: {
        summary: `${SUMMARY} Call [name removed] on [phone number removed] or write to [e-mail address removed].`,
      },
      after: { summary: SUMMARY },
    });
    const raw = rawHistory(p.id);
    expect(raw).not.toMatch(/712|Amina|amina@/);
  });

  it('an import update does the same', async () => {
    insertInitiative(db, { slug: 'river-club', summary: PERSONAL, status: 'pending' });
    const line = JSON.stringify({
      slug: 'river-club',
      title: 'River club',
      country: 'KE',
      themes: ['climate'],
      actions: ['awareness'],
      summary: SUMMARY,
      source_url: 'https://example.org/river-club',
      source_title: 'Report',
    });
    const res = await as(app, admin).post('/api/moderation/import', line, {
      'Content-Type': 'application/jsonl',
    });
    expect(res.status).toBe(200);
    const id = db.select().from(initiatives).where(eq(initiatives.slug, 'river-club')).get()?.id;
    expect(rawHistory(id as number)).toContain('[phone number removed]');
    expect(rawHistory(id as number)).not.toMatch(/712|Amina/);
  });
});

describe('the trail stays append-only, with one narrow door for erasing', () => {
  it('an update needs a grant, changes only the detail, and uses the grant up', () => {
    recordAudit(db, new Date(), {
      actor: { id: null, email: 'x@example.org' },
      action: 'note',
      detail: { a: 1 },
    });
    const id = db.select().from(auditLog).all().at(-1)?.id as number;
    const update = (sql: string) => () => db.$client.prepare(sql).run(id);
    expect(update(`UPDATE audit_log SET detail = '{"a":2}' WHERE id = ?`)).toThrow(/append-only/);
    db.insert(auditRedactionGrants).values({ auditId: id }).run();
    expect(update(`UPDATE audit_log SET action = 'other' WHERE id = ?`)).toThrow(/append-only/);
    expect(update(`UPDATE audit_log SET actor_email = 'y' WHERE id = ?`)).toThrow(/append-only/);
    expect(update(`UPDATE audit_log SET detail = '{"a":2}' WHERE id = ?`)).not.toThrow();
    expect(db.select().from(auditRedactionGrants).all()).toEqual([]);
    expect(update(`UPDATE audit_log SET detail = '{"a":3}' WHERE id = ?`)).toThrow(/append-only/);
    expect(update('DELETE FROM audit_log WHERE id = ?')).toThrow(/append-only/);
  });
});

describe('an admin erases an entry’s personal data', () => {
  const erase = (s: Session, id: number, body: object = {}) =>
    as(app, s).post(`/api/moderation/entries/${id}/erase-personal-data`, body);

  it('is for admins only', async () => {
    const p = submission();
    expect((await erase(mod, p.id)).status).toBe(403);
    expect(
      (await app.request(`/api/moderation/entries/${p.id}/erase-personal-data`, { method: 'POST' }))
        .status,
    ).toBe(401);
    expect((await erase(admin, 999999)).status).toBe(404);
    expect(db.select().from(initiativeContacts).all()).toHaveLength(1);
  });

  it('removes the contact e-mail and flagged text from the entry and all its history, and logs it without personal data', async () => {
    const p = submission();
    // A record written before the trail redacted anything (as older databases hold).
    db.insert(auditLog)
      .values({
        at: new Date().toISOString(),
        actorEmail: 'mod@example.org',
        action: 'edit',
        initiativeId: p.id,
        detail: {
          version: 2,
          before: { title: 'Club of Wanjiru Kamau, 0722 111 222' },
          after: { title: 'Club' },
        },
      })
      .run();
    db.insert(concernReports)
      .values({ initiativeId: p.id, reason: 'personal-data', note: 'It shows +254 712 345 678' })
      .run();
    const res = await erase(admin, p.id, { also: ['Wanjiru Kamau'] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      erased: { contactErased: boolean; historyRecords: number; fields: string[] };
      entry: StaffEntry;
    };
    expect(body.erased).toMatchObject({
      contactErased: true,
      historyRecords: 1,
      fields: ['summary'],
    });
    expect(body.entry.contactEmail).toBeNull();
    expect(body.entry.summary).toBe(
      `${SUMMARY} Call [name removed] on [phone number removed] or write to [e-mail address removed].`,
    );
    expect(body.entry.flags.filter((f) => f.kind !== 'name')).toEqual([]);
    expect(body.entry.concerns[0]?.note).toBe('It shows [phone number removed]');

    const everything = JSON.stringify(db.$client.prepare('SELECT * FROM audit_log').all());
    expect(everything).not.toMatch(/712|0722|Wanjiru|amina@|teacher@school/);
    const record = body.entry.history[0];
    expect(record).toMatchObject({
      action: 'erase-personal-data',
      actorEmail: 'admin@example.org',
    });
    expect(record?.detail).toMatchObject({
      contactErased: true,
      historyRecords: 1,
      namedPhrases: 1,
    });
    expect(db.select().from(auditRedactionGrants).all()).toEqual([]);
  });

  it('refuses unknown fields and a stale version', async () => {
    const p = submission();
    expect((await erase(admin, p.id, { everything: true })).status).toBe(400);
    expect((await erase(admin, p.id, { version: 7 })).status).toBe(409);
    expect(db.select().from(initiativeContacts).all()).toHaveLength(1);
  });
});

describe('contact e-mails are kept only CONTACT_RETENTION_DAYS after the decision', () => {
  afterEach(() => vi.useRealTimers());

  it('is a validated setting, 90 days unless set', () => {
    expect(loadEnv({}).CONTACT_RETENTION_DAYS).toBe(90);
    expect(loadEnv({ CONTACT_RETENTION_DAYS: '30' }).CONTACT_RETENTION_DAYS).toBe(30);
    for (const bad of ['0', '-3', '2.5', 'ninety', '100000']) {
      expect(() => loadEnv({ CONTACT_RETENTION_DAYS: bad })).toThrow(EnvError);
      expect(() => loadEnv({ CONTACT_RETENTION_DAYS: bad })).toThrow(/CONTACT_RETENTION_DAYS=/);
    }
  });

  const T = Date.parse('2026-03-01T09:00:00Z');
  /** Staff decided on the entry at `at` (status and audit record, as a decision leaves them). */
  function decided(id: number, action: 'publish' | 'reject' | 'archive', at: number) {
    const status = { publish: 'published', reject: 'rejected', archive: 'archived' } as const;
    db.update(initiatives).set({ status: status[action] }).where(eq(initiatives.id, id)).run();
    recordAudit(db, new Date(at), {
      actor: { id: null, email: 'mod@example.org' },
      action,
      initiativeId: id,
      detail: {},
    });
  }
  const contacts = () =>
    db
      .select()
      .from(initiativeContacts)
      .all()
      .map((c) => c.initiativeId)
      .sort((a, b) => a - b);

  it('purges contacts of entries decided longer ago, keeps those in review or decided recently', async () => {
    const published = submission();
    const rejected = submission();
    const recent = submission();
    const waiting = submission();
    const unpublished = submission();
    // Decided through the API (now = T), so the real decisions' records count.
    expect(
      (
        await as(app, mod).post(`/api/moderation/entries/${published.id}/publish`, {
          confirmFlags: true,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await as(app, mod).post(`/api/moderation/entries/${rejected.id}/reject`, {
          reason: 'Not a group of children',
        })
      ).status,
    ).toBe(200);
    decided(unpublished.id, 'publish', T);
    expect(
      (await as(app, mod).post(`/api/moderation/entries/${unpublished.id}/unpublish`)).status,
    ).toBe(200);
    decided(recent.id, 'archive', T + 20 * DAY);

    const later = new Date(T + 31 * DAY);
    expect(purgeExpiredContacts(db, later, 30)).toBe(2);
    expect(contacts()).toEqual([recent.id, waiting.id, unpublished.id].sort((a, b) => a - b));
    const record = db.select().from(auditLog).all().at(-1);
    expect(record).toMatchObject({
      action: 'purge-contacts',
      detail: { contacts: 2, retentionDays: 30 },
    });
    expect(JSON.stringify(record)).not.toMatch(/teacher@/);
    expect(purgeExpiredContacts(db, later, 30)).toBe(0);
  });

  it('the server purges at start and then periodically', () => {
    const old = submission();
    const newer = submission();
    decided(old.id, 'reject', T);
    decided(newer.id, 'archive', T + 5 * DAY);
    // 10 days after the first decision, 5 after the second; retention 7 days.
    let now = new Date(T + 10 * DAY);
    vi.useFakeTimers();
    const retention = startContactRetention({ db, days: 7, now: () => now, everyMs: 60_000 });
    try {
      expect(contacts()).toEqual([newer.id]); // at start
      now = new Date(T + 13 * DAY);
      vi.advanceTimersByTime(60_000);
      expect(contacts()).toEqual([]); // on the next round
    } finally {
      retention.stop();
    }
  });
});
