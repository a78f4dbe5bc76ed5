import { z } from 'zod';

/**
 * The staff dashboard's figures: counts, ages and shares only. Nothing here names a person
 * or an entry; rejection reasons are staff text, so any that looks like it holds personal
 * details (the safeguarding detector's e-mail, phone, address and name checks) is withheld.
 */
export const STAFF_INSIGHTS_WEEKS = 12;

const countsSchema = z.record(z.string(), z.number().int());

export const staffInsightsSchema = z.object({
  generatedAt: z.string(),
  submissionsPerWeek: z.array(
    z.object({
      week: z.string().describe('Monday of the week (UTC), YYYY-MM-DD'),
      count: z.number().int(),
    }),
  ),
  queue: z.object({
    pending: z.number().int(),
    oldestDays: z.number().nullable(),
    medianAgeDays: z.number().nullable(),
    byAge: z.array(
      z.object({ bucket: z.enum(['day', 'week', 'month', 'older']), count: z.number().int() }),
    ),
  }),
  decisions: z.object({
    decided: z.number().int().describe('Entries with at least one publish or reject decision'),
    medianHoursToDecision: z.number().nullable(),
  }),
  submissions: z.object({
    byStatus: countsSchema,
    publishedShare: z.number().nullable().describe('published / (published + rejected)'),
    rejectedShare: z.number().nullable(),
  }),
  rejectReasons: z.array(
    z.object({
      reason: z.string().nullable().describe('null when withheld'),
      count: z.number().int(),
    }),
  ),
  concerns: z.object({
    reported: z.number().int(),
    resolved: z.number().int(),
    open: z.number().int(),
    medianHoursToResolve: z.number().nullable(),
    byReason: z.array(
      z.object({ reason: z.string(), reported: z.number().int(), resolved: z.number().int() }),
    ),
  }),
  origins: z.array(
    z.object({ origin: z.string(), total: z.number().int(), byStatus: countsSchema }),
  ),
});
export type StaffInsights = z.infer<typeof staffInsightsSchema>;
