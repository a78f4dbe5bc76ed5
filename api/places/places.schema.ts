import { z } from 'zod';

/** GET /api/places: towns of one country whose name starts with `q`. */
export const placesQuerySchema = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'country must be a two-letter ISO 3166-1 code, like KE')
    .transform((v) => v.toUpperCase())
    .describe('ISO 3166-1 alpha-2 code'),
  q: z
    .string()
    .max(100, 'q must be at most 100 characters')
    .optional()
    .describe('Start of the town’s name; accents and case do not matter'),
  limit: z
    .string()
    .regex(/^\d{1,2}$/, 'limit must be a whole number from 1 to 20')
    .optional()
    .transform((v) => Math.min(20, Math.max(1, Number(v ?? 10))))
    .describe('Most places to return, 1-20 (default 10)'),
});
export type PlacesQuery = z.output<typeof placesQuerySchema>;
