import type { Facets, FacetsBreakdown, Meta } from '../../../contract/initiatives.ts';
import { locale, t } from '../../i18n/i18n.ts';
import { formatLongDate } from '../../i18n/long-dates.ts';
import { formatWholePercent } from '../../i18n/whole-numbers.ts';
import { CLUSTER_COLOR, themeColor } from '../../lib/scales.ts';

/**
 * What the insights page draws, worked out from the facets API's answer alone (pure, no
 * DOM), so the charts, their tables, their takeaways and their CSV files all show the same
 * numbers as `/api/initiatives/facets?breakdown=matches`.
 */
export type ChartRow = { key: string; label: string; value: number; color: string };
export type ChartSpec = {
  id: string;
  title: string;
  takeaway: string;
  kind: 'bars' | 'columns';
  rows: ChartRow[];
  /** Counted apart from the rows (initiatives without a known start year). */
  apart?: ChartRow;
  /** Table and CSV headings: the row's label, then its count. */
  columns: [string, string];
  /** Shares in the table and CSV are of this many initiatives. */
  total: number;
};

/** Bars and columns that are not themes: one dark blue, 8:1 against white. */
export const SERIES_COLOR = CLUSTER_COLOR;
/** "Not known": a neutral grey that still reaches 3:1 against white. */
export const UNKNOWN_COLOR = '#6b7785';

/** `part` of `whole` as a whole percentage, in the interface's language. */
export function formatShare(part: number, whole: number): string {
  return formatWholePercent(locale(), part, whole);
}

/** A date as the page's source line gives it ("December 3, 2026"), in the interface's language. */
export function formatDate(d: Date): string {
  return formatLongDate(locale(), d);
}

/**
 * Rows for a count record, largest first; ties keep the record's order (the API's: by code).
 * No collator on purpose: creating the first one loads collation data, tens of milliseconds
 * on a slow phone, for an order of ties nobody reads into.
 */
export function toRows(
  counts: Record<string, number>,
  labelOf: (code: string) => string,
  colorOf: (code: string) => string = () => SERIES_COLOR,
): ChartRow[] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([key, value]) => ({ key, label: labelOf(key), value, color: colorOf(key) }))
    .sort((a, b) => b.value - a.value);
}

/** "X is the most common …" with a tie named, or the empty message. */
function topTakeaway(rows: ChartRow[], total: number, place: boolean): string {
  const [first, second] = rows;
  if (!first) return t('insights.noData');
  const vars = {
    label: first.label,
    count: first.value,
    total,
    share: formatShare(first.value, total),
  };
  if (second && second.value === first.value) {
    return t(place ? 'insights.takePlaceTie' : 'insights.takeTopTie', {
      ...vars,
      other: second.label,
    });
  }
  return t(place ? 'insights.takePlace' : 'insights.takeTop', vars);
}

export const TOP_COUNTRIES = 10;
export const TOP_PAIRS = 10;
/** The timeline's takeaway: the share of initiatives from the last this many years. */
export const RECENT_YEARS = 5;

function labels(meta: Meta | undefined) {
  const map = (list: { code: string; label?: string; name?: string }[] | undefined) =>
    new Map((list ?? []).map((x) => [x.code, x.label ?? x.name ?? x.code]));
  const theme = map(meta?.themes);
  const action = map(meta?.actions);
  const region = map(meta?.regions);
  const subregion = map(meta?.regions.flatMap((r) => r.subregions));
  const country = map(meta?.countries);
  const of = (m: Map<string, string>) => (code: string) => m.get(code) ?? code;
  return {
    theme: of(theme),
    action: of(action),
    region: of(region),
    subregion: of(subregion),
    country: of(country),
  };
}

export function yearChart(m: FacetsBreakdown, total: number): ChartSpec {
  const years = Object.keys(m.startYear)
    .map(Number)
    .sort((a, b) => a - b);
  const rows: ChartRow[] = [];
  const first = years[0];
  const last = years.at(-1);
  if (first !== undefined && last !== undefined) {
    for (let y = first; y <= last; y++) {
      rows.push({
        key: String(y),
        label: String(y),
        value: m.startYear[y] ?? 0,
        color: SERIES_COLOR,
      });
    }
  }
  const known = rows.reduce((n, r) => n + r.value, 0);
  let takeaway: string;
  if (last === undefined) takeaway = total ? t('insights.takeYearsNone') : t('insights.noData');
  else {
    const from = last - (RECENT_YEARS - 1);
    const recent = rows.filter((r) => Number(r.key) >= from).reduce((n, r) => n + r.value, 0);
    const vars = { share: formatShare(recent, known), year: String(from), count: m.unknownYear };
    takeaway = m.unknownYear ? t('insights.takeYearsUnknown', vars) : t('insights.takeYears', vars);
  }
  return {
    id: 'start-year',
    title: t('insights.byYear'),
    takeaway,
    kind: 'columns',
    rows,
    apart: m.unknownYear
      ? {
          key: 'unknown',
          label: t('insights.unknownYear'),
          value: m.unknownYear,
          color: UNKNOWN_COLOR,
        }
      : undefined,
    columns: [t('insights.colYear'), t('insights.colCount')],
    total,
  };
}

export function insightsCharts(facets: Facets, meta: Meta | undefined): ChartSpec[] {
  const m = facets.matches;
  if (!m) return [];
  const total = facets.total;
  const label = labels(meta);
  const chart = (
    id: string,
    title: string,
    column: string,
    rows: ChartRow[],
    takeaway: string,
  ): ChartSpec => ({
    id,
    title: t(title),
    takeaway,
    kind: 'bars',
    rows,
    columns: [t(column), t('insights.colCount')],
    total,
  });

  const themes = toRows(m.theme, label.theme, themeColor);
  const actions = toRows(m.action, label.action);
  const regions = toRows(m.region, label.region);
  const subregions = toRows(m.subregion, label.subregion);
  const allCountries = toRows(m.country, label.country);
  const countries = allCountries.slice(0, TOP_COUNTRIES);
  const inTop = countries.reduce((n, r) => n + r.value, 0);
  const pairs = m.themePairs.slice(0, TOP_PAIRS).map((p) => ({
    key: p.themes.join('+'),
    label: t('insights.pair', { a: label.theme(p.themes[0]), b: label.theme(p.themes[1]) }),
    value: p.count,
    color: SERIES_COLOR,
  }));
  const topPair = m.themePairs[0];

  return [
    chart(
      'theme',
      'insights.byTheme',
      'insights.colTheme',
      themes,
      topTakeaway(themes, total, false),
    ),
    chart(
      'action',
      'insights.byAction',
      'insights.colAction',
      actions,
      topTakeaway(actions, total, false),
    ),
    chart(
      'region',
      'insights.byRegion',
      'insights.colRegion',
      regions,
      topTakeaway(regions, total, true),
    ),
    chart(
      'subregion',
      'insights.bySubregion',
      'insights.colSubregion',
      subregions,
      topTakeaway(subregions, total, true),
    ),
    chart(
      'countries',
      'insights.topCountries',
      'insights.colCountry',
      countries,
      countries[0]
        ? t(
            countries[1]?.value === countries[0].value
              ? 'insights.takeCountriesTie'
              : 'insights.takeCountries',
            {
              n: countries.length,
              share: formatShare(inTop, total),
              label: countries[0].label,
              count: countries[0].value,
              ties: allCountries.filter((c) => c.value === countries[0]?.value).length,
            },
          )
        : t('insights.noData'),
    ),
    yearChart(m, total),
    chart(
      'theme-pairs',
      'insights.themePairs',
      'insights.colPair',
      pairs,
      !total
        ? t('insights.noData')
        : topPair
          ? t(topPair.count === 1 ? 'insights.takePairsOne' : 'insights.takePairs', {
              a: label.theme(topPair.themes[0]),
              b: label.theme(topPair.themes[1]),
              count: topPair.count,
            })
          : t('insights.takePairsNone'),
    ),
  ];
}

export type Headline = {
  initiatives: number;
  countries: number;
  regions: number;
  /** Share led by children themselves among entries that say who leads them; null if none say. */
  childLed: { share: string; known: number } | null;
};

export function headline(facets: Facets): Headline {
  const m = facets.matches;
  const led = m?.childLed ?? {};
  const known = Object.values(led).reduce((a, b) => a + b, 0);
  return {
    initiatives: facets.total,
    countries: facets.countries,
    regions: Object.keys(m?.region ?? {}).length,
    childLed: known ? { share: formatShare(led['child-led'] ?? 0, known), known } : null,
  };
}

/** The chart's figures as CSV rows: label, code, count and share of all matching initiatives. */
export function chartCsvRows(spec: ChartSpec): (string | number)[][] {
  const rows = spec.apart ? [...spec.rows, spec.apart] : spec.rows;
  return [
    [spec.columns[0], 'code', spec.columns[1], t('insights.colShare')],
    ...rows.map((r) => [
      r.label,
      r.key,
      r.value,
      spec.total ? Number((r.value / spec.total).toFixed(4)) : 0,
    ]),
  ];
}
