import { z } from 'zod';
import { isWebAddress } from '../lib/web-address.schema.ts';

/**
 * The one shape of a submission from the "Let's tell the world" form. The API validates the
 * request body with `submissionSchema`; the web form validates each field as the child types
 * with the same field schemas (`submissionFields`), so both always agree. Zod only: this file
 * is shared with the web app.
 */

// The controlled vocabularies are repeated here as literals (schema files import zod only);
// submissions.test.ts checks they equal THEMES and ACTIONS in initiatives.schema.ts.
export const SUBMISSION_THEMES = [
  'mental-health',
  'bullying',
  'online-safety',
  'misinformation',
  'sexual-violence',
  'trafficking',
  'children-on-the-move',
  'climate',
  'sustainable-development',
  'peacebuilding',
  'gender',
  'home-school-violence',
  'justice',
] as const;
export const SUBMISSION_ACTIONS = [
  'awareness',
  'peer-support',
  'advocacy',
  'decision-making',
  'innovation',
] as const;

/** Age range of the children taking part (never a child's own age). */
export const AGE_RANGES = ['under-10', '10-14', '15-17', '18-24', 'mixed'] as const;
/** Size of the group, as a range. */
export const GROUP_SIZES = ['1-5', '6-20', '21-100', 'over-100'] as const;
/** Who leads: the children themselves, or children supported by adults. */
export const CHILD_LED = ['child-led', 'adult-supported'] as const;

export const LIMITS = {
  title: { min: 3, max: 100 },
  summary: { min: 30, max: 800 },
  locality: { min: 2, max: 100 },
  organization: { min: 2, max: 120 },
  /** The children's own words: at most `QUOTE_MAX_WORDS` words, and this many characters. */
  quote: { min: 2, max: 300 },
  quoteBy: { min: 2, max: 60 },
  link: { max: 500 },
  contactEmail: { max: 254 },
  themes: { min: 1, max: 3 },
  actions: { min: 1, max: 2 },
  year: { min: 1980, max: 2100 },
} as const;

/** A quote in the children's own words is short: at most this many words. */
export const QUOTE_MAX_WORDS = 40;

/** Scripts written without spaces between words. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
let segmenter: Intl.Segmenter | undefined;

/**
 * Words as people count them: runs of text between spaces, and in a language written without
 * spaces (Chinese, Japanese, Thai) the words the Unicode word breaker finds in it, so a
 * Chinese sentence is not one "word" that any length passes. The same count on the form and
 * the server (Intl.Segmenter is in Node 20 and every current browser).
 */
export function wordCount(text: string): number {
  let n = 0;
  for (const run of text.trim().split(/\s+/u)) {
    if (!run) continue;
    if (!UNSPACED.test(run)) {
      n++;
      continue;
    }
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    for (const s of segmenter.segment(run)) if (s.isWordLike) n++;
  }
  return n;
}

/** Milliseconds a person needs at least between opening the form and sending it. */
export const MIN_FILL_MS = 5_000;

/**
 * A start time outside this window (by the server's clock) is not a person's: a bot that sends
 * none, 0, a replayed old value or one far ahead is thanked and nothing is stored. The form
 * sends its start time on the server's clock and never one older than a day, so a child whose
 * device clock is wrong is not caught; a day ahead covers any time-zone mistake.
 */
export const START_WINDOW = { maxAgeMs: 30 * 24 * 60 * 60 * 1000, maxAheadMs: 24 * 60 * 60 * 1000 };

/** Largest request body the API reads, in bytes (the longest valid body is under 8 KB). */
export const MAX_BODY_BYTES = 32 * 1024;

/** The longest raw string read before normalising, so a huge field costs nothing. */
const RAW_MAX = 4_000;

// Control characters (C0, C1), bidirectional embeddings, overrides and isolates (which can
// disguise text: "Trojan Source"), byte-order marks and other invisible characters.
// Zero-width joiner and non-joiner stay: emoji sequences and Persian/Indic scripts need them.
const CONTROL = /\p{Cc}/gu;
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\uFEFF\u200B\u2060\u00AD]/gu;

/**
 * Unicode NFC, unsafe invisible characters removed, every run of white space (tabs, new
 * lines, no-break spaces...) collapsed to one space, trimmed. The result is plain text: it is
 * always rendered as text, never as HTML.
 */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\s/gu, ' ') // tabs and new lines are control characters too: keep them as spaces
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Length as people count it: one per character (code point), so an emoji counts as one. */
export function textLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function lengthIssue(
  ctx: z.RefinementCtx,
  value: string,
  min: number | undefined,
  max: number,
  name: string,
) {
  const n = textLength(value);
  if (min !== undefined && n < min) {
    ctx.addIssue({
      code: 'too_small',
      origin: 'string',
      minimum: min,
      inclusive: true,
      input: value,
      message: `${name} must be at least ${min} characters`,
    });
  } else if (n > max) {
    ctx.addIssue({
      code: 'too_big',
      origin: 'string',
      maximum: max,
      inclusive: true,
      input: value,
      message: `${name} must be at most ${max} characters`,
    });
  }
}

const requiredText = (name: string, min: number, max: number) =>
  z
    .string({
      error: (i) => (i.input === undefined ? `${name} is required` : `${name} must be text`),
    })
    .max(RAW_MAX, `${name} must be at most ${max} characters`)
    .transform(normaliseText)
    .superRefine((v, ctx) => lengthIssue(ctx, v, min, max, name))
    .describe(`${min}-${max} characters after normalising (NFC, no control characters)`);

/** Absent, null or blank all mean "not given" and become null. */
const optionalText = (name: string, min: number, max: number) =>
  z
    .string({ error: `${name} must be text` })
    .max(RAW_MAX, `${name} must be at most ${max} characters`)
    .nullish()
    .transform((v) => {
      const s = v == null ? '' : normaliseText(v);
      return s === '' ? null : s;
    })
    .superRefine((v, ctx) => {
      if (v !== null) lengthIssue(ctx, v, min, max, name);
    })
    .describe(`Optional; ${min}-${max} characters`);

/** "is required" when absent, else the given message for a value of the wrong type. */
const required = (name: string, wrongType: string) => (i: { input?: unknown }) =>
  i.input === undefined ? `${name} is required` : wrongType;

const distinct = <T>(a: readonly T[]) => new Set(a).size === a.length;

export const submissionFields = {
  title: requiredText('title', LIMITS.title.min, LIMITS.title.max),
  summary: requiredText('summary', LIMITS.summary.min, LIMITS.summary.max),
  country: z
    .string({
      error: (i) => (i.input === undefined ? 'country is required' : 'country must be text'),
    })
    .regex(/^[A-Z]{2}$/, 'country must be a two-letter ISO 3166-1 code in upper case, like KE')
    .describe('ISO 3166-1 alpha-2 code, like KE (see /api/meta)'),
  locality: optionalText('locality', LIMITS.locality.min, LIMITS.locality.max).describe(
    'Optional town or city; best picked from /api/places. Never a street or a home.',
  ),
  lat: z
    .number({ error: 'lat must be a number' })
    .min(-90)
    .max(90)
    .nullish()
    .transform((v) => v ?? null)
    .describe('Optional: the chosen town’s latitude. The server stores only a town’s point.'),
  lon: z
    .number({ error: 'lon must be a number' })
    .min(-180)
    .max(180)
    .nullish()
    .transform((v) => v ?? null)
    .describe('Optional: the chosen town’s longitude.'),
  themes: z
    .array(z.enum(SUBMISSION_THEMES), {
      error: required('themes', 'themes must be a list of theme codes'),
    })
    .min(LIMITS.themes.min, 'Choose at least one theme')
    .max(LIMITS.themes.max, `Choose at most ${LIMITS.themes.max} themes`)
    .refine(distinct, 'Each theme only once')
    .describe('1-3 theme codes (see /api/meta)'),
  actions: z
    .array(z.enum(SUBMISSION_ACTIONS), {
      error: required('actions', 'actions must be a list of action codes'),
    })
    .min(LIMITS.actions.min, 'Choose at least one action')
    .max(LIMITS.actions.max, `Choose at most ${LIMITS.actions.max} actions`)
    .refine(distinct, 'Each action only once')
    .describe('1-2 action codes (see /api/meta)'),
  year: z
    .number({ error: 'year must be a number' })
    .int('year must be a whole number')
    .min(LIMITS.year.min, `year must be ${LIMITS.year.min} or later`)
    .max(LIMITS.year.max, `year must be ${LIMITS.year.max} or earlier`)
    .nullish()
    .transform((v) => v ?? null)
    .describe('Optional: the year it started'),
  organization: optionalText(
    'organization',
    LIMITS.organization.min,
    LIMITS.organization.max,
  ).describe('Optional: the name of the group, club or organisation (never a person’s name)'),
  quote: optionalText('quote', LIMITS.quote.min, LIMITS.quote.max)
    .refine(
      (v) => v === null || wordCount(v) <= QUOTE_MAX_WORDS,
      `quote must be at most ${QUOTE_MAX_WORDS} words`,
    )
    .describe(
      `Optional: the group's own words about what they do, at most ${QUOTE_MAX_WORDS} words (shown with the entry, attributed to the group)`,
    ),
  link: z
    .string({ error: 'link must be text' })
    .max(LIMITS.link.max, `link must be at most ${LIMITS.link.max} characters`)
    .nullish()
    .transform((v) => {
      const s = v == null ? '' : normaliseText(v);
      return s === '' ? null : s;
    })
    .refine(
      (v) => v === null || isWebAddress(v),
      'link must be a web address starting with http:// or https://, without a user name or password',
    )
    .describe('Optional: the group’s public web page or social media page'),
  ageRange: z
    .enum(AGE_RANGES, {
      error: required('ageRange', `ageRange must be one of: ${AGE_RANGES.join(', ')}`),
    })
    .describe('Age range of the children taking part'),
  groupSize: z
    .enum(GROUP_SIZES, {
      error: required('groupSize', `groupSize must be one of: ${GROUP_SIZES.join(', ')}`),
    })
    .describe('How many take part, as a range'),
  childLed: z
    .enum(CHILD_LED, {
      error: required('childLed', `childLed must be one of: ${CHILD_LED.join(', ')}`),
    })
    .describe('child-led, or adult-supported'),
  contactEmail: z
    .string({ error: 'contactEmail must be text' })
    .max(
      LIMITS.contactEmail.max,
      `contactEmail must be at most ${LIMITS.contactEmail.max} characters`,
    )
    .nullish()
    .transform((v) => (v == null ? '' : normaliseText(v).toLowerCase()))
    .pipe(z.union([z.literal(''), z.email('contactEmail must be an email address')]))
    .transform((v) => (v === '' ? null : v))
    .describe(
      'Optional: an adult supporter’s or organisation’s email. Kept private, used only by staff.',
    ),
  consent: z
    .literal(true, {
      error: required(
        'consent',
        'consent must be true: permission from the group and a trusted adult',
      ),
    })
    .describe('Must be true: the group and a trusted adult agree to share this'),
  language: z
    .string()
    .max(35)
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language must be a language tag, like en or fr')
    .nullish()
    .transform((v) => v ?? null)
    .describe('Optional: the language the form was filled in (BCP 47), like en'),
  website: z
    .string()
    .max(RAW_MAX)
    .nullish()
    .describe('Anti-spam: must be left empty. People never see this field.'),
  startedAt: z
    .number({ error: 'startedAt must be a number' })
    .int()
    .min(0)
    .nullish()
    .transform((v) => v ?? null)
    .describe(
      'Anti-spam: when the form was opened, in milliseconds since 1970 (Date.now() on the server’s clock)',
    ),
};

/**
 * Who said a quote, as staff write it: "the group" or "a member, aged 14", never a name
 * (safeguarding flags a name). Not part of a submission: the group's own words are the group's.
 */
export const quoteBySchema = optionalText(
  'quoteBy',
  LIMITS.quoteBy.min,
  LIMITS.quoteBy.max,
).describe('Optional: who said the quote, like "a member, aged 14"; empty means the group itself');

export const submissionSchema = z.strictObject(submissionFields).superRefine((s, ctx) => {
  if ((s.lat === null) !== (s.lon === null)) {
    ctx.addIssue({ code: 'custom', path: ['lat'], message: 'Give both lat and lon, or neither' });
  }
  if (s.lat !== null && s.locality === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['locality'],
      message: 'A point needs the town it belongs to',
    });
  }
});
export type SubmissionInput = z.input<typeof submissionSchema>;
export type Submission = z.output<typeof submissionSchema>;
export type SubmissionField = keyof typeof submissionFields;
export type AgeRange = (typeof AGE_RANGES)[number];
export type GroupSize = (typeof GROUP_SIZES)[number];
export type ChildLed = (typeof CHILD_LED)[number];

/** Short codes like "K7P-4QX": no 0/O, 1/I/L or U, so they are easy to read and copy. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const referenceSchema = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .pipe(
    z
      .string()
      .regex(
        new RegExp(`^[${REFERENCE_ALPHABET}]{3}-?[${REFERENCE_ALPHABET}]{3}$`),
        'A reference looks like K7P-4QX',
      ),
  )
  .transform((v) => (v.includes('-') ? v : `${v.slice(0, 3)}-${v.slice(3)}`));

export const createdSchema = z.object({
  reference: z.string().describe('Short code to check the status later, like K7P-4QX'),
  statusUrl: z.string().describe('Where the submitter can check the status'),
});
export type Created = z.infer<typeof createdSchema>;

export const SUBMISSION_STATUSES = ['pending', 'published', 'not-published'] as const;
export const statusSchema = z.object({
  reference: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  slug: z.string().optional().describe('Only when published'),
  url: z.string().optional().describe('The public page, only when published'),
});
export type SubmissionStatus = z.infer<typeof statusSchema>;
