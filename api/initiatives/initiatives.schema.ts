import { z } from 'zod';
import { isWebAddress } from '../lib/web-address.schema.ts';
import { langQuerySchema } from '../i18n/language.schema.ts';

/** Controlled vocabulary: what an initiative addresses. Order is display order. */
export const THEMES = [
  { code: 'mental-health', label: 'Mental health and well-being' },
  { code: 'bullying', label: 'Bullying and peer violence' },
  { code: 'online-safety', label: 'Violence online and digital safety' },
  { code: 'misinformation', label: 'Misinformation' },
  { code: 'sexual-violence', label: 'Sexual violence and exploitation' },
  { code: 'trafficking', label: 'Trafficking, child labour and exploitation' },
  { code: 'children-on-the-move', label: 'Children on the move (migrant, refugee, displaced)' },
  { code: 'climate', label: 'Climate change and environment' },
  { code: 'sustainable-development', label: 'Poverty and sustainable development' },
  { code: 'peacebuilding', label: 'Peacebuilding, gangs and crime prevention' },
  { code: 'gender', label: 'Gender-based violence, child marriage and other harmful practices' },
  { code: 'home-school-violence', label: 'Violence at home and in school, corporal punishment' },
  { code: 'justice', label: "Justice for children and children's rights" },
] as const;

/** Controlled vocabulary: how children influence change. */
export const ACTIONS = [
  { code: 'awareness', label: 'Communicating and raising awareness' },
  { code: 'peer-support', label: 'Supporting and mobilizing peers' },
  { code: 'advocacy', label: 'Advocacy and child-led research' },
  { code: 'decision-making', label: 'Working with decision makers' },
  { code: 'innovation', label: 'Innovation' },
] as const;

export const THEME_CODES = THEMES.map((t) => t.code) as [
  (typeof THEMES)[number]['code'],
  ...(typeof THEMES)[number]['code'][],
];
export const ACTION_CODES = ACTIONS.map((a) => a.code) as [
  (typeof ACTIONS)[number]['code'],
  ...(typeof ACTIONS)[number]['code'][],
];
export type ThemeCode = (typeof THEME_CODES)[number];
export type ActionCode = (typeof ACTION_CODES)[number];

export const STATUSES = ['pending', 'published', 'rejected', 'archived'] as const;
export type Status = (typeof STATUSES)[number];
export const ORIGINS = ['catalogue', 'submission', 'import'] as const;
export type Origin = (typeof ORIGINS)[number];

/**
 * A quote in the children's own words is short. The same limit is repeated in
 * submissions.schema.ts (schema files import zod only); submissions.test.ts checks they agree.
 */
export const QUOTE_MAX_WORDS = 40;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/**
 * Paths under /api/initiatives/ that the API itself answers: an initiative with one of these
 * as its slug could never be opened. Submissions are given another; edits and imports refuse.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['facets', 'points']);

export const slugSchema = z
  .string()
  .min(3)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens')
  .refine((s) => !RESERVED_SLUGS.has(s), 'This address is used by the site itself; choose another');

export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166-1 country code in upper case, like KE');

const httpUrlSchema = z
  .string()
  .max(2000)
  .refine(
    isWebAddress,
    'Use a web address starting with http:// or https://, without a user name or password',
  );

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/**
 * One record of the starter catalogue (format: docs/data-note.md, "Format"). The seed, the
 * staff import and the export all use this shape, with the catalogue's snake_case keys.
 */
export const catalogueRecordSchema = z
  .object({
    slug: slugSchema,
    title: z.string().trim().min(3).max(200),
    country: countryCodeSchema,
    locality: z.string().trim().min(1).max(120).nullable().default(null),
    lat: z.number().min(-90).max(90).nullable().default(null),
    lon: z.number().min(-180).max(180).nullable().default(null),
    themes: z
      .array(z.enum(THEME_CODES))
      .min(1)
      .max(3)
      .refine((a) => new Set(a).size === a.length, 'Each theme only once'),
    actions: z
      .array(z.enum(ACTION_CODES))
      .min(1)
      .max(2)
      .refine((a) => new Set(a).size === a.length, 'Each action only once'),
    year: z.number().int().min(MIN_YEAR).max(MAX_YEAR).nullable().default(null),
    organization: z.string().trim().min(1).max(200).nullable().default(null),
    summary: z
      .string()
      .trim()
      .refine((s) => {
        const n = wordCount(s);
        return n >= 25 && n <= 90;
      }, 'The summary must be 25 to 90 words'),
    source_url: httpUrlSchema,
    source_title: z.string().trim().min(1).max(300),
    /** The children's own words, verbatim from the source, in its language. */
    quote: z
      .string()
      .trim()
      .min(2)
      .max(300)
      .refine(
        (s) => wordCount(s) <= QUOTE_MAX_WORDS,
        `The quote must be at most ${QUOTE_MAX_WORDS} words`,
      )
      .nullable()
      .default(null),
    /** Who said it: "the group" or "a member, aged 14", never a child's name. */
    quote_by: z.string().trim().min(2).max(60).nullable().default(null),
  })
  .strict()
  .refine((r) => (r.lat === null) === (r.lon === null), {
    message: 'Give both lat and lon, or neither',
    path: ['lat'],
  })
  .refine((r) => (r.quote === null) === (r.quote_by === null), {
    message: 'Give a quote together with who said it (quote_by), or neither',
    path: ['quote_by'],
  });
export type CatalogueRecord = z.infer<typeof catalogueRecordSchema>;

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

// ---------------------------------------------------------------------------
// Public response shapes.

export const initiativeSchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  country: z.string().describe('ISO 3166-1 alpha-2'),
  countryName: z.string(),
  region: z.string().describe('UN M49 region code'),
  regionName: z.string(),
  subregion: z.string().describe('UN M49 sub-region (or intermediate region) code'),
  subregionName: z.string(),
  locality: z.string().nullable(),
  lat: z.number().describe('Latitude of the locality, or the country point'),
  lon: z.number().describe('Longitude of the locality, or the country point'),
  approximate: z.boolean().describe('True when placed at the country point'),
  themes: z.array(z.enum(THEME_CODES)),
  actions: z.array(z.enum(ACTION_CODES)),
  year: z
    .number()
    .int()
    .nullable()
    .describe('Year the initiative started (not when a source was published); null if unknown'),
  organization: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  sourceTitle: z.string().nullable(),
  link: z.string().nullable().describe("The group's own public link, if any"),
  quote: z
    .string()
    .nullable()
    .describe(
      `The children's own words, verbatim, in the original language (at most ${QUOTE_MAX_WORDS} words)`,
    ),
  quoteBy: z
    .string()
    .nullable()
    .describe('Who said the quote, like "a member, aged 14"; null means the group itself'),
  language: z
    .string()
    .describe(
      'Language of `title` and `summary` as sent (BCP 47): the language asked for when a ' +
        'translation exists, otherwise `originalLanguage`',
    ),
  originalLanguage: z
    .string()
    .describe('Language the entry was written in (BCP 47); `und` when not one we can name'),
  publishedAt: z.string().nullable(),
});
export type Initiative = z.infer<typeof initiativeSchema>;

export const initiativeListSchema = z.object({
  items: z.array(initiativeSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type InitiativeList = z.infer<typeof initiativeListSchema>;

const countsSchema = z.record(z.string(), z.number().int());
export const facetsSchema = z.object({
  total: z.number().int(),
  countries: z.number().int().describe('Number of distinct countries among the matches'),
  theme: countsSchema,
  action: countsSchema,
  region: countsSchema,
  subregion: countsSchema,
  country: countsSchema,
  year: z.object({ min: z.number().int().nullable(), max: z.number().int().nullable() }),
  matches: z
    .object({
      theme: countsSchema,
      action: countsSchema,
      region: countsSchema,
      subregion: countsSchema,
      country: countsSchema,
      startYear: countsSchema.describe('Initiatives by the year they began'),
      unknownYear: z.number().int().describe('Initiatives whose start year is not known'),
      childLed: countsSchema.describe(
        'Who leads it, where the group said so on the form (`child-led`, `adult-supported`)',
      ),
      themePairs: z
        .array(z.object({ themes: z.tuple([z.string(), z.string()]), count: z.number().int() }))
        .describe('Pairs of themes given together on one initiative, and how often'),
    })
    .optional()
    .describe(
      'With `breakdown=matches`: counts among the initiatives that match every filter, ' +
        'each filter included (the counts above leave out their own filter)',
    ),
});
export type Facets = z.infer<typeof facetsSchema>;
export type FacetsBreakdown = NonNullable<Facets['matches']>;

/**
 * The map's compact form of the matching initiatives: one array per initiative, its values in
 * the order of `fields`. Half the bytes of the GeoJSON and quicker to parse, for the page
 * that loads every entry at once; the GeoJSON stays the open-data format. The slug is an
 * entry's only public identity: database ids would tell, by their gaps, how many are hidden.
 */
export const POINT_FIELDS = [
  'slug',
  'title',
  'country',
  'locality',
  'themes',
  'actions',
  'year',
  'approximate',
  'lon',
  'lat',
] as const;
export const pointRowSchema = z.tuple([
  z.string(),
  z.string(),
  z.string(),
  z.string().nullable(),
  z.array(z.string()),
  z.array(z.string()),
  z.number().int().nullable(),
  z.boolean(),
  z.number(),
  z.number(),
]);
export const pointsSchema = z.object({
  fields: z.array(z.enum(POINT_FIELDS)),
  rows: z.array(pointRowSchema),
});
export type Points = z.infer<typeof pointsSchema>;

export const metaSchema = z.object({
  themes: z.array(z.object({ code: z.string(), label: z.string() })),
  actions: z.array(z.object({ code: z.string(), label: z.string() })),
  regions: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      subregions: z.array(z.object({ code: z.string(), name: z.string() })),
    }),
  ),
  countries: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      region: z.string(),
      subregion: z.string(),
      lat: z.number(),
      lon: z.number(),
    }),
  ),
  years: z.object({ min: z.number().int().nullable(), max: z.number().int().nullable() }),
});
export type Meta = z.infer<typeof metaSchema>;

export const slugParamSchema = z.object({ slug: slugSchema });
export const langOnlyQuerySchema = z.object({ lang: langQuerySchema });
