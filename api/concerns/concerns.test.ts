import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { concernReports } from '../../db/schema.ts';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { signedInStaff, testApp } from '../../tests/helpers/test-app.ts';
import { as, type App } from '../auth/auth.test-helpers.ts';
import type { StaffEntry } from '../../contract/moderation.ts';

let db: Db, app: App;

beforeEach(() => {
  ({ db, app } = testApp());
});

const report = (body: unknown) =>
  app.request('/api/concerns', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('Report a concern', () => {
  it('stores a report on a published entry, no account needed, and staff see it flagged', async () => {
    const e = insertInitiative(db);
    const res = await report({
      slug: e.slug,
      reason: 'personal-information',
      note: '  A child\u0000 is named here.  ',
    });
    expect(res.status).toBe(202);
    expect(db.select().from(concernReports).all()).toMatchObject([
      { initiativeId: e.id, reason: 'personal-information', note: 'A child is named here.' },
    ]);

    const mod = as(app, await signedInStaff({ db, app }, 'moderator', 'mod@example.org'));
    const flagged = (await (await mod.get('/api/moderation/entries?flagged=concern')).json()) as {
      items: { id: number; openConcerns: number }[];
    };
    expect(flagged.items).toEqual([expect.objectContaining({ id: e.id, openConcerns: 1 })]);
    const resolved = (await (
      await mod.post(`/api/moderation/entries/${e.id}/concerns/resolve`)
    ).json()) as StaffEntry;
    expect(resolved.concerns[0]?.resolvedAt).toBeTruthy();
    expect(resolved.history.map((h) => h.action)).toContain('resolve-concerns');
    const after = (await (await mod.get('/api/moderation/entries?flagged=concern')).json()) as {
      items: unknown[];
    };
    expect(after.items).toEqual([]);
  });

  it('normalises the note like every other text, invisible characters out, line breaks kept', async () => {
    const e = insertInitiative(db);
    const res = await report({
      slug: e.slug,
      reason: 'other',
      note: 'Look\u200B at the\u00AD second\u2060 line:\r\n  the phone\tnumber ',
    });
    expect(res.status).toBe(202);
    expect(db.select().from(concernReports).all()).toMatchObject([
      { note: 'Look at the second line:\nthe phone number' },
    ]);
  });

  it('answers 404 for unpublished or unknown entries, revealing nothing', async () => {
    const p = insertInitiative(db, { status: 'pending' });
    expect((await report({ slug: p.slug, reason: 'other' })).status).toBe(404);
    expect((await report({ slug: 'no-such-entry', reason: 'other' })).status).toBe(404);
  });

  it('validates the reason and the note length', async () => {
    const e = insertInitiative(db);
    const bad = await report({ slug: e.slug, reason: 'because' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: object }).errors).toHaveProperty('reason');
    const long = await report({ slug: e.slug, reason: 'other', note: 'x'.repeat(1001) });
    expect(((await long.json()) as { errors: object }).errors).toHaveProperty('note');
    expect((await report({ slug: e.slug, reason: 'other', extra: 1 })).status).toBe(400);
  });

  it('is rate-limited per client with 429 and Retry-After', async () => {
    const e = insertInitiative(db);
    for (let i = 0; i < 5; i++) {
      expect((await report({ slug: e.slug, reason: 'inaccurate' })).status).toBe(202);
    }
    const limited = await report({ slug: e.slug, reason: 'inaccurate' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
  });
});
