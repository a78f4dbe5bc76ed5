import { filterQuerySchema, type Filters } from '../initiatives/initiatives.schema.ts';
import { type Meta } from '../../contract/initiatives.ts';
import { matching } from '../initiatives/initiatives.service.ts';
import type { PublicItem, PublicReadModel, Snapshot } from '../initiatives/read-model.ts';
import { ATTRIBUTION, LICENCE_NOTE } from '../lib/open-data.ts';
import { escapeXml } from '../lib/site-url.ts';

/** How many of the newest entries a feed carries. */
export const FEED_SIZE = 50;

const LIST_KEYS = ['theme', 'action', 'region', 'subregion', 'country'] as const;

/** The filters as a query string in a fixed order (comma-separated lists), or ''. */
export function filterSearch(f: Filters): string {
  const p = new URLSearchParams();
  for (const k of LIST_KEYS) if (f[k]?.length) p.set(k, f[k].join(','));
  if (f.yearFrom !== undefined) p.set('yearFrom', String(f.yearFrom));
  if (f.yearTo !== undefined) p.set('yearTo', String(f.yearTo));
  if (f.q) p.set('q', f.q);
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** Newest first; entries without a publication date (none in practice) last. */
export function newestFirst(items: readonly PublicItem[]): PublicItem[] {
  return [...items].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
}

function filterLabel(meta: Meta, f: Filters): string {
  const names = new Map<string, string>([
    ...meta.themes.map((t) => [t.code, t.label] as const),
    ...meta.actions.map((a) => [a.code, a.label] as const),
    ...meta.regions.flatMap((r) => [
      [r.code, r.name] as const,
      ...r.subregions.map((s) => [s.code, s.name] as const),
    ]),
    ...meta.countries.map((c) => [c.code, c.name] as const),
  ]);
  const parts: string[] = [];
  for (const k of LIST_KEYS) {
    if (f[k]?.length) parts.push(f[k].map((v) => names.get(v) ?? v).join(' or '));
  }
  if (f.yearFrom !== undefined || f.yearTo !== undefined)
    parts.push(`${f.yearFrom ?? '…'}–${f.yearTo ?? '…'}`);
  if (f.q) parts.push(`“${f.q}”`);
  return parts.join(' · ');
}

export const FEED_TITLE = `${ATTRIBUTION}: new initiatives`;

/**
 * The feeds a page offers (`<link rel="alternate">`): every new initiative, and for a view
 * of the map with filters (its query string), the new initiatives of that view. Filters that
 * do not parse or name unknown codes offer no second feed.
 */
export function feedsFor(search: string, snapshot: Snapshot): { title: string; href: string }[] {
  const feeds = [{ title: FEED_TITLE, href: '/api/initiatives.atom' }];
  const parsed = filterQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(search)));
  if (!parsed.success) return feeds;
  const f = parsed.data;
  const known =
    (f.region ?? []).every((c) => snapshot.regionCodes.has(c)) &&
    (f.subregion ?? []).every((c) => snapshot.subregionCodes.has(c)) &&
    (f.country ?? []).every((c) => snapshot.countryCodes.has(c));
  const query = filterSearch(f);
  if (known && query) {
    feeds.push({
      title: `${FEED_TITLE} · ${filterLabel(snapshot.meta, f)}`,
      href: `/api/initiatives.atom${query}`,
    });
  }
  return feeds;
}

function toRfc3339(value: string | null, fallback: string): string {
  const d = value ? new Date(value) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d.toISOString() : fallback;
}

/**
 * An Atom (RFC 4287) feed of the newest published initiatives matching the filters. Each
 * entry's id is its page's address, which never changes while the entry is public.
 */
export function initiativesAtom(
  model: PublicReadModel,
  f: Filters,
  origin: string,
  now: Date,
): string {
  const { snapshot, items } = matching(model, f);
  const newest = newestFirst(items).slice(0, FEED_SIZE);
  const themeLabels = new Map(snapshot.meta.themes.map((t) => [t.code, t.label]));
  const search = filterSearch(f);
  const label = filterLabel(snapshot.meta, f);
  const fallback = now.toISOString();
  const updated = toRfc3339(newest[0]?.publishedAt ?? null, fallback);
  const self = `${origin}/api/initiatives.atom${search}`;
  const x = escapeXml;

  let out =
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<feed xmlns="http://www.w3.org/2005/Atom">\n' +
    `  <title>${x(`${FEED_TITLE}${label ? ` · ${label}` : ''}`)}</title>\n` +
    `  <subtitle>Initiatives led by children and young people to end violence against children, newest first.</subtitle>\n` +
    `  <id>${x(self)}</id>\n` +
    `  <link rel="self" type="application/atom+xml" href="${x(self)}"/>\n` +
    `  <link rel="alternate" type="text/html" href="${x(`${origin}/${search}`)}"/>\n` +
    `  <updated>${updated}</updated>\n` +
    `  <author><name>${x(ATTRIBUTION)}</name><uri>${x(`${origin}/`)}</uri></author>\n` +
    `  <rights>${x(LICENCE_NOTE)}</rights>\n`;
  for (const i of newest) {
    const page = `${origin}/initiatives/${i.slug}`;
    const place = [i.locality, i.countryName].filter(Boolean).join(', ');
    out +=
      '  <entry>\n' +
      `    <id>${x(page)}</id>\n` +
      `    <title>${x(i.title)}</title>\n` +
      `    <link rel="alternate" type="text/html" href="${x(page)}"/>\n` +
      (i.sourceUrl
        ? `    <link rel="related" href="${x(i.sourceUrl)}"${i.sourceTitle ? ` title="${x(i.sourceTitle)}"` : ''}/>\n`
        : '') +
      `    <published>${toRfc3339(i.publishedAt, fallback)}</published>\n` +
      `    <updated>${toRfc3339(i.publishedAt, fallback)}</updated>\n` +
      i.themes
        .map(
          (t) =>
            `    <category term="${x(t)}" label="${x(themeLabels.get(t) ?? t)}" scheme="${x(`${origin}/api/meta#themes`)}"/>\n`,
        )
        .join('') +
      `    <summary type="text">${x(`${place}${i.year ? ` (${i.year})` : ''}. ${i.summary}`)}</summary>\n` +
      '  </entry>\n';
  }
  return `${out}</feed>\n`;
}
