import { z } from 'zod';
import type { CatalogueColumn } from './columns.ts';
import {
  ACTION_CODES,
  MAX_YEAR,
  MIN_YEAR,
  QUOTE_MAX_WORDS,
  RESERVED_SLUGS,
  THEME_CODES,
} from './vocabulary.ts';
import { wordCount } from './text.ts';
import { isWebAddress } from './web-address.ts';
import { POINT_FIELDS } from './point-fields.ts';

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

// The record's keys are exactly the catalogue's columns (contract/columns.ts): the compiler
// refuses this line if one list gains a key the other lacks.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _catalogueKeys: SameKeys<keyof z.input<typeof catalogueRecordSchema>, CatalogueColumn> = true;

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
export { POINT_FIELDS };
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
  z.string().describe('Language of the title as sent (BCP 47), as `language` of an initiative'),
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
