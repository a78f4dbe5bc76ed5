import { parse } from 'csv-parse/sync';
import { catalogueColumns } from '../../db/seed.ts';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  formatIssues,
  mergeCatalogues,
  parseCatalogueText,
  type CatalogueEntry,
  type LoadedCatalogue,
} from '../../db/catalogue.ts';
import { countries, initiativeContacts, initiatives } from '../../db/schema.ts';
import { replaceTags, tagsByInitiative } from '../../db/tags.ts';
import type { StaffPrincipal } from '../auth/session.ts';
import { catalogueRecordSchema } from '../../contract/initiatives.ts';
import { csvField, csvRow } from '../initiatives/initiatives.service.ts';
import type { Deps } from '../lib/context.ts';
import { ApiError } from '../lib/problem.ts';
import { recordAudit } from './audit.service.ts';
import {
  addedFlags,
  checkFlagsConfirmed,
  describeFlags,
  entryFlags,
  refreshFlags,
} from './flags.ts';
import type { Flag } from '../../contract/safeguarding.ts';
import { CATALOGUE_COLUMNS, EXPORT_EXTRA_COLUMNS } from '../../contract/columns.ts';
import { type ImportReport, type ImportRowResult } from '../../contract/moderation.ts';

export const MAX_IMPORT_ROWS = 10_000;

type ExportRecord = Record<string, string | number | string[] | null>;

/**
 * Every entry, whatever its status, in the catalogue format with snake_case keys, plus a
 * status column and what staff need to trace it. The private contact only when asked.
 */
export function exportRecords(db: Db, includeContact: boolean): ExportRecord[] {
  const rows = db.select().from(initiatives).orderBy(asc(initiatives.slug)).all();
  const { themes, actions } = tagsByInitiative(db);
  const contacts = includeContact
    ? new Map(
        db
          .select()
          .from(initiativeContacts)
          .all()
          .map((c) => [c.initiativeId, c.email]),
      )
    : undefined;
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    country: r.country,
    locality: r.locality,
    lat: r.lat,
    lon: r.lon,
    themes: themes.get(r.id) ?? [],
    actions: actions.get(r.id) ?? [],
    year: r.year,
    organization: r.organization,
    summary: r.summary,
    source_url: r.sourceUrl,
    source_title: r.sourceTitle,
    quote: r.quote,
    quote_by: r.quoteBy,
    status: r.status,
    origin: r.origin,
    link: r.link,
    reference: r.reference,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    published_at: r.publishedAt,
    ...(contacts ? { contact_email: contacts.get(r.id) ?? null } : {}),
  }));
}

export function exportColumns(includeContact: boolean): string[] {
  return [
    ...CATALOGUE_COLUMNS,
    ...EXPORT_EXTRA_COLUMNS.filter((c) => includeContact || c !== 'contact_email'),
  ];
}

export function toCsv(records: ExportRecord[], includeContact: boolean): string {
  const columns = exportColumns(includeContact);
  let out = csvRow(columns);
  const numeric = new Set(['lat', 'lon', 'year']);
  for (const r of records) {
    out += csvRow(
      columns.map((c) => {
        const v = r[c];
        return csvField(Array.isArray(v) ? v.join(';') : v, !numeric.has(c));
      }),
    );
  }
  return out;
}

export function toJsonl(records: ExportRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
}

// ---------------------------------------------------------------------------
// Import

const EXTRA = new Set<string>(EXPORT_EXTRA_COLUMNS);
const KNOWN = new Set<string>([...CATALOGUE_COLUMNS, ...EXPORT_EXTRA_COLUMNS]);

function knownCountries(db: Db): Set<string> {
  return new Set(
    db
      .select({ code: countries.code })
      .from(countries)
      .all()
      .map((c) => c.code),
  );
}

/** JSON Lines: the staff export's extra keys are dropped, then the catalogue's own parser. */
function parseJsonl(text: string, known: Set<string>): LoadedCatalogue {
  const lines = text.split(/\r?\n/).map((line) => {
    if (!line.trim()) return line;
    try {
      const json = JSON.parse(line) as unknown;
      if (json && typeof json === 'object' && !Array.isArray(json)) {
        for (const k of Object.keys(json))
          if (EXTRA.has(k)) delete (json as Record<string, unknown>)[k];
        return JSON.stringify(json);
      }
    } catch {
      // left as is: parseCatalogueText reports it with its line number
    }
    return line;
  });
  return parseCatalogueText(lines.join('\n'), 'import', known);
}

/** Undoes csvField's guard against spreadsheet formulas (a leading apostrophe). */
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

function csvValue(column: string, raw: string): unknown {
  const s = unguard(raw.trim());
  switch (column) {
    case 'lat':
    case 'lon':
    case 'year':
      if (s === '') return null;
      return Number.isFinite(Number(s)) ? Number(s) : s; // a non-number fails validation
    case 'themes':
    case 'actions':
      return s
        .split(/[;,|]/)
        .map((v) => v.trim())
        .filter(Boolean);
    case 'locality':
    case 'organization':
    case 'quote':
    case 'quote_by':
      return s === '' ? null : s;
    default:
      return s;
  }
}

/** CSV with a header row naming catalogue columns; themes and actions separated by ";". */
function parseCsv(text: string, known: Set<string>): LoadedCatalogue {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: true,
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: false,
    }) as typeof records;
  } catch (e) {
    throw new ApiError(
      400,
      'Invalid request',
      `This CSV file cannot be read: ${(e as Error).message}`,
    );
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  const unknown = header.filter((h) => !KNOWN.has(h));
  if (unknown.length) {
    throw new ApiError(
      400,
      'Invalid request',
      `Unknown column(s): ${unknown.join(', ')}. Use the catalogue columns: ${CATALOGUE_COLUMNS.join(', ')}.`,
    );
  }
  const part: LoadedCatalogue = { entries: [], problems: [], lines: records.length };
  let previousEnd = 1; // the header
  for (const { record, info } of records) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    const obj: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) if (!EXTRA.has(k)) obj[k] = csvValue(k, v);
    const slug = typeof obj.slug === 'string' && obj.slug ? obj.slug : undefined;
    const parsed = catalogueRecordSchema.safeParse(obj);
    if (!parsed.success) {
      part.problems.push({
        file: 'import',
        line,
        slug,
        message: formatIssues(parsed.error.issues).join('; '),
      });
    } else if (!known.has(parsed.data.country)) {
      part.problems.push({
        file: 'import',
        line,
        slug,
        message: `country: unknown ISO 3166-1 code "${parsed.data.country}"`,
      });
    } else {
      part.entries.push({ file: 'import', line, record: parsed.data });
    }
  }
  return part;
}

type Columns = ReturnType<typeof catalogueColumns>;

type Plan = {
  report: ImportReport;
  creates: CatalogueEntry[];
  /** Rows that would make text public with flags nobody has confirmed yet. */
  unconfirmed: { line: number; slug: string; flags: Flag[] }[];
  updates: {
    entry: CatalogueEntry;
    id: number;
    version: number;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  }[];
};

function plan(
  db: Db,
  text: string,
  format: 'csv' | 'jsonl',
  status: ImportReport['status'],
  dryRun: boolean,
): Plan {
  const known = knownCountries(db);
  const loaded = mergeCatalogues([
    format === 'csv' ? parseCsv(text, known) : parseJsonl(text, known),
  ]);
  if (loaded.lines === 0) throw new ApiError(400, 'Invalid request', 'The file has no records.');
  if (loaded.lines > MAX_IMPORT_ROWS) {
    throw new ApiError(
      413,
      'Request too large',
      `Import at most ${MAX_IMPORT_ROWS} records at a time.`,
    );
  }
  const rows: ImportRowResult[] = loaded.problems.map((p) => ({
    line: p.line,
    slug: p.slug ?? null,
    action: 'invalid',
    problems: p.message.split('; '),
  }));
  const existing = new Map(
    db
      .select()
      .from(initiatives)
      .all()
      .map((r) => [r.slug, r]),
  );
  const byUrl = new Map<string, string>();
  for (const r of existing.values()) {
    if (r.sourceUrl) byUrl.set(r.sourceUrl.replace(/\/+$/, '').toLowerCase(), r.slug);
  }
  const { themes, actions } = tagsByInitiative(db);
  const result: Plan = { report: undefined as never, creates: [], updates: [], unconfirmed: [] };
  for (const entry of loaded.entries) {
    const r = entry.record;
    const current = existing.get(r.slug);
    const urlOwner = byUrl.get(r.source_url.replace(/\/+$/, '').toLowerCase());
    if (urlOwner && urlOwner !== r.slug) {
      rows.push({
        line: entry.line,
        slug: r.slug,
        action: 'invalid',
        problems: [`source_url: already the source of the entry "${urlOwner}"`],
      });
      continue;
    }
    const cols = catalogueColumns(r);
    const flags = entryFlags({ ...cols, link: current?.link ?? null });
    const withFlags = flags.length ? { flags } : {};
    if (!current) {
      result.creates.push(entry);
      if (status === 'published' && flags.length) {
        result.unconfirmed.push({ line: entry.line, slug: r.slug, flags });
      }
      rows.push({ line: entry.line, slug: r.slug, action: 'create', problems: [], ...withFlags });
      continue;
    }
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const k of Object.keys(cols) as (keyof Columns)[]) {
      if (current[k] !== cols[k]) {
        before[k] = current[k];
        after[k] = cols[k];
      }
    }
    const t = themes.get(current.id) ?? [];
    const a = actions.get(current.id) ?? [];
    if (JSON.stringify(t) !== JSON.stringify(r.themes)) {
      before.themes = t;
      after.themes = r.themes;
    }
    if (JSON.stringify(a) !== JSON.stringify(r.actions)) {
      before.actions = a;
      after.actions = r.actions;
    }
    const changes = Object.keys(after);
    if (!changes.length) {
      rows.push({
        line: entry.line,
        slug: r.slug,
        action: 'unchanged',
        problems: [],
        ...withFlags,
      });
      continue;
    }
    if (current.status === 'published') {
      const added = addedFlags(flags, entryFlags(current));
      if (added.length) result.unconfirmed.push({ line: entry.line, slug: r.slug, flags: added });
    }
    result.updates.push({ entry, id: current.id, version: current.version, before, after });
    rows.push({
      line: entry.line,
      slug: r.slug,
      action: 'update',
      problems: [],
      changes,
      ...withFlags,
    });
  }
  rows.sort((x, y) => x.line - y.line);
  const tally = (a: ImportRowResult['action']) => rows.filter((r) => r.action === a).length;
  result.report = {
    dryRun,
    applied: false,
    format,
    status,
    rows,
    counts: {
      total: rows.length,
      create: tally('create'),
      update: tally('update'),
      unchanged: tally('unchanged'),
      invalid: tally('invalid'),
    },
  };
  return result;
}

/**
 * Checks every record and says what would be created or updated (matched by slug). Unless
 * it is a dry run, and only when no record has a problem, applies everything in one
 * transaction: all or nothing. New entries go in as `status` (pending or published), origin
 * "import"; updated entries keep their status.
 */
export function importCatalogue(
  deps: Deps,
  staff: StaffPrincipal,
  text: string,
  options: {
    format: 'csv' | 'jsonl';
    status: ImportReport['status'];
    dryRun: boolean;
    confirmFlags?: boolean;
  },
): ImportReport {
  const { db } = deps;
  const p = plan(db, text, options.format, options.status, options.dryRun);
  if (options.dryRun || p.report.counts.invalid > 0) return p.report;
  // The same rule as publishing and editing: public text gains no flag nobody confirmed.
  const confirmed =
    p.unconfirmed.length > 0 &&
    checkFlagsConfirmed(
      p.unconfirmed.flatMap((u) => u.flags),
      [],
      options.confirmFlags,
      `The import (${p.unconfirmed
        .map((u) => `line ${u.line}, ${u.slug}: ${describeFlags(u.flags)}`)
        .join('; ')})`,
    );
  const now = deps.now();
  const at = now.toISOString();
  const who = { id: staff.id, email: staff.email };
  db.transaction((tx) => {
    for (const { record } of p.creates) {
      const row = tx
        .insert(initiatives)
        .values({
          slug: record.slug,
          ...catalogueColumns(record),
          status: options.status,
          origin: 'import',
          createdAt: at,
          updatedAt: at,
          publishedAt: options.status === 'published' ? at : null,
        })
        .returning()
        .get();
      replaceTags(tx, row.id, record.themes, record.actions);
      const flags = refreshFlags(tx, row);
      recordAudit(tx, now, {
        actor: who,
        action: 'import-create',
        initiativeId: row.id,
        detail: {
          status: options.status,
          flags: flags.length,
          ...(confirmed && flags.length && options.status === 'published'
            ? { confirmedFlags: true }
            : {}),
        },
      });
    }
    for (const u of p.updates) {
      const updated = tx
        .update(initiatives)
        .set({ ...catalogueColumns(u.entry.record), version: u.version + 1, updatedAt: at })
        .where(eq(initiatives.id, u.id))
        .returning()
        .get();
      if (!updated || updated.version !== u.version + 1) {
        throw new ApiError(
          409,
          'Conflict',
          'An entry changed during the import. Nothing was imported; run it again.',
        );
      }
      replaceTags(tx, u.id, u.entry.record.themes, u.entry.record.actions);
      const flags = refreshFlags(tx, updated);
      const confirmedHere = confirmed && p.unconfirmed.some((x) => x.slug === u.entry.record.slug);
      recordAudit(tx, now, {
        actor: who,
        action: 'import-update',
        initiativeId: u.id,
        detail: {
          version: u.version + 1,
          before: u.before,
          after: u.after,
          flags: flags.length,
          ...(confirmedHere ? { confirmedFlags: true } : {}),
        },
      });
    }
    recordAudit(tx, now, {
      actor: who,
      action: 'import',
      detail: { format: options.format, status: options.status, ...p.report.counts },
    });
  });
  deps.readModel.invalidate();
  return { ...p.report, applied: true };
}

export function detectFormat(contentType: string | undefined, text: string): 'csv' | 'jsonl' {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('csv')) return 'csv';
  if (type.includes('ndjson') || type.includes('jsonl') || type.includes('json')) return 'jsonl';
  return text.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}
