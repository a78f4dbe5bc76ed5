import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { submissionDetails } from '../../db/schema.ts';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';
import type { Facets, FacetsBreakdown, Meta } from '../../contract/initiatives.ts';

let db: Db;
let app: ReturnType<typeof createApp>;

beforeEach(() => {
  db = testDb();
  app = createApp({ db, env: { LOG_LEVEL: 'silent' } });
  const kenya = insertInitiative(db, {
    country: 'KE',
    year: 2019,
    themes: ['peacebuilding', 'bullying'],
    actions: ['peer-support'],
    origin: 'submission',
  });
  insertInitiative(db, {
    country: 'KE',
    year: 2022,
    themes: ['climate', 'bullying'],
    actions: ['awareness', 'advocacy'],
  });
  insertInitiative(db, {
    country: 'BR',
    year: null,
    themes: ['online-safety', 'bullying', 'climate'],
    actions: ['awareness'],
  });
  const france = insertInitiative(db, {
    country: 'FR',
    year: 2019,
    themes: ['justice'],
    actions: ['decision-making'],
    origin: 'submission',
  });
  insertInitiative(db, { country: 'NP', year: 2015, themes: ['climate'], actions: ['innovation'] });
  // Not public: must count nowhere.
  const pending = insertInitiative(db, {
    country: 'NP',
    year: 2015,
    themes: ['climate', 'justice'],
    status: 'pending',
    origin: 'submission',
  });
  insertInitiative(db, { country: 'DE', year: 2010, status: 'rejected' });
  db.insert(submissionDetails)
    .values([
      { initiativeId: kenya.id, childLed: 'child-led' },
      { initiativeId: france.id, childLed: 'adult-supported' },
      { initiativeId: pending.id, childLed: 'child-led' },
    ])
    .run();
});

async function breakdown(query: string): Promise<Facets & { matches: FacetsBreakdown }> {
  const res = await app.request(`/api/initiatives/facets?breakdown=matches${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Facets & { matches: FacetsBreakdown };
}

type Row = Record<string, string>;

/** The same counts, worked out independently from the open-data CSV export. */
async function countsFromCsv(query: string) {
  const res = await app.request(`/api/initiatives.csv?${query.replace(/^&/, '')}`);
  const rows = parse(await res.text(), { columns: true }) as Row[];
  // The CSV names regions; the facets key them by code.
  const meta = (await (await app.request('/api/meta')).json()) as Meta;
  const regionCode = new Map(meta.regions.map((r) => [r.name, r.code]));
  const subregionCode = new Map(
    meta.regions.flatMap((r) => r.subregions.map((s) => [s.name, s.code] as const)),
  );
  const count = (values: string[]) => {
    const out: Record<string, number> = {};
    for (const v of values) out[v] = (out[v] ?? 0) + 1;
    return out;
  };
  const split = (v: string | undefined) => (v ? v.split(';') : []);
  const pairs: Record<string, number> = {};
  for (const r of rows) {
    const ts = split(r.themes).sort();
    for (let i = 0; i < ts.length; i++)
      for (let j = i + 1; j < ts.length; j++) {
        const key = `${ts[i]}+${ts[j]}`;
        pairs[key] = (pairs[key] ?? 0) + 1;
      }
  }
  return {
    total: rows.length,
    countries: new Set(rows.map((r) => r.country)).size,
    theme: count(rows.flatMap((r) => split(r.themes))),
    action: count(rows.flatMap((r) => split(r.actions))),
    region: count(rows.map((r) => regionCode.get(r.region as string) as string)),
    subregion: count(rows.map((r) => subregionCode.get(r.subregion as string) as string)),
    country: count(rows.map((r) => r.country as string)),
    startYear: count(rows.filter((r) => r.year).map((r) => r.year as string)),
    unknownYear: rows.filter((r) => !r.year).length,
    pairs,
  };
}

describe('GET /api/initiatives/facets?breakdown=matches', () => {
  it('leaves `matches` out unless asked for, so the map’s counts stay small', async () => {
    const res = await app.request('/api/initiatives/facets');
    expect(await res.json()).not.toHaveProperty('matches');
  });

  it('counts published entries by every dimension, start year (unknown apart), and theme pairs', async () => {
    const { total, matches } = await breakdown('');
    expect(total).toBe(5);
    expect(matches.theme).toEqual({
      bullying: 3,
      climate: 3,
      justice: 1,
      'online-safety': 1,
      peacebuilding: 1,
    });
    expect(Object.keys(matches.theme)).toEqual([
      'bullying',
      'climate',
      'justice',
      'online-safety',
      'peacebuilding',
    ]);
    expect(matches.country).toEqual({ KE: 2, BR: 1, FR: 1, NP: 1 });
    expect(matches.startYear).toEqual({ 2015: 1, 2019: 2, 2022: 1 });
    expect(matches.unknownYear).toBe(1);
    expect(matches.childLed).toEqual({ 'child-led': 1, 'adult-supported': 1 });
    expect(matches.themePairs[0]).toEqual({ themes: ['bullying', 'climate'], count: 2 });
    expect(matches.themePairs).toContainEqual({ themes: ['bullying', 'peacebuilding'], count: 1 });
  });

  it('applies every filter, its own included (unlike the filter panel counts)', async () => {
    const f = await breakdown('&theme=climate');
    expect(f.theme.bullying).toBe(3); // panel: bullying chosen instead of climate
    expect(f.matches.theme).toEqual({ climate: 3, bullying: 2, 'online-safety': 1 });
    expect(f.matches.region).toEqual({ africa: 1, americas: 1, asia: 1 });
  });

  it.each([
    '',
    '&theme=climate',
    '&theme=bullying,justice&action=awareness,decision-making',
    '&region=africa,europe',
    '&yearFrom=2016&yearTo=2022',
    '&country=BR',
    '&q=test',
  ])('agrees with the CSV export for "%s"', async (query) => {
    const { total, countries, matches } = await breakdown(query);
    const csv = await countsFromCsv(query);
    expect(total).toBe(csv.total);
    expect(countries).toBe(csv.countries);
    expect(matches.theme).toEqual(csv.theme);
    expect(matches.action).toEqual(csv.action);
    expect(matches.region).toEqual(csv.region);
    expect(matches.subregion).toEqual(csv.subregion);
    expect(matches.country).toEqual(csv.country);
    expect(matches.startYear).toEqual(csv.startYear);
    expect(matches.unknownYear).toBe(csv.unknownYear);
    expect(
      Object.fromEntries(matches.themePairs.map((p) => [p.themes.join('+'), p.count])),
    ).toEqual(csv.pairs);
  });

  it('rejects an unknown breakdown', async () => {
    const res = await app.request('/api/initiatives/facets?breakdown=everything');
    expect(res.status).toBe(400);
  });
});
