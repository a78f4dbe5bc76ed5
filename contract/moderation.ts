import { z } from 'zod';
import { type Status } from './vocabulary.ts';
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
/** Columns of the staff export beyond the catalogue format; an import ignores them. */
export const EXPORT_EXTRA_COLUMNS = [
  'status',
  'origin',
  'link',
  'reference',
  'created_at',
  'updated_at',
  'published_at',
  'contact_email',
] as const;

export type ImportRowResult = {
  line: number;
  slug: string | null;
  action: 'create' | 'update' | 'unchanged' | 'invalid';
  problems: string[];
  /** For updates: the fields that would change. */
  changes?: string[];
  /** Safeguarding flags of the row's text, as staff see them on an entry. */
  flags?: { field: string; kind: string; match: string }[];
};
export type ImportReport = {
  dryRun: boolean;
  applied: boolean;
  format: 'csv' | 'jsonl';
  status: (typeof IMPORT_STATUSES)[number];
  rows: ImportRowResult[];
  counts: { total: number; create: number; update: number; unchanged: number; invalid: number };
};
