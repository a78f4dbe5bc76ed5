import { z } from 'zod';

/**
 * The six UN languages, as in contract/languages.ts (schema files import zod and other
 * schema files only; language.test.ts checks the two lists agree).
 */
export const LANGUAGE_CODES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;

/**
 * The `lang` query parameter of every public endpoint that returns labels or text. An
 * unknown value is refused (400, naming `lang`) rather than silently answered in English:
 * a partner asking for `lang=pt` should learn that Portuguese is not offered.
 */
export const langQuerySchema = z
  .enum(LANGUAGE_CODES, {
    error: () => `Unknown lang. Use one of: ${LANGUAGE_CODES.join(', ')}`,
  })
  .optional()
  .describe(
    `Language of labels and text: one of ${LANGUAGE_CODES.join(', ')}. Without it, the ` +
      '`Accept-Language` header decides (English when it names none of these), and the ' +
      'response then varies on that header.',
  );
