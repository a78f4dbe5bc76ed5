import { z } from 'zod';
import { FLAG_KINDS } from './safeguarding.ts';
import { ORIGINS, STATUSES, type Status } from './vocabulary.ts';
import { isWebAddress } from './web-address.ts';

/**
 * Request and response shapes of the staff moderation API, shared with the workspace. The
 * editable public fields reuse the submission form's field schemas (see
 * api/moderation/entry-edit.ts), plus the two catalogue-only fields below.
 */

export const DECISIONS = ['publish', 'reject', 'archive', 'unpublish', 'restore'] as const;
export type Decision = (typeof DECISIONS)[number];
export const BULK_DECISIONS = ['publish', 'reject', 'archive'] as const;

/** Which statuses each decision starts from, and where it leads. */
export const TRANSITIONS: Record<Decision, { from: readonly Status[]; to: Status }> = {
  publish: { from: ['pending', 'rejected'], to: 'published' },
  reject: { from: ['pending'], to: 'rejected' },
  archive: { from: ['pending', 'published', 'rejected'], to: 'archived' },
  unpublish: { from: ['published'], to: 'pending' },
  restore: { from: ['archived', 'rejected'], to: 'pending' },
};

export const FLAG_FILTERS = ['any', 'safeguarding', 'concern'] as const;

export const ENTRIES_MAX_LIMIT = 200;

export const REJECT_REASON_MAX = 1000;
export const rejectReasonSchema = z
  .string()
  .trim()
  .min(3, 'Give a short reason (for staff only)')
  .max(REJECT_REASON_MAX, `Use at most ${REJECT_REASON_MAX} characters`);

export const decisionBodySchema = z
  .object({
    /** The version the decision was made on; a stale one gets 409. */
    version: z.number().int().min(1).optional(),
    reason: z.string().max(REJECT_REASON_MAX).optional(),
    /** Publish although safeguarding flags remain (the moderator checked them). */
    confirmFlags: z.boolean().optional(),
  })
  .strict();
export type DecisionBody = z.infer<typeof decisionBodySchema>;

export const bulkBodySchema = z
  .object({
    decision: z.enum(BULK_DECISIONS),
    ids: z
      .array(z.number().int().min(1))
      .min(1, 'Select at least one entry')
      .max(ENTRIES_MAX_LIMIT),
    reason: z.string().max(REJECT_REASON_MAX).optional(),
    confirmFlags: z.boolean().optional(),
  })
  .strict();
export type BulkBody = z.infer<typeof bulkBodySchema>;

/** Catalogue-only public fields (entries from the catalogue or an import have a source). */
export const sourceUrlSchema = z
  .string()
  .trim()
  .max(2000, 'Use at most 2000 characters')
  .refine(
    isWebAddress,
    'Use a web address starting with http:// or https://, without a user name or password',
  )
  .nullable();
export const sourceTitleSchema = z
  .string()
  .trim()
  .min(1, 'Give the title of the source')
  .max(300, 'Use at most 300 characters')
  .nullable();

/** Admins erase an entry's personal data; `also` names what the detector missed. */
export const eraseBodySchema = z
  .object({
    version: z.number().int().min(1).optional(),
    also: z
      .array(z.string().trim().min(2, 'Give at least 2 characters').max(200))
      .max(20, 'Name at most 20 pieces of text')
      .default([]),
  })
  .strict();
export type EraseBody = z.infer<typeof eraseBodySchema>;

export const IMPORT_STATUSES = ['pending', 'published'] as const;

// ---------------------------------------------------------------------------
// Responses of the staff API. The services return these types; the workspace reads them.

/** One suspicious piece of text (contract/safeguarding.ts): where, what it looks like, the text. */
export const flagSchema = z.object({
  field: z.string(),
  kind: z.enum(FLAG_KINDS),
  match: z.string(),
});

export const queueItemSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  title: z.string(),
  status: z.enum(STATUSES),
  origin: z.enum(ORIGINS),
  country: z.string(),
  countryName: z.string(),
  locality: z.string().nullable(),
  reference: z.string().nullable(),
  themes: z.array(z.string()),
  flagCount: z.number().int(),
  openConcerns: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const queuePageSchema = z.object({
  items: z.array(queueItemSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  /** Counts by status with every other filter applied, for the status tabs. */
  counts: z.record(z.enum(STATUSES), z.number().int()),
});
export type QueuePage = z.infer<typeof queuePageSchema>;

export const auditItemSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  initiativeId: z.number().int().nullable(),
  entryTitle: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditItem = z.infer<typeof auditItemSchema>;

export const auditPageSchema = z.object({
  items: z.array(auditItemSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export const staffEntrySchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  country: z.string(),
  countryName: z.string(),
  locality: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  year: z.number().int().nullable(),
  organization: z.string().nullable(),
  link: z.string().nullable(),
  quote: z.string().nullable(),
  quoteBy: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  sourceTitle: z.string().nullable(),
  themes: z.array(z.string()),
  actions: z.array(z.string()),
  status: z.enum(STATUSES),
  origin: z.enum(ORIGINS),
  version: z.number().int(),
  reference: z.string().nullable(),
  rejectReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  /** Private: only ever shown to staff. */
  contactEmail: z.string().nullable(),
  submission: z
    .object({
      ageRange: z.string().nullable(),
      groupSize: z.string().nullable(),
      childLed: z.string().nullable(),
      language: z.string().nullable(),
      consentAt: z.string().nullable(),
    })
    .nullable(),
  flags: z.array(flagSchema),
  concerns: z.array(
    z.object({
      id: z.number().int(),
      reason: z.string(),
      note: z.string().nullable(),
      createdAt: z.string(),
      resolvedAt: z.string().nullable(),
    }),
  ),
  history: z.array(auditItemSchema),
});
export type StaffEntry = z.infer<typeof staffEntrySchema>;

export const bulkResultSchema = z.object({
  decision: z.enum(BULK_DECISIONS),
  done: z.array(z.number().int()),
  skipped: z.array(z.object({ id: z.number().int(), title: z.string(), detail: z.string() })),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;

export const importRowResultSchema = z.object({
  line: z.number().int(),
  slug: z.string().nullable(),
  action: z.enum(['create', 'update', 'unchanged', 'invalid']),
  problems: z.array(z.string()),
  /** For updates: the fields that would change. */
  changes: z.array(z.string()).optional(),
  /** Safeguarding flags of the row's text, as staff see them on an entry. */
  flags: z.array(flagSchema).optional(),
});
export type ImportRowResult = z.infer<typeof importRowResultSchema>;

export const importReportSchema = z.object({
  dryRun: z.boolean(),
  applied: z.boolean(),
  format: z.enum(['csv', 'jsonl']),
  status: z.enum(IMPORT_STATUSES),
  rows: z.array(importRowResultSchema),
  counts: z.object({
    total: z.number().int(),
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    invalid: z.number().int(),
  }),
});
export type ImportReport = z.infer<typeof importReportSchema>;
