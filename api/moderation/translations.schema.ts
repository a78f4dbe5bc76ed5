import { z } from 'zod';
import { LANGUAGE_CODES } from '../i18n/language.schema.ts';

export const TRANSLATION_TITLE_MAX = 200;
export const TRANSLATION_SUMMARY_MAX = 2000;

export const translationParamSchema = z.object({
  id: z
    .string()
    .regex(/^\d{1,9}$/, 'Use an entry id')
    .transform(Number),
  lang: z.enum(LANGUAGE_CODES, {
    error: () => `Use one of: ${LANGUAGE_CODES.join(', ')}`,
  }),
});

/**
 * A translation of an entry's title and summary. Lengths are counted in characters, not
 * words: Chinese has no spaces to count words by.
 */
export const translationBodySchema = z
  .object({
    title: z.string().trim().min(2).max(TRANSLATION_TITLE_MAX),
    summary: z.string().trim().min(10).max(TRANSLATION_SUMMARY_MAX),
    /** The moderator checked the safeguarding flags this text raises and goes ahead. */
    confirmFlags: z.boolean().optional(),
  })
  .strict();
export type TranslationBody = z.output<typeof translationBodySchema>;
