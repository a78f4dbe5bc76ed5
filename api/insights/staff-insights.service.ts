import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog, concernReports, initiatives } from '../../db/schema.ts';
import { CONCERN_REASONS } from '../../contract/vocabulary.ts';
import { ORIGINS, STATUSES } from '../../contract/vocabulary.ts';
import { detect } from '../../contract/safeguarding.ts';
import { STAFF_INSIGHTS_WEEKS, type StaffInsights } from '../../contract/staff-insights.ts';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** Monday 00:00 UTC of the week holding `t`. */
export function weekStart(t: number): number {
  const d = new Date(t);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day);
}

/** Reasons as staff typed them, grouped case- and space-insensitively; personal details withheld. */
function groupReasons(reasons: readonly (string | null)[]): StaffInsights['rejectReasons'] {
  const groups = new Map<string, { reason: string | null; count: number }>();
  for (const raw of reasons) {
    const text = (raw ?? '').trim().replace(/\s+/g, ' ');
    const withheld = !text || detect(text).length > 0;
    const key = withheld ? '' : text.toLowerCase();
    const g = groups.get(key) ?? { reason: withheld ? null : text.slice(0, 200), count: 0 };
    g.count++;
    groups.set(key, g);
  }
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || (a.reason ?? '~').localeCompare(b.reason ?? '~', 'en'),
  );
}

/** The staff dashboard's figures at `now`. */
export function staffInsights(db: Db, now: Date): StaffInsights {
  const t = now.getTime();

  // Submissions per week, the last STAFF_INSIGHTS_WEEKS weeks including this one.
  const thisWeek = weekStart(t);
  const firstWeek = thisWeek - (STAFF_INSIGHTS_WEEKS - 1) * 7 * DAY;
  const created = db
    .select({ createdAt: initiatives.createdAt })
    .from(initiatives)
    .where(
      and(
        eq(initiatives.origin, 'submission'),
        sql`${initiatives.createdAt} >= ${new Date(firstWeek).toISOString()}`,
      ),
    )
    .all();
  const perWeek = new Map<number, number>();
  for (let w = 0; w < STAFF_INSIGHTS_WEEKS; w++) perWeek.set(firstWeek + w * 7 * DAY, 0);
  for (const r of created) {
    const w = weekStart(Date.parse(r.createdAt));
    if (perWeek.has(w)) perWeek.set(w, (perWeek.get(w) as number) + 1);
  }

  // The queue: what waits for a decision now, and for how long.
  const pendingAges = db
    .select({ createdAt: initiatives.createdAt })
    .from(initiatives)
    .where(eq(initiatives.status, 'pending'))
    .all()
    .map((r) => Math.max(0, t - Date.parse(r.createdAt)) / DAY);
  const bucketOf = (days: number) =>
    days < 1 ? 'day' : days < 7 ? 'week' : days < 30 ? 'month' : 'older';
  const byAge = (['day', 'week', 'month', 'older'] as const).map((bucket) => ({
    bucket,
    count: pendingAges.filter((d) => bucketOf(d) === bucket).length,
  }));

  // Time from arrival to the first publish or reject decision.
  const firstDecisions = db
    .select({
      createdAt: initiatives.createdAt,
      decidedAt: sql<string>`min(${auditLog.at})`,
    })
    .from(auditLog)
    .innerJoin(initiatives, eq(initiatives.id, auditLog.initiativeId))
    .where(inArray(auditLog.action, ['publish', 'reject']))
    .groupBy(auditLog.initiativeId)
    .all();
  const hoursToDecision = firstDecisions.map(
    (r) => Math.max(0, Date.parse(r.decidedAt) - Date.parse(r.createdAt)) / HOUR,
  );

  // What became of submissions from the form.
  const statusRows = db
    .select({
      origin: initiatives.origin,
      status: initiatives.status,
      n: sql<number>`count(*)`,
    })
    .from(initiatives)
    .groupBy(initiatives.origin, initiatives.status)
    .all();
  const origins = ORIGINS.map((origin) => {
    const byStatus: Record<string, number> = {};
    for (const s of STATUSES) byStatus[s] = 0;
    for (const r of statusRows) if (r.origin === origin) byStatus[r.status] = r.n;
    return { origin, total: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus };
  });
  const submitted = origins.find((o) => o.origin === 'submission')?.byStatus ?? {};
  const published = submitted.published ?? 0;
  const rejected = submitted.rejected ?? 0;
  const decided = published + rejected;

  const reasons = db
    .select({ reason: initiatives.rejectReason })
    .from(initiatives)
    .where(eq(initiatives.status, 'rejected'))
    .all()
    .map((r) => r.reason);

  // Concerns visitors reported, and how many staff have dealt with.
  const concerns = db
    .select({
      reason: concernReports.reason,
      createdAt: concernReports.createdAt,
      resolvedAt: concernReports.resolvedAt,
    })
    .from(concernReports)
    .all();
  const resolved = concerns.filter((c) => c.resolvedAt !== null);

  return {
    generatedAt: now.toISOString(),
    submissionsPerWeek: [...perWeek].map(([w, count]) => ({
      week: new Date(w).toISOString().slice(0, 10),
      count,
    })),
    queue: {
      pending: pendingAges.length,
      oldestDays: round1(pendingAges.length ? Math.max(...pendingAges) : null),
      medianAgeDays: round1(median(pendingAges)),
      byAge,
    },
    decisions: {
      decided: firstDecisions.length,
      medianHoursToDecision: round1(median(hoursToDecision)),
    },
    submissions: {
      byStatus: submitted,
      publishedShare: decided ? published / decided : null,
      rejectedShare: decided ? rejected / decided : null,
    },
    rejectReasons: groupReasons(reasons),
    concerns: {
      reported: concerns.length,
      resolved: resolved.length,
      open: concerns.length - resolved.length,
      medianHoursToResolve: round1(
        median(
          resolved.map(
            (c) => Math.max(0, Date.parse(c.resolvedAt as string) - Date.parse(c.createdAt)) / HOUR,
          ),
        ),
      ),
      byReason: CONCERN_REASONS.map((reason) => ({
        reason,
        reported: concerns.filter((c) => c.reason === reason).length,
        resolved: resolved.filter((c) => c.reason === reason).length,
      })).filter((r) => r.reported > 0),
    },
    origins,
  };
}
