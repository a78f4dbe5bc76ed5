import { and, asc, count, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  concernReports,
  countries,
  initiativeActions,
  initiativeContacts,
  initiativeThemes,
  initiatives,
  submissionDetails,
} from '../../db/schema.ts';
import { replaceTags } from '../../db/tags.ts';
import type { StaffPrincipal } from '../auth/session.ts';
import { toFtsQuery } from '../initiatives/read-model.ts';
import type { Deps } from '../lib/context.ts';
import { ApiError, invalidFields, notFound } from '../lib/problem.ts';
import { listAudit, recordAudit } from './audit.service.ts';
import { checkFlagsConfirmed, entryFlags, recheckFlags, refreshFlags } from './flags.ts';
import { EDITABLE_FIELDS, type EditableField, type EntryChanges } from './entry-edit.ts';
import { STATUSES, type Status } from '../../contract/vocabulary.ts';
import {
  TRANSITIONS,
  rejectReasonSchema,
  type BulkBody,
  type Decision,
  type BulkResult,
  type DecisionBody,
  type QueuePage,
  type StaffEntry,
} from '../../contract/moderation.ts';
import { type EntriesQuery } from './moderation.schema.ts';
import { translationsOf } from './translations.service.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Row = typeof initiatives.$inferSelect;

const actor = (s: StaffPrincipal) => ({ id: s.id, email: s.email });

// ---------------------------------------------------------------------------
// The queue

const flagCountSql = sql<number>`coalesce((SELECT json_array_length(${submissionDetails.flags}) FROM ${submissionDetails} WHERE ${submissionDetails.initiativeId} = ${initiatives.id}), 0)`;
const openConcernsSql = sql<number>`(SELECT count(*) FROM ${concernReports} WHERE ${concernReports.initiativeId} = ${initiatives.id} AND ${concernReports.resolvedAt} IS NULL)`;

function queueFilters(q: EntriesQuery): SQL[] {
  const where: SQL[] = [];
  if (q.q) {
    const fts = toFtsQuery(q.q);
    const text = q.q.trim();
    const parts: SQL[] = [
      eq(initiatives.slug, text.toLowerCase()),
      eq(initiatives.reference, text.toUpperCase()),
    ];
    if (/^\d{1,9}$/.test(text)) parts.push(eq(initiatives.id, Number(text)));
    if (fts) {
      parts.push(
        sql`${initiatives.id} IN (SELECT rowid FROM initiatives_fts WHERE initiatives_fts MATCH ${fts})`,
        // And every translation's title and summary (migration 0008).
        sql`${initiatives.id} IN (SELECT initiative_id FROM initiative_translations_fts WHERE initiative_translations_fts MATCH ${fts})`,
      );
    }
    where.push(sql`(${sql.join(parts, sql` OR `)})`);
  }
  if (q.theme) {
    where.push(
      sql`EXISTS (SELECT 1 FROM ${initiativeThemes} WHERE ${initiativeThemes.initiativeId} = ${initiatives.id} AND ${initiativeThemes.theme} = ${q.theme})`,
    );
  }
  if (q.country) where.push(eq(initiatives.country, q.country));
  if (q.origin) where.push(eq(initiatives.origin, q.origin));
  if (q.flagged === 'safeguarding') where.push(sql`${flagCountSql} > 0`);
  if (q.flagged === 'concern') where.push(sql`${openConcernsSql} > 0`);
  if (q.flagged === 'any') where.push(sql`(${flagCountSql} > 0 OR ${openConcernsSql} > 0)`);
  return where;
}

/** Newest first; filters combine with AND; counts by status ignore only the status filter. */
export function listEntries(db: Db, q: EntriesQuery): QueuePage {
  const base = queueFilters(q);
  const where = and(...base, q.status ? eq(initiatives.status, q.status) : undefined);
  const rows = db
    .select({
      id: initiatives.id,
      slug: initiatives.slug,
      title: initiatives.title,
      status: initiatives.status,
      origin: initiatives.origin,
      country: initiatives.country,
      countryName: countries.name,
      locality: initiatives.locality,
      reference: initiatives.reference,
      flagCount: flagCountSql,
      openConcerns: openConcernsSql,
      createdAt: initiatives.createdAt,
      updatedAt: initiatives.updatedAt,
    })
    .from(initiatives)
    .innerJoin(countries, eq(countries.code, initiatives.country))
    .where(where)
    .orderBy(desc(initiatives.createdAt), desc(initiatives.id))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  const total = db.select({ n: count() }).from(initiatives).where(where).get()?.n ?? 0;
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of db
    .select({ status: initiatives.status, n: count() })
    .from(initiatives)
    .where(base.length ? and(...base) : undefined)
    .groupBy(initiatives.status)
    .all()) {
    counts[r.status] = r.n;
  }
  const tags = themesOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => ({ ...r, themes: tags.get(r.id) ?? [] })),
    total,
    limit: q.limit,
    offset: q.offset,
    counts,
  };
}

function themesOf(db: Db | Tx, ids: number[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (!ids.length) return out;
  for (const t of db
    .select({ id: initiativeThemes.initiativeId, theme: initiativeThemes.theme })
    .from(initiativeThemes)
    .where(inArray(initiativeThemes.initiativeId, ids))
    .orderBy(asc(initiativeThemes.position))
    .all()) {
    const list = out.get(t.id) ?? [];
    list.push(t.theme);
    out.set(t.id, list);
  }
  return out;
}

function actionsOf(db: Db | Tx, id: number): string[] {
  return db
    .select({ action: initiativeActions.action })
    .from(initiativeActions)
    .where(eq(initiativeActions.initiativeId, id))
    .orderBy(asc(initiativeActions.position))
    .all()
    .map((a) => a.action);
}

/** How many entries wait for review: the workspace badge. */
export function pendingCount(db: Db): number {
  return (
    db.select({ n: count() }).from(initiatives).where(eq(initiatives.status, 'pending')).get()?.n ??
    0
  );
}

// ---------------------------------------------------------------------------
// One entry, with everything staff need

function getRow(db: Db | Tx, id: number): Row {
  const row = db.select().from(initiatives).where(eq(initiatives.id, id)).get();
  if (!row) throw notFound(`There is no entry with id ${id}.`);
  return row;
}

export function getEntry(db: Db, id: number): StaffEntry {
  const row = getRow(db, id);
  const country = db.select().from(countries).where(eq(countries.code, row.country)).get();
  const contact = db
    .select({ email: initiativeContacts.email })
    .from(initiativeContacts)
    .where(eq(initiativeContacts.initiativeId, id))
    .get();
  const details = db
    .select()
    .from(submissionDetails)
    .where(eq(submissionDetails.initiativeId, id))
    .get();
  const concerns = db
    .select({
      id: concernReports.id,
      reason: concernReports.reason,
      note: concernReports.note,
      createdAt: concernReports.createdAt,
      resolvedAt: concernReports.resolvedAt,
    })
    .from(concernReports)
    .where(eq(concernReports.initiativeId, id))
    .orderBy(desc(concernReports.id))
    .all();
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    country: row.country,
    countryName: country?.name ?? row.country,
    locality: row.locality,
    lat: row.lat,
    lon: row.lon,
    year: row.year,
    organization: row.organization,
    link: row.link,
    quote: row.quote,
    quoteBy: row.quoteBy,
    sourceUrl: row.sourceUrl,
    sourceTitle: row.sourceTitle,
    themes: themesOf(db, [id]).get(id) ?? [],
    actions: actionsOf(db, id),
    status: row.status,
    origin: row.origin,
    version: row.version,
    reference: row.reference,
    rejectReason: row.rejectReason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    contactEmail: contact?.email ?? null,
    submission: details
      ? {
          ageRange: details.ageRange,
          groupSize: details.groupSize,
          childLed: details.childLed,
          language: details.language,
          consentAt: details.consentAt,
        }
      : null,
    flags: (details?.flags ?? []) as StaffEntry['flags'],
    concerns,
    history: listAudit(db, { entry: id, limit: 500, offset: 0 }).items,
    language: row.language,
    translations: translationsOf(db, id),
  };
}

// ---------------------------------------------------------------------------
// Editing

function conflict(row: Row, version: number): ApiError {
  return new ApiError(
    409,
    'Edit conflict',
    `Someone else changed this entry after you opened it (you edited version ${version}; it is now version ${row.version}). ` +
      'Your changes were not saved. Reload the entry to see the latest version, then make your changes again.',
  );
}

function isPublishable(themes: string[], actions: string[]): string | undefined {
  if (themes.length < 1 || themes.length > 3) return 'An entry needs 1 to 3 themes.';
  if (actions.length < 1 || actions.length > 2) return 'An entry needs 1 or 2 types of action.';
  return undefined;
}

const COLUMN_FIELDS = EDITABLE_FIELDS.filter((f) => f !== 'themes' && f !== 'actions') as Exclude<
  EditableField,
  'themes' | 'actions'
>[];

/**
 * Applies a staff edit made on `version`. A stale version gets 409 and changes nothing.
 * The audit record keeps the before and after of each changed field; flags are recomputed;
 * the public map sees the change at once.
 */
export function updateEntry(
  deps: Deps,
  id: number,
  staff: StaffPrincipal,
  version: number,
  changes: EntryChanges,
  confirmFlags?: boolean,
): StaffEntry {
  const { db } = deps;
  const now = deps.now().toISOString();
  db.transaction((tx) => {
    const row = getRow(tx, id);
    if (row.version !== version) throw conflict(row, version);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const set: Partial<Row> = {};
    for (const f of COLUMN_FIELDS) {
      const value = changes[f];
      if (value === undefined || value === row[f]) continue;
      before[f] = row[f];
      after[f] = value;
      (set as Record<string, unknown>)[f] = value;
    }
    const themes = themesOf(tx, [id]).get(id) ?? [];
    const actions = actionsOf(tx, id);
    const nextThemes = changes.themes ?? themes;
    const nextActions = changes.actions ?? actions;
    if (JSON.stringify(nextThemes) !== JSON.stringify(themes)) {
      before.themes = themes;
      after.themes = nextThemes;
    }
    if (JSON.stringify(nextActions) !== JSON.stringify(actions)) {
      before.actions = actions;
      after.actions = nextActions;
    }
    const merged = { ...row, ...set };
    const errors: Record<string, string[]> = {};
    if ((merged.lat === null) !== (merged.lon === null)) {
      errors.lat = ['Give both latitude and longitude, or neither'];
    }
    if (set.country && !tx.select().from(countries).where(eq(countries.code, set.country)).get()) {
      errors.country = [`Unknown country code "${set.country}"`];
    }
    if (
      set.slug &&
      tx
        .select({ id: initiatives.id })
        .from(initiatives)
        .where(and(eq(initiatives.slug, set.slug), ne(initiatives.id, id)))
        .get()
    ) {
      errors.slug = ['Another entry already uses this address'];
    }
    if (
      merged.status === 'published' &&
      merged.sourceUrl === null &&
      merged.origin !== 'submission'
    ) {
      // Catalogue and imported entries are published on the strength of their source.
      if ('sourceUrl' in after) errors.sourceUrl = ['A published catalogue entry needs its source'];
    }
    if (merged.quoteBy !== null && merged.quote === null) {
      errors.quoteBy = ['Who said it goes with a quote: add the quote, or leave this empty'];
    }
    if (Object.keys(errors).length) throw invalidFields(errors);
    if (Object.keys(after).length === 0) return; // nothing changed: no new version, no record
    const updated = tx
      .update(initiatives)
      .set({ ...set, version: row.version + 1, updatedAt: now })
      .where(and(eq(initiatives.id, id), eq(initiatives.version, version)))
      .returning()
      .get();
    if (!updated) throw conflict(getRow(tx, id), version);
    if ('themes' in after || 'actions' in after) replaceTags(tx, id, nextThemes, nextActions);
    const flags = refreshFlags(tx, updated);
    // Public text may not gain a flag nobody confirmed (the same rule as publishing).
    const confirmed =
      updated.status === 'published' &&
      checkFlagsConfirmed(flags, entryFlags(row), confirmFlags, 'This published entry');
    recordAudit(tx, deps.now(), {
      actor: actor(staff),
      action: 'edit',
      initiativeId: id,
      detail: {
        version: updated.version,
        before,
        after,
        flags: flags.length,
        ...(confirmed ? { confirmedFlags: true } : {}),
      },
    });
  });
  deps.readModel.invalidate();
  return getEntry(db, id);
}

// ---------------------------------------------------------------------------
// Decisions

function applyDecision(
  tx: Tx,
  deps: Deps,
  id: number,
  staff: StaffPrincipal,
  decision: Decision,
  body: DecisionBody,
): void {
  const row = getRow(tx, id);
  if (body.version !== undefined && body.version !== row.version) throw conflict(row, body.version);
  const rule = TRANSITIONS[decision];
  if (!rule.from.includes(row.status)) {
    throw new ApiError(
      409,
      'Conflict',
      `This entry is ${row.status}, so it cannot be ${PAST[decision]}. It can be ${PAST[decision]} only when ${rule.from.join(' or ')}.`,
    );
  }
  let reason: string | undefined;
  if (decision === 'reject') {
    reason = requireRejectReason(body.reason);
  }
  if (decision === 'publish') {
    const problem = isPublishable(themesOf(tx, [id]).get(id) ?? [], actionsOf(tx, id));
    if (problem) throw new ApiError(422, 'Cannot publish yet', problem);
    // The text as it is now, not flags stored by an earlier write (or never stored).
    checkFlagsConfirmed(recheckFlags(tx, row), [], body.confirmFlags);
  }
  // A restored entry is reviewed again: its flags must reflect its text.
  if (decision === 'restore') recheckFlags(tx, row);
  const now = deps.now().toISOString();
  tx.update(initiatives)
    .set({
      status: rule.to,
      version: row.version + 1,
      updatedAt: now,
      ...(decision === 'publish' ? { publishedAt: now, rejectReason: null } : {}),
      ...(decision === 'reject' ? { rejectReason: reason } : {}),
      ...(decision === 'unpublish' ? { publishedAt: null } : {}),
    })
    .where(eq(initiatives.id, id))
    .run();
  recordAudit(tx, deps.now(), {
    actor: actor(staff),
    action: decision,
    initiativeId: id,
    detail: {
      from: row.status,
      to: rule.to,
      ...(reason ? { reason } : {}),
      ...(decision === 'publish' && body.confirmFlags ? { confirmedFlags: true } : {}),
    },
  });
}

const PAST: Record<Decision, string> = {
  publish: 'published',
  reject: 'rejected',
  archive: 'archived',
  unpublish: 'unpublished',
  restore: 'restored',
};

export function decide(
  deps: Deps,
  id: number,
  staff: StaffPrincipal,
  decision: Decision,
  body: DecisionBody,
): StaffEntry {
  deps.db.transaction((tx) => applyDecision(tx, deps, id, staff, decision, body));
  deps.readModel.invalidate();
  return getEntry(deps.db, id);
}

/** The reason a rejection must carry (kept for staff only), or a 400 naming the field. */
function requireRejectReason(raw: unknown): string {
  const parsed = rejectReasonSchema.safeParse(raw ?? '');
  if (parsed.success) return parsed.data;
  throw invalidFields(
    { reason: parsed.error.issues.map((i) => i.message) },
    'Give a reason for rejecting (kept for staff only).',
  );
}

/** Applies one decision to many entries; each that cannot take it is skipped with the reason. */
export function decideMany(deps: Deps, staff: StaffPrincipal, body: BulkBody): BulkResult {
  const result: BulkResult = { decision: body.decision, done: [], skipped: [] };
  if (body.decision === 'reject') requireRejectReason(body.reason); // checked once, before any entry
  deps.db.transaction((tx) => {
    for (const id of [...new Set(body.ids)]) {
      try {
        applyDecision(tx, deps, id, staff, body.decision, {
          reason: body.reason,
          confirmFlags: body.confirmFlags,
        });
        result.done.push(id);
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        const title =
          tx.select({ t: initiatives.title }).from(initiatives).where(eq(initiatives.id, id)).get()
            ?.t ?? '';
        result.skipped.push({ id, title, detail: e.detail ?? e.title });
      }
    }
  });
  if (result.done.length) deps.readModel.invalidate();
  return result;
}

/** Marks every open concern report of an entry as dealt with. */
export function resolveConcerns(deps: Deps, id: number, staff: StaffPrincipal): StaffEntry {
  const { db } = deps;
  getRow(db, id);
  const now = deps.now().toISOString();
  db.transaction((tx) => {
    const open = tx
      .update(concernReports)
      .set({ resolvedAt: now })
      .where(and(eq(concernReports.initiativeId, id), isNull(concernReports.resolvedAt)))
      .returning({ id: concernReports.id })
      .all();
    if (open.length) {
      recordAudit(tx, deps.now(), {
        actor: actor(staff),
        action: 'resolve-concerns',
        initiativeId: id,
        detail: { reports: open.map((r) => r.id) },
      });
    }
  });
  return getEntry(db, id);
}
