import { z } from 'zod';
import { normaliseText } from './text.ts';
import { CONCERN_NOTE_MAX, CONCERN_REASONS } from './vocabulary.ts';

export const concernBodySchema = z
  .object({
    slug: z
      .string()
      .max(120)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Unknown initiative'),
    reason: z.enum(CONCERN_REASONS, { error: 'Choose a reason' }),
    note: z
      .string()
      .max(CONCERN_NOTE_MAX * 2)
      .nullish()
      .transform((v) => {
        // The same normalising as every other field, keeping the note's line breaks.
        const s = normaliseText(v ?? '', { lines: true });
        return s === '' ? null : s;
      })
      .refine(
        (v) => v === null || [...v].length <= CONCERN_NOTE_MAX,
        `Use at most ${CONCERN_NOTE_MAX} characters`,
      ),
  })
  .strict();
export type ConcernBody = z.input<typeof concernBodySchema>;
