import { z } from 'zod';
import {
  ACTION_CODES,
  MAX_YEAR,
  MIN_YEAR,
  THEME_CODES,
  type ActionCode,
  type ThemeCode,
} from '../../contract/vocabulary.ts';
import { slugSchema } from '../../contract/initiatives.ts';
import { langQuerySchema } from '../i18n/language.schema.ts';

// ---------------------------------------------------------------------------
// Public read API: query filters shared by list, facets, GeoJSON and CSV.

export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

function csvList<T extends string>(
  name: string,
  check: (value: string) => boolean,
  hint: string,
  normalise: (v: string) => string = (v) => v,
) {
  return z
    .string()
    .max(2000, `${name} is too long`)
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === '') return undefined;
      const values = [
        ...new Set(
          raw
            .split(',')
            .map((v) => normalise(v.trim()))
            .filter(Boolean),
        ),
      ];
      const bad = values.filter((v) => !check(v));
      if (bad.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `Unknown ${name} ${bad.map((b) => `"${b}"`).join(', ')}. ${hint}`,
        });
        return z.NEVER;
      }
      return values as T[];
    });
}

const themeSet = new Set<string>(THEME_CODES);
const actionSet = new Set<string>(ACTION_CODES);
const slugLike = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const yearParam = (name: string) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === '') return undefined;
      if (!/^\d{4}$/.test(raw)) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a four-digit year, like 2019` });
        return z.NEVER;
      }
      const n = Number(raw);
      if (n < MIN_YEAR || n > MAX_YEAR) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} must be between ${MIN_YEAR} and ${MAX_YEAR}`,
        });
        return z.NEVER;
      }
      return n;
    });

const intParam = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === '') return fallback;
      if (!/^\d{1,9}$/.test(raw)) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a whole number` });
        return z.NEVER;
      }
      const n = Number(raw);
      if (n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${name} must be between ${min} and ${max}` });
        return z.NEVER;
      }
      return n;
    });

/** Filters as they arrive in the query string (all strings), parsed to typed values. */
const filterShape = {
  theme: csvList<ThemeCode>(
    'theme',
    (v) => themeSet.has(v),
    `Use one of: ${THEME_CODES.join(', ')}`,
  ).describe('Theme codes, comma-separated (OR)'),
  action: csvList<ActionCode>(
    'action',
    (v) => actionSet.has(v),
    `Use one of: ${ACTION_CODES.join(', ')}`,
  ).describe('Action codes, comma-separated (OR)'),
  region: csvList<string>(
    'region',
    (v) => slugLike.test(v),
    'See /api/meta for region codes',
    (v) => v.toLowerCase(),
  ).describe('UN M49 region codes from /api/meta, comma-separated (OR)'),
  subregion: csvList<string>(
    'subregion',
    (v) => slugLike.test(v),
    'See /api/meta for sub-region codes',
    (v) => v.toLowerCase(),
  ).describe('UN M49 sub-region codes from /api/meta, comma-separated (OR)'),
  country: csvList<string>(
    'country',
    (v) => /^[A-Z]{2}$/.test(v),
    'Use two-letter ISO 3166-1 codes, like KE',
    (v) => v.toUpperCase(),
  ).describe('ISO 3166-1 alpha-2 codes, comma-separated (OR)'),
  yearFrom: yearParam('yearFrom').describe(
    'Earliest start year (inclusive); initiatives with no known start year are left out',
  ),
  yearTo: yearParam('yearTo').describe(
    'Latest start year (inclusive); initiatives with no known start year are left out',
  ),
  q: z
    .string()
    .max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`)
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()))
    .describe(
      'Free text over title, summary, organisation, place and country, in every language: ' +
        'translations and the country names in the six UN languages are searched too',
    ),
  lang: langQuerySchema,
};

const yearOrder: [
  (f: { yearFrom?: number; yearTo?: number }) => boolean,
  { message: string; path: string[] },
] = [
  (f) => f.yearFrom === undefined || f.yearTo === undefined || f.yearFrom <= f.yearTo,
  { message: 'yearFrom must not be after yearTo', path: ['yearFrom'] },
];

export const filterQuerySchema = z.object(filterShape).refine(...yearOrder);
export type Filters = z.output<typeof filterQuerySchema>;

export const facetsQuerySchema = z
  .object({
    ...filterShape,
    breakdown: z
      .enum(['matches'])
      .optional()
      .describe('`matches`: add counts among the matching initiatives (for charts and reports)'),
  })
  .refine(...yearOrder);
export type FacetsQuery = z.output<typeof facetsQuerySchema>;

/**
 * The map picture's filters: those of the facets, without `lang` (the picture has no words)
 * or `breakdown`; like any other unknown parameter, they are ignored.
 */
export const mapPictureQuerySchema = z
  .object(filterShape)
  .omit({ lang: true })
  .refine(...yearOrder);
export type MapPictureQuery = z.output<typeof mapPictureQuerySchema>;

export const listQuerySchema = z
  .object({
    ...filterShape,
    limit: intParam('limit', 1, MAX_LIMIT, DEFAULT_LIMIT).describe(
      `Page size, 1-${MAX_LIMIT} (default ${DEFAULT_LIMIT})`,
    ),
    offset: intParam('offset', 0, 1_000_000_000, 0).describe('Number of items to skip'),
  })
  .refine(...yearOrder);
export type ListQuery = z.output<typeof listQuerySchema>;

export const slugParamSchema = z.object({ slug: slugSchema });
export const langOnlyQuerySchema = z.object({ lang: langQuerySchema });
