import { eq } from 'drizzle-orm';
import { randomInt } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { countries, initiativeContacts, initiatives, submissionDetails } from '../../db/schema.ts';
import { replaceTags } from '../../db/tags.ts';
import { RESERVED_SLUGS } from '../../contract/vocabulary.ts';
import { invalidFields, notFound } from '../lib/problem.ts';
import { tooManyRequests } from '../lib/rate-limit.ts';
import type { Gazetteer } from '../places/gazetteer.ts';
import { safeguardingFlags, type Flag } from '../../contract/safeguarding.ts';
import { isLanguage, OTHER_LANGUAGE } from '../../contract/languages.ts';
import type { DecoyReferences } from './decoys.ts';
import { rememberKey } from './idempotency.ts';
import { MIN_FILL_MS, START_WINDOW } from './submissions.schema.ts';
import {
  REFERENCE_ALPHABET,
  type Submission,
  type SubmissionStatus,
} from '../../contract/submissions.ts';

type Reader = Pick<Db, 'select'>;

export type SubmitContext = {
  now: Date;
  gazetteer: Gazetteer;
  decoys?: DecoyReferences;
  /** The form's `Idempotency-Key`, kept with the answer's reference (idempotency.ts). */
  idempotencyKey?: string;
};

function caughtAs(s: Submission, nowMs: number): SubmitResult['caught'] {
  if (s.website && s.website.trim() !== '') return 'honeypot';
  const started = s.startedAt;
  if (
    started === null ||
    started < nowMs - START_WINDOW.maxAgeMs ||
    started > nowMs + START_WINDOW.maxAheadMs
  ) {
    return 'start-time';
  }
  return undefined;
}

/**
 * What a submission became. `id` is the new pending initiative, for hooks such as the staff
 * notification; it is null when a bot was caught (`caught` says how) and nothing was stored.
 */
export type SubmitResult = {
  id: number | null;
  reference: string;
  flags: Flag[];
  caught?: 'honeypot' | 'start-time';
};

/** "K7P-4QX": 30^6 (about 730 million) codes, so guessing one is hopeless at 60 tries a minute. */
export function newReference(): string {
  let s = '';
  for (let i = 0; i < 6; i++) s += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${s.slice(0, 3)}-${s.slice(3)}`;
}

/** "Green Kids' Club!" -> "green-kids-club"; empty when the title has no Latin letters. */
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Lower-case letters and digits that are hard to misread (as in references), for slug endings. */
const SLUG_SUFFIX_ALPHABET = REFERENCE_ALPHABET.toLowerCase();

/**
 * "Green Kids Club" -> "green-kids-club-7kq2m": the title plus five random characters, always.
 * A slug that depended on other entries ("-2" when "green-kids-club" is taken) would tell,
 * once published, that an unpublished entry holds the plainer one. Staff may choose a plainer
 * slug before publishing. Never derived from the reference, which is the submitter's own.
 */
function uniqueSlug(db: Reader, title: string): string {
  let base = slugify(title);
  if (base.length < 3) base = 'initiative';
  for (;;) {
    let suffix = '';
    for (let i = 0; i < 5; i++)
      suffix += SLUG_SUFFIX_ALPHABET[randomInt(SLUG_SUFFIX_ALPHABET.length)];
    const slug = `${base}-${suffix}`;
    const taken =
      RESERVED_SLUGS.has(slug) ||
      db
        .select({ id: initiatives.id })
        .from(initiatives)
        .where(eq(initiatives.slug, slug))
        .get() !== undefined;
    if (!taken) return slug;
  }
}

function uniqueReference(db: Reader, decoys?: DecoyReferences): string {
  for (;;) {
    const reference = newReference();
    if (decoys?.has(reference)) continue;
    const row = db
      .select({ id: initiatives.id })
      .from(initiatives)
      .where(eq(initiatives.reference, reference))
      .get();
    if (!row) return reference;
  }
}

/**
 * Stores a submission as a pending initiative, apart from public data: the contact email in
 * initiative_contacts, the group details and safeguarding flags in submission_details.
 * The checks that need the server (the clock, the country list, the gazetteer) live here.
 */
export function createSubmission(db: Db, s: Submission, ctx: SubmitContext): SubmitResult {
  const nowMs = ctx.now.getTime();
  // Minimum time to fill. The form sends its start time on the server's clock; up to a day
  // ahead is a device clock set wrong, not a bot, and gives a negative elapsed time.
  const elapsed = s.startedAt === null ? -1 : nowMs - s.startedAt;
  if (elapsed >= 0 && elapsed < MIN_FILL_MS) {
    throw tooManyRequests(
      Math.max(1, Math.ceil((MIN_FILL_MS - elapsed) / 1000)),
      'That was very quick! Please check your answers and send again in a few seconds.',
    );
  }

  const errors: Record<string, string[]> = {};
  const country = db
    .select({ code: countries.code })
    .from(countries)
    .where(eq(countries.code, s.country))
    .get();
  if (!country) errors.country = [`Unknown country "${s.country}". See /api/meta for codes.`];
  if (s.year !== null && s.year > ctx.now.getUTCFullYear()) {
    errors.year = ['year must not be in the future'];
  }
  if (Object.keys(errors).length) throw invalidFields(errors);

  // A bot (the honeypot filled, or a start time no form sends) is refused what a person would
  // be refused, and otherwise told "thank you" with a reference that reads like a real one's;
  // nothing is stored, so it has no reason to try again differently (decisions 021 and 071).
  const caught = caughtAs(s, nowMs);
  if (caught) {
    const reference = uniqueReference(db, ctx.decoys);
    ctx.decoys?.add(reference, nowMs);
    if (ctx.idempotencyKey) rememberKey(db, ctx.idempotencyKey, reference, nowMs);
    return { id: null, reference, flags: [], caught };
  }

  // Never a precise spot: only a gazetteer town's point (2 decimals) is kept. A town typed
  // freely keeps its name and is shown at the country's point.
  const place = s.locality ? ctx.gazetteer.resolve(s.country, s.locality, s.lat, s.lon) : undefined;
  const locality = place?.name ?? s.locality;

  const flags = safeguardingFlags({
    title: s.title,
    summary: s.summary,
    locality,
    organization: s.organization,
    link: s.link,
    quote: s.quote,
  });
  const at = ctx.now.toISOString();

  return db.transaction((tx) => {
    const reference = uniqueReference(tx);
    const slug = uniqueSlug(tx, s.title);
    const { id } = tx
      .insert(initiatives)
      .values({
        slug,
        title: s.title,
        summary: s.summary,
        country: s.country,
        locality,
        lat: place?.lat ?? null,
        lon: place?.lon ?? null,
        year: s.year,
        organization: s.organization,
        link: s.link,
        quote: s.quote,
        // The language the group wrote in, kept with the text (decision 121).
        language: textLanguage(s.language),
        status: 'pending',
        origin: 'submission',
        reference,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: initiatives.id })
      .get();
    replaceTags(tx, id, s.themes, s.actions);
    if (s.contactEmail) {
      tx.insert(initiativeContacts)
        .values({ initiativeId: id, email: s.contactEmail, createdAt: at })
        .run();
    }
    tx.insert(submissionDetails)
      .values({
        initiativeId: id,
        ageRange: s.ageRange,
        groupSize: s.groupSize,
        childLed: s.childLed,
        language: s.language,
        flags,
        consentAt: at,
      })
      .run();
    if (ctx.idempotencyKey) rememberKey(tx, ctx.idempotencyKey, reference, nowMs);
    return { id, reference, flags };
  });
}

/**
 * A submission's language tag as stored with its text: one of the six UN languages by its
 * primary subtag (`fr-CA` is French), any other tag as given, `und` when none was given.
 */
export function textLanguage(tag: string | null): string {
  if (!tag) return OTHER_LANGUAGE;
  const primary = tag.toLowerCase().split('-')[0] as string;
  return isLanguage(primary) ? primary : tag.toLowerCase();
}

/**
 * Status only: pending, published (with the public address), or not published. A caught
 * bot's reference answers as a real one would (see DecoyReferences).
 */
export function submissionStatus(
  db: Db,
  reference: string,
  decoys?: { decoys: DecoyReferences; now: number },
): SubmissionStatus {
  const row = db
    .select({ status: initiatives.status, slug: initiatives.slug })
    .from(initiatives)
    .where(eq(initiatives.reference, reference))
    .get();
  if (!row) {
    const status = decoys?.decoys.status(reference, decoys.now);
    if (status) return { reference, status };
    throw notFound(`No submission has the reference ${reference}.`);
  }
  if (row.status === 'published') {
    return { reference, status: 'published', slug: row.slug, url: `/initiatives/${row.slug}` };
  }
  return { reference, status: row.status === 'pending' ? 'pending' : 'not-published' };
}
