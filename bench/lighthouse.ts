/**
 * Lighthouse audits of the public pages (map, an initiative, the form, about, insights,
 * contact) on the seeded database, and of the map on generated synthetic entries (20,000 by
 * default), with Lighthouse's default mobile settings: a mid-range phone, 4x slower CPU and a
 * simulated slow 4G line. Medians of `--runs` audits per page go to
 * bench/results/lighthouse.md.
 *
 * Lighthouse is not a dependency of the project (it is 185 MB with its own packages): the
 * script runs a pinned version with `npx --yes`, which fetches it from the npm registry the
 * first time. It drives Debian's Chromium (CHROME_PATH), never a downloaded browser.
 *
 *   npm run bench:lighthouse                    # build, audit, write the results
 *   npm run bench:lighthouse -- --runs 1 --no-write
 *   npm run bench:lighthouse -- --count 0          # skip the map on 20,000 synthetic entries
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchDatabasePath, generateDatabase, isSyntheticDatabase } from './generate.ts';
import { buildWebApp, httpGet, REPO_ROOT, startServer } from './server.ts';
import { median } from './stats.ts';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  ['first-contentful-paint', 'First contentful paint', 'ms'],
  ['largest-contentful-paint', 'Largest contentful paint', 'ms'],
  ['total-blocking-time', 'Total blocking time', 'ms'],
  ['cumulative-layout-shift', 'Cumulative layout shift', ''],
] as const;

type Report = {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; score: number | null }>;
};

type PageResult = {
  label: string;
  path: string;
  reports: Report[];
};

/** Lighthouse exits non-zero when it could not trace the load (NO_NAVSTART): worth a retry. */
const RETRYABLE =
  /NO_NAVSTART|NO_FCP|PROTOCOL_TIMEOUT|Something went wrong with recording the trace/;

function audit(url: string, out: string): Report {
  const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking';
  const r = spawnSync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--quiet',
      `--chrome-flags=${chromeFlags}`,
      '--output=json',
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(',')}`,
    ],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) {
    const code = RETRYABLE.exec(r.stderr)?.[0];
    if (code) {
      return {
        lighthouseVersion: '',
        runtimeError: { code, message: r.stderr.slice(-500) },
        categories: {},
        audits: {},
      };
    }
    throw new Error(
      `Lighthouse failed for ${url} (exit ${r.status}). Is the npm registry reachable for ` +
        `"npx ${LIGHTHOUSE}"?\n${r.stderr.slice(-2000)}`,
    );
  }
  return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

/** One audit that Lighthouse itself could not trace (NO_NAVSTART happens) is run again. */
function auditWithRetry(url: string, out: string, tries = 4): Report {
  let last: Report | undefined;
  for (let i = 0; i < tries; i++) {
    last = audit(url, out);
    if (!last.runtimeError) return last;
    console.log(`  Lighthouse could not measure (${last.runtimeError.code}); again.`);
  }
  throw new Error(`Lighthouse gave no result for ${url}: ${last?.runtimeError?.message ?? ''}`);
}

function markdown(pages: PageResult[], runs: number): string {
  const version = pages[0]?.reports[0]?.lighthouseVersion ?? '?';
  const score = (p: PageResult, c: string) =>
    Math.round(median(p.reports.map((r) => (r.categories[c]?.score ?? 0) * 100)));
  const metric = (p: PageResult, id: string, unit: string) => {
    const v = median(p.reports.map((r) => r.audits[id]?.numericValue ?? 0));
    return unit === 'ms' ? `${Math.round(v).toLocaleString('en')} ms` : v.toFixed(3);
  };
  const lines = [
    '# Lighthouse audits (public pages)',
    '',
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}; server and browser on the same machine, 127.0.0.1.`,
    `- Lighthouse ${version} (\`npx ${LIGHTHOUSE}\`), Debian Chromium headless, default mobile settings: emulated mid-range phone, 4x CPU slowdown, simulated slow 4G (150 ms RTT, 1.6 Mbit/s). Median of ${runs} audits per page.`,
    '- Command: `npm run bench:lighthouse` (the production build; the seeded database, and the map page again on generated synthetic entries).',
    '',
    `| Page | ${CATEGORIES.map((c) => c.replace('-', ' ')).join(' | ')} | ${METRICS.map((m) => m[1]).join(' | ')} |`,
    `| --- | ${CATEGORIES.map(() => '---:').join(' | ')} | ${METRICS.map(() => '---:').join(' | ')} |`,
    ...pages.map(
      (p) =>
        `| ${p.label} (\`${p.path}\`) | ${CATEGORIES.map((c) => score(p, c)).join(' | ')} | ${METRICS.map(([id, , unit]) => metric(p, id, unit)).join(' | ')} |`,
    ),
    '',
    "Reading the map rows: Lighthouse emulates a phone, so the map page shows the server's picture",
    'of the map and does not load maplibre-gl until asked (decision 131); its blocking time is',
    'the app starting and, at 20,000 entries, every point loaded for the list. The unthrottled',
    'timings of the live map are in `web.md`.',
    '',
  ];
  return lines.join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      'static-dir': { type: 'string' },
      count: { type: 'string', default: '20000' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  const count = Number(values.count);
  let staticDir = values['static-dir'];
  if (!staticDir) {
    staticDir = buildWebApp();
  }

  const pages: PageResult[] = [];
  const tmp = mkdtempSync(join(tmpdir(), 'pm-lighthouse-'));
  const auditPages = (url: string, targets: { label: string; path: string }[]) => {
    for (const t of targets) {
      const reports: Report[] = [];
      for (let i = 0; i < runs; i++) {
        reports.push(auditWithRetry(`${url}${t.path}`, join(tmp, `run-${i}.json`)));
      }
      pages.push({ ...t, reports });
      const perf = reports.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
      console.log(`  ${t.label}: performance ${perf.join(', ')}`);
    }
  };
  try {
    const server = await startServer({ staticDir });
    try {
      console.log(`Server PID ${server.pid} at ${server.url}`);
      const list = JSON.parse((await httpGet(`${server.url}/api/initiatives?limit=1`)).body) as {
        items: { slug: string }[];
      };
      const slug = list.items[0]?.slug;
      if (!slug) throw new Error('The seeded database has no published initiative.');
      auditWithRetry(`${server.url}/about`, join(tmp, 'warm.json')); // warm server and npx cache
      auditPages(server.url, [
        { label: 'Map', path: '/' },
        { label: 'Initiative', path: `/initiatives/${slug}` },
        { label: "Let's tell the world", path: '/tell' },
        { label: 'About', path: '/about' },
        { label: 'Insights', path: '/insights' },
        { label: 'Contact', path: '/contact' },
      ]);
    } finally {
      await server.stop();
    }
    if (count > 0) {
      // The map page again on a generated database: the "at least 75 at 20,000".
      const path = join(REPO_ROOT, benchDatabasePath(count));
      if (!existsSync(path) || !isSyntheticDatabase(path)) {
        mkdirSync(join(REPO_ROOT, 'bench/.tmp'), { recursive: true });
        console.log(`Generating ${count} synthetic entries into ${path}…`);
        generateDatabase(path, count);
      }
      const big = await startServer({ staticDir, databasePath: path });
      try {
        console.log(`${count} synthetic entries: server PID ${big.pid} at ${big.url}`);
        await httpGet(`${big.url}/api/initiatives/points`, { 'Accept-Encoding': 'gzip' });
        auditPages(big.url, [
          { label: `Map, ${count.toLocaleString('en')} synthetic entries`, path: '/' },
        ]);
      } finally {
        await big.stop();
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const md = markdown(pages, runs);
  if (!values['no-write']) {
    const out = join(REPO_ROOT, 'bench/results/lighthouse.md');
    writeFileSync(out, md);
    console.log(`Wrote ${out}`);
  } else console.log(md);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
