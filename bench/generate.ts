/**
 * Generates a SEPARATE SQLite database filled with synthetic, clearly labelled initiatives
 * for load benchmarks. Never points at the app's real database: the output path must be a
 * new file (or one this script made before), and every entry says what it is: the title starts
 * with "[synthetic]", the slug with "synthetic-", and the source lives on example.invalid.
 *
 *   npx tsx bench/generate.ts --count 100000 --out bench/.tmp/bench-100k.sqlite
 *
 * Deterministic: the same count and seed give the same database.
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ACTION_CODES, THEME_CODES } from '../contract/vocabulary.ts';
import { loadEnv } from '../api/env.ts';
import { migrateDb, openDb } from '../db/client.ts';
import { loadCatalogue } from '../db/catalogue.ts';
import { seedReference } from '../db/seed.ts';

export const SYNTHETIC_TITLE_PREFIX = '[synthetic]';
export const SYNTHETIC_SLUG_PREFIX = 'synthetic-';
export const SYNTHETIC_SOURCE_HOST = 'bench.example.invalid';

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof createRandom>;

/** Picks from `items` with probability proportional to `weights` (binary search on the sums). */
function weighted<T>(items: readonly T[], weights: readonly number[]) {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return (r: Random): T => {
    const x = r.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo] as T;
  };
}

/** `k` distinct picks, weighted, in pick order (the first is the primary tag). */
function distinct<T>(pickOne: (r: Random) => T, k: number, r: Random): T[] {
  const out: T[] = [];
  for (let guard = 0; out.length < k && guard < 50; guard++) {
    const v = pickOne(r);
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

const WORDS = (
  'children young people group club school community network council youth peer girls boys ' +
  'students volunteers leaders parents teachers local district village city region national ' +
  'campaign project programme workshop training radio theatre art film podcast survey research ' +
  'report petition meeting dialogue forum assembly parliament mentoring support helpline ' +
  'awareness safety violence bullying online abuse exploitation marriage labour migration ' +
  'refugee climate water rights justice peace health wellbeing protection prevention inclusion ' +
  'disability gender equality education learning play sport music stories voices ideas change ' +
  'policy law officials mayor ministry police court budget plan action week month year together ' +
  'safely openly creatively regularly across within through with about against for and the of'
).split(' ');

const TITLE_NOUNS = [
  'Peer Circle',
  'Youth Council',
  'Safety Club',
  'Radio Project',
  'Rights Forum',
  'Theatre Group',
  'Helpline Team',
  'Climate Brigade',
  'Peace Lab',
  'Media Collective',
  'Research Team',
  'Advocacy Network',
];
const TITLE_ADJECTIVES = [
  'Children’s',
  'Young',
  'Girls’',
  'Student',
  'Community',
  'School',
  'Village',
  'Online',
  'Neighbourhood',
  'Junior',
];
const PLACES = [
  'North',
  'South',
  'East',
  'West',
  'Central',
  'Riverside',
  'Hillside',
  'Lakeside',
  'Old Town',
  'New Town',
  'Harbour',
  'Valley',
];
const ORG_KINDS = ['Foundation', 'Association', 'Network', 'Trust', 'Alliance', 'Initiative'];

/** A summary of 40-80 words, first letter capitalised, ending with a full stop. */
function summary(r: Random): string {
  const n = r.int(40, 80);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(r.pick(WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** True when `path` is a database whose initiatives are all synthetic (made by this script). */
export function isSyntheticDatabase(path: string): boolean {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    const row = sqlite
      .prepare('SELECT count(*) AS other FROM initiatives WHERE slug NOT LIKE ?')
      .get(`${SYNTHETIC_SLUG_PREFIX}%`) as { other: number };
    return row.other === 0;
  } catch {
    return false;
  } finally {
    sqlite?.close();
  }
}

/** Where the benchmarks keep a generated database: bench/.tmp/bench-100k.sqlite for 100,000. */
export function benchDatabasePath(count: number): string {
  const size = count % 1000 === 0 && count > 0 ? `${count / 1000}k` : String(count);
  return `bench/.tmp/bench-${size}.sqlite`;
}

type CountryPoint = { code: string; lat: number; lon: number };

export type GenerateResult = { path: string; count: number; ms: number };

/**
 * Creates `path` (which must not exist, unless `overwrite`) as a migrated database with the
 * reference tables and `count` synthetic published initiatives. Returns how long it took.
 */
export function generateDatabase(
  path: string,
  count: number,
  options: {
    seed?: number;
    /** Replace any existing file (tests only). */ overwrite?: boolean;
  } = {},
): GenerateResult {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be >= 0, got ${count}`);
  const target = resolve(path);
  const appDb = resolve(loadEnv().DATABASE_PATH);
  if (target === appDb) {
    throw new Error(`Refusing to write synthetic data into the app database (${appDb}).`);
  }
  if (existsSync(target)) {
    // Only ever replace a database this script made: every initiative in it is synthetic.
    if (!options.overwrite && !isSyntheticDatabase(target)) {
      throw new Error(
        `${target} exists and holds non-synthetic data (or is not a database); not replacing it.`,
      );
    }
    for (const suffix of ['', '-wal', '-shm']) rmSync(target + suffix, { force: true });
  }
  const started = performance.now();
  const db = openDb(target);
  try {
    migrateDb(db);
    seedReference(db);
    const sqlite = db.$client;
    const countryRows = sqlite
      .prepare('SELECT code, lat, lon FROM countries ORDER BY code')
      .all() as CountryPoint[];
    const r = createRandom(options.seed ?? 20_240_611);

    // Skewed like the real catalogue: countries are weighted by how many starter entries they
    // have (plus a small floor so every country appears), themes and actions by a falling curve.
    const perCountry = new Map<string, number>();
    for (const { record } of loadCatalogue().entries) {
      perCountry.set(record.country, (perCountry.get(record.country) ?? 0) + 1);
    }
    const pickCountry = weighted(
      countryRows,
      countryRows.map((c) => (perCountry.get(c.code) ?? 0) + 0.3),
    );
    const pickTheme = weighted(
      THEME_CODES,
      THEME_CODES.map((_, i) => 1 / (i + 2)),
    );
    const pickAction = weighted(
      ACTION_CODES,
      ACTION_CODES.map((_, i) => 1 / (i + 1.5)),
    );
    const years: number[] = [];
    const yearWeights: number[] = [];
    for (let y = 1995; y <= 2025; y++) {
      years.push(y);
      yearWeights.push(1 + (y - 1995) ** 1.5);
    }
    const pickYear = weighted(years, yearWeights);

    const insert = sqlite.prepare(
      `INSERT INTO initiatives (slug, title, summary, country, locality, lat, lon, year,
         organization, source_url, source_title, status, origin, created_at, updated_at, published_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', 'import', ?, ?, ?)`,
    );
    const insertTheme = sqlite.prepare(
      'INSERT INTO initiative_themes (initiative_id, theme, position) VALUES (?, ?, ?)',
    );
    const insertAction = sqlite.prepare(
      'INSERT INTO initiative_actions (initiative_id, action, position) VALUES (?, ?, ?)',
    );
    const at = '2025-01-01T00:00:00.000Z';
    const width = String(Math.max(count, 1)).length;

    sqlite.transaction(() => {
      for (let n = 1; n <= count; n++) {
        const country = pickCountry(r);
        const place = r.pick(PLACES);
        const title = `${SYNTHETIC_TITLE_PREFIX} ${r.pick(TITLE_ADJECTIVES)} ${r.pick(TITLE_NOUNS)} ${place} ${n}`;
        const slug = `${SYNTHETIC_SLUG_PREFIX}${String(n).padStart(width, '0')}`;
        const withPoint = r.next() >= 0.1; // about 10% are placed at their country's point
        const lat = withPoint
          ? Math.max(-89.9, Math.min(89.9, country.lat + (r.next() - 0.5) * 4))
          : null;
        const lon = withPoint ? ((country.lon + (r.next() - 0.5) * 4 + 540) % 360) - 180 : null;
        const year = r.next() < 0.15 ? null : pickYear(r);
        const organization =
          r.next() < 0.2 ? null : `${place} Children’s ${r.pick(ORG_KINDS)} ${r.int(1, 999)}`;
        const locality = r.next() < 0.25 ? null : `${place} District`;
        const info = insert.run(
          slug,
          title,
          summary(r),
          country.code,
          locality,
          lat === null ? null : Math.round(lat * 1000) / 1000,
          lon === null ? null : Math.round(lon * 1000) / 1000,
          year,
          organization,
          `https://${SYNTHETIC_SOURCE_HOST}/initiatives/${n}`,
          'Synthetic benchmark entry (not a real initiative)',
          at,
          at,
          at,
        );
        const id = Number(info.lastInsertRowid);
        const nThemes = r.next() < 0.45 ? 1 : r.next() < 0.7 ? 2 : 3;
        distinct(pickTheme, nThemes, r).forEach((t, i) => insertTheme.run(id, t, i));
        const nActions = r.next() < 0.5 ? 1 : 2;
        distinct(pickAction, nActions, r).forEach((a, i) => insertAction.run(id, a, i));
      }
    })();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.exec('ANALYZE');
  } finally {
    db.$client.close();
  }
  return { path: target, count, ms: Math.round(performance.now() - started) };
}

function main() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '100000' },
      out: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const count = Number(values.count);
  const out = values.out ?? benchDatabasePath(count);
  const result = generateDatabase(out, count, {
    seed: values.seed === undefined ? undefined : Number(values.seed),
  });
  console.log(
    `Generated ${result.count} synthetic initiatives in ${result.path} (${(result.ms / 1000).toFixed(1)} s)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
