import { z } from 'zod';
import { ORIGINS, STATUSES } from '../../contract/vocabulary.ts';
import { FLAG_FILTERS, ENTRIES_MAX_LIMIT, IMPORT_STATUSES } from '../../contract/moderation.ts';

/** Query and path parameters of the staff moderation API, parsed from strings. */

const bool = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1'));

export const entriesQuerySchema = z.object({
  status: z.enum(STATUSES).optional(),
  q: z
    .string()
    .max(200)
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined)),
  theme: z
    .string()
    .regex(/^[a-z-]{2,40}$/, 'Use a theme code')
    .optional(),
  country: z
    .string()
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code'))
    .optional(),
  /** `true` (or `any`): safeguarding flags or open concern reports; or one of the two. */
  flagged: z
    .enum(['true', ...FLAG_FILTERS])
    .optional()
    .transform((v) => (v === 'true' ? 'any' : v)),
  origin: z.enum(ORIGINS).optional(),
  limit: z.coerce.number().int().min(1).max(ENTRIES_MAX_LIMIT).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type EntriesQuery = z.output<typeof entriesQuerySchema>;

export const idParamSchema = z.object({
  id: z
    .string()
    .regex(/^\d{1,9}$/, 'Use an entry id')
    .transform(Number),
});

export const auditQuerySchema = z.object({
  entry: z
    .string()
    .regex(/^\d{1,9}$/, 'Use an entry id')
    .transform(Number)
    .optional(),
  action: z
    .string()
    .regex(/^[a-z-]{2,40}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const exportQuerySchema = z.object({
  /** Admins only: include each entry's private contact email. Recorded in the audit trail. */
  includeContact: bool,
});

export const importQuerySchema = z.object({
  dryRun: bool.transform((v) => v ?? false),
  /** Status of entries the import creates. */
  status: z.enum(IMPORT_STATUSES).default('pending'),
  /** Overrides the Content-Type: csv or jsonl. */
  format: z.enum(['csv', 'jsonl']).optional(),
  /** Apply although rows bring safeguarding flags into public text (the admin checked them). */
  confirmFlags: bool.transform((v) => v ?? false),
});
