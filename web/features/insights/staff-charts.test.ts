import { describe, expect, it } from 'vitest';
import type { StaffInsights } from '../../../contract/staff-insights.ts';
import { staffCharts } from './staff-insights-page.tsx';

const data: StaffInsights = {
  generatedAt: '2026-03-01T09:00:00.000Z',
  submissionsPerWeek: [
    { week: '2026-02-16', count: 3 },
    { week: '2026-02-23', count: 2 },
  ],
  queue: {
    pending: 3,
    oldestDays: 12.5,
    medianAgeDays: 3,
    byAge: [
      { bucket: 'day', count: 1 },
      { bucket: 'week', count: 1 },
      { bucket: 'month', count: 1 },
      { bucket: 'older', count: 0 },
    ],
  },
  decisions: { decided: 2, medianHoursToDecision: 18 },
  submissions: {
    byStatus: { pending: 3, published: 1, rejected: 3, archived: 0 },
    publishedShare: 0.25,
    rejectedShare: 0.75,
  },
  rejectReasons: [
    { reason: 'Not led by children', count: 2 },
    { reason: null, count: 1 },
  ],
  concerns: {
    reported: 2,
    resolved: 1,
    open: 1,
    medianHoursToResolve: 4,
    byReason: [{ reason: 'inaccurate', reported: 2, resolved: 1 }],
  },
  origins: [
    { origin: 'catalogue', total: 424, byStatus: {} },
    { origin: 'submission', total: 7, byStatus: {} },
    { origin: 'import', total: 0, byStatus: {} },
  ],
};

describe('staff dashboard charts', () => {
  const charts = new Map(staffCharts(data).map((c) => [c.id, c]));

  it('says what each chart shows, in one sentence from its figures', () => {
    expect(charts.get('submissions-per-week')?.takeaway).toBe(
      '5 submissions in the last 2 weeks; 2 this week.',
    );
    expect(charts.get('queue-age')?.takeaway).toBe(
      '3 entries wait for a decision; the oldest for 12.5 days, half for more than 3 days.',
    );
    expect(charts.get('outcomes')?.takeaway).toBe(
      '25% of the submissions decided were published and 75% rejected.',
    );
    expect(charts.get('reject-reasons')?.takeaway).toBe(
      'The reason given most often: “Not led by children” (2).',
    );
    expect(charts.get('concerns')?.takeaway).toBe(
      '2 concerns reported, 1 resolved; median 4 hours to resolve.',
    );
    expect(charts.get('origins')?.takeaway).toBe(
      '431 entries in all: 424 from the catalogue, 7 from the form, 0 imported.',
    );
  });

  it('labels a withheld reason as such, never with its text', () => {
    expect(charts.get('reject-reasons')?.rows.map((r) => r.label)).toEqual([
      'Not led by children',
      'Withheld: may contain personal details',
    ]);
  });
});
