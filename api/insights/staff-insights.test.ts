import { describe, expect, it } from 'vitest';
import { auditLog, concernReports, initiatives } from '../../db/schema.ts';
import { as } from '../auth/auth.test-helpers.ts';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testAppWithStaff } from '../../tests/helpers/test-app.ts';
import type { StaffInsights } from '../../contract/staff-insights.ts';
import { median, weekStart } from './staff-insights.service.ts';

// The test clock stands at 2026-03-01T09:00:00Z (a Sunday).
const at = (iso: string) => `${iso}.000Z`;

describe('GET /api/moderation/insights', () => {
  it('answers 401 to a visitor', async () => {
    const { app } = await testAppWithStaff();
    const res = await app.request('/api/moderation/insights');
    expect(res.status).toBe(401);
    expect(res.headers.get('Content-Type')).toContain('application/problem+json');
  });

  it('gives staff the workload figures, without personal data', async () => {
    const { app, db, mod } = await testAppWithStaff();
    const submission = (createdAt: string, extra: Parameters<typeof insertInitiative>[1] = {}) =>
      insertInitiative(db, {
        origin: 'submission',
        status: 'pending',
        createdAt: at(createdAt),
        contactEmail: 'teacher@school.example',
        title: 'Amina Otieno peace club',
        ...extra,
      });
    submission('2026-02-28T09:00:00'); // 1 day old
    submission('2026-02-26T09:00:00'); // 3 days
    submission('2026-01-01T09:00:00'); // 59 days
    submission('2025-11-20T09:00:00', { status: 'archived' }); // before the 12 weeks shown
    const published = submission('2026-02-23T09:00:00', { status: 'published' });
    const rejected = submission('2026-02-16T10:00:00', {
      status: 'rejected',
      rejectReason: 'Not led by children',
    });
    submission('2026-02-17T10:00:00', {
      status: 'rejected',
      rejectReason: '  not led by   CHILDREN ',
    });
    submission('2026-02-18T10:00:00', {
      status: 'rejected',
      rejectReason: 'Call the teacher on 0712 345 678 first',
    });
    insertInitiative(db, { origin: 'catalogue' });
    insertInitiative(db, {
      origin: 'import',
      status: 'pending',
      createdAt: at('2026-03-01T08:00:00'),
    });
    db.insert(auditLog)
      .values([
        { action: 'publish', initiativeId: published.id, at: at('2026-02-23T21:00:00') },
        { action: 'reject', initiativeId: rejected.id, at: at('2026-02-17T10:00:00') },
        { action: 'edit', initiativeId: rejected.id, at: at('2026-02-16T11:00:00') },
      ])
      .run();
    db.insert(concernReports)
      .values([
        { initiativeId: published.id, reason: 'inaccurate', createdAt: at('2026-02-24T09:00:00') },
        {
          initiativeId: published.id,
          reason: 'personal-information',
          note: 'my phone is 0712 345 678',
          createdAt: at('2026-02-24T09:00:00'),
          resolvedAt: at('2026-02-24T13:00:00'),
        },
      ])
      .run();

    const res = await as(app, mod).get('/api/moderation/insights');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const text = await res.text();
    for (const secret of ['teacher@school.example', 'Amina', '0712', 'mod@example.org'])
      expect(text).not.toContain(secret);
    const body = JSON.parse(text) as StaffInsights;

    expect(body.submissionsPerWeek).toHaveLength(12);
    expect(body.submissionsPerWeek.at(-1)).toEqual({ week: '2026-02-23', count: 3 });
    expect(body.submissionsPerWeek.at(-2)).toEqual({ week: '2026-02-16', count: 3 });
    expect(body.submissionsPerWeek.reduce((n, w) => n + w.count, 0)).toBe(7);

    expect(body.queue.pending).toBe(4);
    expect(body.queue.oldestDays).toBe(59);
    expect(body.queue.byAge).toEqual([
      { bucket: 'day', count: 1 },
      { bucket: 'week', count: 2 },
      { bucket: 'month', count: 0 },
      { bucket: 'older', count: 1 },
    ]);
    // 12 h (publish) and 24 h (reject): the first decision, not later edits
    expect(body.decisions).toEqual({ decided: 2, medianHoursToDecision: 18 });
    expect(body.submissions.byStatus).toEqual({
      pending: 3,
      published: 1,
      rejected: 3,
      archived: 1,
    });
    expect(body.submissions.publishedShare).toBe(0.25);
    expect(body.submissions.rejectedShare).toBe(0.75);
    expect(body.rejectReasons).toEqual([
      { reason: 'Not led by children', count: 2 },
      { reason: null, count: 1 },
    ]);
    expect(body.concerns).toEqual({
      reported: 2,
      resolved: 1,
      open: 1,
      medianHoursToResolve: 4,
      byReason: [
        { reason: 'personal-information', reported: 1, resolved: 1 },
        { reason: 'inaccurate', reported: 1, resolved: 0 },
      ],
    });
    expect(body.origins.map((o) => [o.origin, o.total])).toEqual([
      ['catalogue', 1],
      ['submission', 8],
      ['import', 1],
    ]);
    expect(db.select().from(initiatives).all()).toHaveLength(10);
  });
});

describe('helpers', () => {
  it('median of odd and even lists, null when empty', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
  it('weeks start on Monday, UTC', () => {
    expect(new Date(weekStart(Date.parse('2026-03-01T09:00:00Z'))).toISOString()).toBe(
      '2026-02-23T00:00:00.000Z',
    );
    expect(new Date(weekStart(Date.parse('2026-02-23T00:00:00Z'))).toISOString()).toBe(
      '2026-02-23T00:00:00.000Z',
    );
  });
});
