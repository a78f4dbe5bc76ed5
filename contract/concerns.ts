import { z } from 'zod';
import { CONCERN_NOTE_MAX, CONCERN_REASONS } from './vocabulary.ts';

// Control characters and bidirectional overrides are dropped; the note is shown as text only.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

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
        const s = (v ?? '').normalize('NFC').replace(UNSAFE, '').trim();
        return s === '' ? null : s;
      })
      .refine(
        (v) => v === null || [...v].length <= CONCERN_NOTE_MAX,
        `Use at most ${CONCERN_NOTE_MAX} characters`,
      ),
  })
  .strict();
export type ConcernBody = z.input<typeof concernBodySchema>;
