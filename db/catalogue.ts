import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogueRecordSchema, type CatalogueRecord } from '../contract/initiatives.ts';

export const CATALOGUE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'seed/initiatives');

export type CatalogueProblem = { file: string; line: number; slug?: string; message: string };
export type CatalogueEntry = { file: string; line: number; record: CatalogueRecord };
export type LoadedCatalogue = {
  entries: CatalogueEntry[];
  problems: CatalogueProblem[];
  lines: number;
};

/** "lat: Expected number" style messages, one per zod issue. */
export function formatIssues(issues: { path: PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) =>
    i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message,
  );
}

/**
 * Parses and validates JSON Lines text in the catalogue format. Returns the valid records
 * and one problem per bad line (with its line number), plus cross-record problems:
 * duplicate slugs and duplicate source URLs. `knownCountries` checks country codes.
 */
export function parseCatalogueText(
  text: string,
  file: string,
  knownCountries?: ReadonlySet<string>,
): LoadedCatalogue {
  const entries: CatalogueEntry[] = [];
  const problems: CatalogueProblem[] = [];
  const lines = text.split(/\r?\n/);
  let count = 0;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    count++;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      problems.push({ file, line, message: `not valid JSON (${(e as Error).message})` });
      return;
    }
    const parsed = catalogueRecordSchema.safeParse(json);
    const slug =
      typeof json === 'object' && json && 'slug' in json
        ? String((json as { slug: unknown }).slug)
        : undefined;
    if (!parsed.success) {
      problems.push({ file, line, slug, message: formatIssues(parsed.error.issues).join('; ') });
      return;
    }
    if (knownCountries && !knownCountries.has(parsed.data.country)) {
      problems.push({
        file,
        line,
        slug,
        message: `country: unknown ISO 3166-1 code "${parsed.data.country}"`,
      });
      return;
    }
    entries.push({ file, line, record: parsed.data });
  });
  return { entries, problems, lines: count };
}

/** Merges several files' results and adds the cross-file checks (unique slug and source URL). */
export function mergeCatalogues(parts: LoadedCatalogue[]): LoadedCatalogue {
  const entries: CatalogueEntry[] = [];
  const problems: CatalogueProblem[] = parts.flatMap((p) => p.problems);
  const slugs = new Map<string, CatalogueEntry>();
  const urls = new Map<string, CatalogueEntry>();
  for (const e of parts.flatMap((p) => p.entries)) {
    const dupSlug = slugs.get(e.record.slug);
    if (dupSlug) {
      problems.push({
        file: e.file,
        line: e.line,
        slug: e.record.slug,
        message: `slug: duplicate of ${dupSlug.file}:${dupSlug.line}`,
      });
      continue;
    }
    const url = e.record.source_url.replace(/\/+$/, '').toLowerCase();
    const dupUrl = urls.get(url);
    if (dupUrl) {
      problems.push({
        file: e.file,
        line: e.line,
        slug: e.record.slug,
        message: `source_url: already used by ${dupUrl.record.slug} (${dupUrl.file}:${dupUrl.line})`,
      });
      continue;
    }
    slugs.set(e.record.slug, e);
    urls.set(url, e);
    entries.push(e);
  }
  return { entries, problems, lines: parts.reduce((n, p) => n + p.lines, 0) };
}

/** Loads every *.jsonl file of the catalogue folder, in name order. */
export function loadCatalogue(
  dir = CATALOGUE_DIR,
  knownCountries?: ReadonlySet<string>,
): LoadedCatalogue {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  return mergeCatalogues(
    files.map((f) =>
      parseCatalogueText(readFileSync(join(dir, f), 'utf8'), basename(f), knownCountries),
    ),
  );
}

export function describeProblem(p: CatalogueProblem): string {
  return `${p.file}:${p.line}${p.slug ? ` (${p.slug})` : ''}: ${p.message}`;
}

/** At most this many catalogue entries per country, so the map shows breadth, not a few countries. */
export const MAX_ENTRIES_PER_COUNTRY = 4;

export type CatalogueStats = {
  entries: number;
  countries: number;
  perCountry: Map<string, number>;
  themes: Map<string, number>;
  actions: Map<string, number>;
};

/** Counts entries, countries and entries per country, theme and action. */
export function catalogueStats(records: readonly CatalogueRecord[]): CatalogueStats {
  const perCountry = new Map<string, number>();
  const themes = new Map<string, number>();
  const actions = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of records) {
    bump(perCountry, r.country);
    r.themes.forEach((t) => bump(themes, t));
    r.actions.forEach((a) => bump(actions, a));
  }
  return { entries: records.length, countries: perCountry.size, perCountry, themes, actions };
}

/**
 * Editorial checks across the whole catalogue, on top of the per-record and uniqueness checks
 * of parseCatalogueText and mergeCatalogues: one problem for every entry beyond the
 * per-country cap (the later entries in file order are the ones reported).
 */
export function checkCatalogueQuality(
  entries: readonly CatalogueEntry[],
  maxPerCountry = MAX_ENTRIES_PER_COUNTRY,
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const seen = new Map<string, number>();
  for (const e of entries) {
    const n = (seen.get(e.record.country) ?? 0) + 1;
    seen.set(e.record.country, n);
    if (n > maxPerCountry) {
      problems.push({
        file: e.file,
        line: e.line,
        slug: e.record.slug,
        message: `country: more than ${maxPerCountry} entries for ${e.record.country}`,
      });
    }
  }
  return problems;
}

/**
 * Bodies that fund or support many initiatives without being the children's own group: a
 * shared supporter says nothing about two entries being the same initiative.
 */
const SUPPORTERS =
  /^(unicef|unfpa|unhcr|undp|un women|iom|unesco|world vision|save children|plan international|childfund|terre hommes|ministry|government|national assembly|us embassy|european|google|samsung|kidsrights)\b/;

/** One name for a children's parliament in the languages the catalogue uses. */
const PARLIAMENT =
  /\b(parlement (des )?enfants|parlamento (infantil|infanto juvenil|das criancas)|childrens parliament|child parliament|children parliament|junior parliament)\b/g;

/**
 * The parts of an organisation field that name the initiative's own body, normalised so that
 * spelling does not hide a duplicate: no accents, case, punctuation, bracketed notes, small
 * words, or supporting agencies; "Parlement des enfants de Guinée" and "Children's Parliament
 * of Guinea" both give "childrens parliament". Parts are split at ";", ",", "with", "and".
 */
export function normaliseOrganisation(name: string | null): string[] {
  if (!name) return [];
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ');
  return plain
    .split(/;|,|\bwith\b|\band\b|\bet\b|\by\b|\be\b| - |\//)
    .map((part) =>
      part
        .replace(/['’`.]/g, '')
        .replace(/[^a-z0-9]+/g, ' ')
        .replace(/\b(the|of|de|des|du|la|le|les|del|da|do|di)\b/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        // The country is compared on its own; "... de Guinée" and "... of Guinea" must meet.
        .replace(PARLIAMENT, 'childrens parliament')
        .replace(/^.*childrens parliament.*$/, 'childrens parliament'),
    )
    .filter((part) => part.length > 2 && !SUPPORTERS.test(part));
}

/** Whole words of a name of two or more words inside another ("comhairle na nog" in "... cork city"). */
const contains = (long: string, short: string) =>
  short.includes(' ') && ` ${long} `.includes(` ${short} `);

const isParliament = (r: CatalogueRecord) =>
  /parliament|parlement|parlamento/i.test(`${r.title} ${r.slug} ${r.organization ?? ''}`);

export type NearDuplicate = { a: string; b: string; reason: string };

/**
 * Pairs of entries in one country that may describe the same initiative: the same organisation
 * (after normalising; a name of two or more words inside the other counts), or two children's parliaments.
 * Themes and actions are not compared: two write-ups of one body often share neither.
 */
export function findNearDuplicates(records: readonly CatalogueRecord[]): NearDuplicate[] {
  const found: NearDuplicate[] = [];
  const orgs = new Map(records.map((r) => [r.slug, normaliseOrganisation(r.organization)]));
  records.forEach((a, i) => {
    for (const b of records.slice(i + 1)) {
      if (a.country !== b.country) continue;
      const oa = orgs.get(a.slug) ?? [];
      const ob = orgs.get(b.slug) ?? [];
      const shared = oa.find((x) => ob.some((y) => x === y || contains(x, y) || contains(y, x)));
      if (shared) found.push({ a: a.slug, b: b.slug, reason: `organisation "${shared}"` });
      else if (isParliament(a) && isParliament(b))
        found.push({ a: a.slug, b: b.slug, reason: 'both children’s parliaments' });
    }
  });
  return found;
}

/**
 * Sites that copy other publishers' pages (document mirrors, feed and news aggregators,
 * proxies) rather than publish their own: a catalogue source is the original page.
 */
export const MIRROR_HOSTS = [
  'rssing.com',
  'gyjob.org',
  'jamaican.xyz',
  'vdocuments.site',
  'vdocuments.net',
  'vdocuments.mx',
  'vdocuments.us',
  'vdocuments.co',
  'pdfslide.us',
  'pdfslide.net',
  'fdocuments.in',
  'fdocuments.net',
  'slideum.com',
  'docslib.org',
  'rantburg.com',
  'chazidian.com',
  'pipedot.org',
  'tellerreport.com',
  'topfoundationgrants.com',
  'newsrnd.com',
  'bcfocus.com',
  'dehai.org',
  'zproxy.org',
  'storage.googleapis.com',
  'feeds.bbci.co.uk',
] as const;

/**
 * Why a source URL does not point at a page about one initiative, or null if it may: a copy on
 * a mirror, a publisher's staging host, a listing (tag, category, author, topic, paged or
 * dated archive) or a bare home page.
 */
export function weakSourceReason(sourceUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(sourceUrl);
  } catch {
    return 'not a valid URL';
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const mirror = MIRROR_HOSTS.find((m) => host === m || host.endsWith(`.${m}`));
  if (mirror) return `copy on a mirror or aggregator (${mirror})`;
  if (/^(staging|preprod|dev|test)\./.test(host)) return 'a staging copy of the publisher’s site';
  const path = url.pathname.toLowerCase();
  if (/\/(tag|tags|category|categories|author|authors|topics|focus-area)\//.test(path))
    return 'a tag, category, author or topic listing';
  if (/\/page\/\d+\/?$/.test(path) || /[?&]items_per_page=/.test(url.search))
    return 'a paged listing';
  if (/^\/\d{4}\/\d{2}(\/\d{2})?\/?$/.test(path)) return 'a dated archive';
  if ((path === '/' || path === '') && url.search === '') return 'a bare home page';
  return null;
}
