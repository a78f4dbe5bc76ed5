import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { LANGUAGE_CODES } from '../contract/languages.ts';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** ISO 3166-1 countries with UN M49 region and sub-region; built from packages at seed. */
export const countries = sqliteTable('countries', {
  code: text('code').primaryKey(), // alpha-2
  code3: text('code3').notNull(),
  name: text('name').notNull(),
  regionCode: text('region_code').notNull(),
  regionName: text('region_name').notNull(),
  subregionCode: text('subregion_code').notNull(),
  subregionName: text('subregion_name').notNull(),
  lat: real('lat').notNull(),
  lon: real('lon').notNull(),
});

export const themes = sqliteTable('themes', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  position: integer('position').notNull(),
});

export const actions = sqliteTable('actions', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  position: integer('position').notNull(),
});

/**
 * Every initiative, whatever its status. Public queries must filter on
 * status = 'published'. Nothing personal lives here: contact details are in
 * `initiative_contacts`, which no public query joins.
 */
export const initiatives = sqliteTable(
  'initiatives',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    country: text('country')
      .notNull()
      .references(() => countries.code),
    locality: text('locality'),
    lat: real('lat'),
    lon: real('lon'),
    year: integer('year'),
    organization: text('organization'),
    sourceUrl: text('source_url'),
    sourceTitle: text('source_title'),
    /** The group's own public link (submissions). */
    link: text('link'),
    /** The children's own words (at most 40 words), verbatim, in the original language. */
    quote: text('quote'),
    /** Who said the quote ("a member, aged 14"); null means the group itself. Never a name. */
    quoteBy: text('quote_by'),
    /**
     * The language title and summary were written in (BCP 47): one of the six UN languages,
     * another tag, or `und` when the group wrote in a language not listed.
     */
    language: text('language').notNull().default('en'),
    status: text('status', { enum: ['pending', 'published', 'rejected', 'archived'] })
      .notNull()
      .default('pending'),
    origin: text('origin', { enum: ['catalogue', 'submission', 'import'] }).notNull(),
    /** Optimistic concurrency: incremented on every change. */
    version: integer('version').notNull().default(1),
    /** Short public reference a submitter uses to check status, e.g. "K7P-4QX". */
    reference: text('reference'),
    /** Staff-only: why it was rejected. Never public. */
    rejectReason: text('reject_reason'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    publishedAt: text('published_at'),
  },
  (t) => [
    uniqueIndex('initiatives_slug_unique').on(t.slug),
    uniqueIndex('initiatives_reference_unique').on(t.reference),
    index('initiatives_status_idx').on(t.status),
    index('initiatives_country_idx').on(t.country),
    check(
      'initiatives_lat_lon_pair',
      sql`(${t.lat} IS NULL AND ${t.lon} IS NULL) OR (${t.lat} IS NOT NULL AND ${t.lon} IS NOT NULL)`,
    ),
  ],
);

export const initiativeThemes = sqliteTable(
  'initiative_themes',
  {
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    theme: text('theme')
      .notNull()
      .references(() => themes.code),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.theme] }), index('it_theme_idx').on(t.theme)],
);

export const initiativeActions = sqliteTable(
  'initiative_actions',
  {
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    action: text('action')
      .notNull()
      .references(() => actions.code),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.action] }), index('ia_action_idx').on(t.action)],
);

/**
 * Title and summary of an initiative in one of the six UN languages, added or corrected by
 * staff. The original text stays in `initiatives`; public reads show a translation when the
 * visitor's language has one.
 */
export const initiativeTranslations = sqliteTable(
  'initiative_translations',
  {
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    language: text('language', { enum: LANGUAGE_CODES }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.language] })],
);

/**
 * Private: how staff can reach the group behind a submission. Kept apart so
 * that no public query can select it by accident. Deleted with the entry.
 */
export const initiativeContacts = sqliteTable('initiative_contacts', {
  initiativeId: integer('initiative_id')
    .primaryKey()
    .references(() => initiatives.id, { onDelete: 'cascade' }),
  email: text('email').notNull(),
  createdAt: text('created_at').notNull().default(now),
});

/** What a submitter told us about the group, for staff (not personal data). */
export const submissionDetails = sqliteTable('submission_details', {
  initiativeId: integer('initiative_id')
    .primaryKey()
    .references(() => initiatives.id, { onDelete: 'cascade' }),
  ageRange: text('age_range'),
  groupSize: text('group_size'),
  childLed: text('child_led'),
  language: text('language'),
  /** JSON array of automatic safeguarding flags: [{ field, kind, match }]. */
  flags: text('flags', { mode: 'json' })
    .$type<{ field: string; kind: string; match: string }[]>()
    .notNull()
    .default(sql`'[]'`),
  consentAt: text('consent_at'),
});

/**
 * The `Idempotency-Key` a form sent with a story, and the reference it was answered with, so
 * a repeat (the answer lost on the way, a restart in between) gets the same reference and
 * stores nothing again. A random key chosen by the form, nothing about the person; kept 7
 * days (api/submissions/idempotency.ts). Deliberately not tied to the entry: a decoy's key is
 * kept too, and deleting an entry does not make its key answer with a new story.
 */
export const submissionKeys = sqliteTable(
  'submission_keys',
  {
    key: text('key').primaryKey(),
    reference: text('reference').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('submission_keys_created_idx').on(t.createdAt)],
);

export const staffUsers = sqliteTable(
  'staff_users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    name: text('name'),
    role: text('role', { enum: ['moderator', 'admin'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [uniqueIndex('staff_users_email_unique').on(t.email)],
);

export const staffSessions = sqliteTable(
  'staff_sessions',
  {
    /** SHA-256 of the session token; the token itself is only in the cookie. */
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: text('created_at').notNull().default(now),
    lastSeenAt: text('last_seen_at').notNull().default(now),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('staff_sessions_user_idx').on(t.userId)],
);

/** Failed sign-ins, for slowing and limiting repeated attempts. */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Lower-cased email tried (kept only for the limit window). */
    email: text('email').notNull(),
    clientKey: text('client_key').notNull(),
    at: text('at').notNull().default(now),
  },
  (t) => [
    index('login_attempts_email_idx').on(t.email),
    index('login_attempts_client_idx').on(t.clientKey),
  ],
);

/** Append-only record of sign-ins, edits and decisions. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    actorId: integer('actor_id').references(() => staffUsers.id),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    initiativeId: integer('initiative_id'),
    /** JSON: { before, after } or other detail. */
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_initiative_idx').on(t.initiativeId), index('audit_at_idx').on(t.at)],
);

/**
 * One-shot permissions for the personal-data erase path to rewrite the `detail` of one
 * audit record (decision 065). The trail's triggers refuse every other UPDATE and every
 * DELETE; a grant is used up by the update it allows.
 */
export const auditRedactionGrants = sqliteTable('audit_redaction_grants', {
  auditId: integer('audit_id')
    .primaryKey()
    .references(() => auditLog.id),
});

/** A visitor's "Report a concern" about a public initiative. */
export const concernReports = sqliteTable(
  'concern_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    note: text('note'),
    createdAt: text('created_at').notNull().default(now),
    resolvedAt: text('resolved_at'),
  },
  (t) => [index('concern_initiative_idx').on(t.initiativeId)],
);
