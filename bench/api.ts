/**
 * Load benchmark of the public read API: the real server in its own process, autocannon in
 * this one, traffic on 127.0.0.1 only. See bench/README.md.
 */
import autocannon from 'autocannon';
import { cpus, loadavg } from 'node:os';
import { THEME_CODES } from '../contract/vocabulary.ts';
import { httpGet, memoryOf, startServer } from './server.ts';

export type Scenario = {
  name: string;
  /** Fixed path, or a function giving the next path (varied queries). */
  path: string | (() => string);
  headers?: Record<string, string>;
  /** List and facets carry the targets; the others are reported only. */
  targeted: boolean;
  /** Fewer connections than the run's (GeoJSON: 50 parallel 35 MiB downloads never finish). */
  maxConnections?: number;
};

export type Dataset = {
  label: string;
  /** Omit for the starter catalogue seeded into a temp file. */
  databasePath?: string;
  /** p99 target in ms for targeted scenarios; req/s target (seeded data only). */
  p99TargetMs: number;
  rpsTarget?: number;
};

export type ScenarioResult = {
  name: string;
  connections: number;
  path: string;
  targeted: boolean;
  bodyBytes: number;
  requests: number;
  rpsMean: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  meetsTarget?: boolean;
};

export type DatasetResult = {
  dataset: Dataset;
  /** 1-minute load average before and after the runs (other work on the machine skews figures). */
  loadBefore: number;
  loadAfter: number;
  initiatives: number;
  startupMs: number;
  firstListMs: number;
  firstFacetsMs: number;
  rssAfterFirstMiB?: number;
  rssEndMiB?: number;
  peakRssMiB?: number;
  scenarios: ScenarioResult[];
};

export type ApiBenchOptions = {
  connections: number;
  durationSec: number;
  warmupSec: number;
  port?: number;
  /** Progress lines; default console.log. */
  log?: (line: string) => void;
};

const FILTER = 'theme=climate&region=africa';

/** Two-word searches from words found in both real and synthetic text: mostly cache misses. */
function variedSearch(): () => string {
  const words = (
    'school children youth peace water girls club rights climate radio online safety council ' +
    'violence community health justice theatre training network village migration bullying'
  ).split(' ');
  let n = 0;
  return () => {
    const a = words[n % words.length] as string;
    const b = words[Math.floor(n / words.length) % words.length] as string;
    n++;
    return `/api/initiatives?q=${a}+${b}&limit=20`;
  };
}

/**
 * Filter combinations cycled in order: 13 themes x 5 regions x 31 start years = 2,015 keys,
 * more than the server's 1,000-entry response cache, so (least recently used out) every
 * request misses it and measures the full filter, count and serialize path.
 */
function variedFilters(base: string): () => string {
  const themes = THEME_CODES;
  const regions = ['africa', 'americas', 'asia', 'europe', 'oceania'];
  let n = 0;
  return () => {
    const theme = themes[n % themes.length] as string;
    const region = regions[Math.floor(n / themes.length) % regions.length] as string;
    const year = 1995 + (Math.floor(n / (themes.length * regions.length)) % 31);
    n++;
    return `${base}?theme=${theme}&region=${region}&yearFrom=${year}`;
  };
}

export function apiScenarios(): Scenario[] {
  return [
    { name: 'List', path: '/api/initiatives', targeted: true },
    { name: 'List, filtered', path: `/api/initiatives?${FILTER}`, targeted: true },
    { name: 'Facets', path: '/api/initiatives/facets', targeted: true },
    { name: 'Facets, filtered', path: `/api/initiatives/facets?${FILTER}`, targeted: true },
    {
      name: 'List, varied filters (uncached)',
      path: variedFilters('/api/initiatives'),
      targeted: true,
    },
    {
      name: 'Facets, varied filters (uncached)',
      path: variedFilters('/api/initiatives/facets'),
      targeted: true,
    },
    { name: 'Search (one query)', path: '/api/initiatives?q=school', targeted: false },
    { name: 'Search (varied queries)', path: variedSearch(), targeted: false },
    { name: 'GeoJSON', path: '/api/initiatives.geojson', targeted: false, maxConnections: 10 },
    {
      name: 'GeoJSON, gzip',
      path: '/api/initiatives.geojson',
      headers: { 'Accept-Encoding': 'gzip' },
      targeted: false,
      maxConnections: 10,
    },
  ];
}

const pathOf = (s: Scenario) => (typeof s.path === 'string' ? s.path : s.path());

async function load(
  url: string,
  scenario: Scenario,
  connections: number,
  durationSec: number,
): Promise<autocannon.Result> {
  const { path, headers } = scenario;
  return autocannon({
    url,
    connections,
    duration: durationSec,
    timeout: 30,
    headers,
    requests:
      typeof path === 'string'
        ? [{ method: 'GET', path }]
        : [{ method: 'GET', setupRequest: (req) => ({ ...req, path: path() }) }],
  });
}

/** Benchmarks every scenario on one dataset with a fresh server; stops the server after. */
export async function benchDataset(
  dataset: Dataset,
  scenarios: Scenario[],
  options: ApiBenchOptions,
): Promise<DatasetResult> {
  const log = options.log ?? console.log;
  const loadBefore = loadavg()[0] ?? 0;
  log(`\n== ${dataset.label}: starting server (load average ${loadBefore.toFixed(2)})`);
  const server = await startServer({ databasePath: dataset.databasePath, port: options.port });
  try {
    log(`   server pid ${server.pid} at ${server.url}, healthy after ${ms(server.startupMs)}`);
    // The first list request builds the in-memory snapshot; time it on its own.
    const firstList = await httpGet(`${server.url}/api/initiatives?limit=1`);
    const firstFacets = await httpGet(`${server.url}/api/initiatives/facets`);
    if (firstList.status !== 200 || firstFacets.status !== 200) {
      throw new Error(`First requests failed: ${firstList.status} ${firstList.body.slice(0, 300)}`);
    }
    const initiatives = (JSON.parse(firstList.body) as { total: number }).total;
    const afterFirst = memoryOf(server.pid);
    log(
      `   ${initiatives} initiatives; first list ${ms(firstList.ms)}, first facets ${ms(firstFacets.ms)}, ` +
        `RSS ${mib(afterFirst?.rssMiB)}`,
    );

    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) {
      // Check the answer is a real 200 before measuring how fast it comes.
      const path = pathOf(scenario);
      const check = await httpGet(`${server.url}${path}`, scenario.headers);
      if (check.status !== 200) {
        throw new Error(
          `${scenario.name}: GET ${path} gave ${check.status}: ${check.body.slice(0, 300)}`,
        );
      }
      if (options.warmupSec > 0) {
        await load(server.url, scenario, Math.min(10, options.connections), options.warmupSec);
      }
      const connections = Math.min(options.connections, scenario.maxConnections ?? Infinity);
      const r = await load(server.url, scenario, connections, options.durationSec);
      const result: ScenarioResult = {
        name: scenario.name,
        connections,
        path: typeof scenario.path === 'string' ? scenario.path : `${path} (varied)`,
        targeted: scenario.targeted,
        bodyBytes: check.bytes,
        requests: r.requests.total,
        rpsMean: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        max: r.latency.max,
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
      };
      if (scenario.targeted) {
        result.meetsTarget =
          result.errors === 0 &&
          result.non2xx === 0 &&
          result.p99 < dataset.p99TargetMs &&
          (dataset.rpsTarget === undefined || result.rpsMean >= dataset.rpsTarget);
      }
      results.push(result);
      log(
        `   ${scenario.name.padEnd(34)} ${result.rpsMean.toFixed(0).padStart(6)} req/s  ` +
          `p50 ${result.p50} ms  p99 ${result.p99} ms  errors ${result.errors + result.timeouts}  ` +
          `non-2xx ${result.non2xx}${result.meetsTarget === false ? '  MISSES TARGET' : ''}`,
      );
    }
    const end = memoryOf(server.pid);
    return {
      dataset,
      loadBefore,
      loadAfter: loadavg()[0] ?? 0,
      initiatives,
      startupMs: server.startupMs,
      firstListMs: firstList.ms,
      firstFacetsMs: firstFacets.ms,
      rssAfterFirstMiB: afterFirst?.rssMiB,
      rssEndMiB: end?.rssMiB,
      peakRssMiB: end?.peakMiB,
      scenarios: results,
    };
  } finally {
    await server.stop();
  }
}

export function ms(n: number): string {
  return n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`;
}

export function mib(n: number | undefined): string {
  return n === undefined ? 'n/a' : `${n.toFixed(0)} MiB`;
}

function bytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

/** The markdown tables for bench/results/api.md. */
export function apiMarkdown(
  results: DatasetResult[],
  context: { date: string; machine: string; commands: string[]; options: ApiBenchOptions },
): string {
  const { connections, durationSec, warmupSec } = context.options;
  const lines = [
    '# API load benchmark',
    '',
    `- Date: ${context.date}`,
    `- Machine: ${context.machine}`,
    `- Load: autocannon, ${connections} connections, ${durationSec} s per endpoint after a ${warmupSec} s warm-up ` +
      '(10 connections); server and load generator are separate processes on the same 2-core machine, ' +
      'so the load generator takes CPU the server would otherwise have. Traffic on 127.0.0.1 only.',
    '- Commands:',
    ...context.commands.map((c) => `  - \`${c}\``),
    '',
  ];
  for (const r of results) {
    const target =
      r.dataset.rpsTarget === undefined
        ? `p99 < ${r.dataset.p99TargetMs} ms`
        : `>= ${r.dataset.rpsTarget} req/s and p99 < ${r.dataset.p99TargetMs} ms`;
    lines.push(
      `## ${r.dataset.label} (${r.initiatives.toLocaleString('en')} published initiatives)`,
      '',
      `Target for list and facets: ${target}. ` +
        `1-minute load average ${r.loadBefore.toFixed(2)} before, ${r.loadAfter.toFixed(2)} after` +
        (Math.max(r.loadBefore, r.loadAfter) > cpus().length / 2
          ? ' (**the machine was busy with other work: these figures understate the server**).'
          : '.'),
      '',
      '| Endpoint | Path | Body | Conns | Req/s (mean) | p50 | p99 | Max | Errors | Non-2xx | Target |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...r.scenarios.map(
        (s) =>
          `| ${s.name} | \`${s.path}\` | ${bytes(s.bodyBytes)} | ${s.connections} | ${s.rpsMean.toFixed(0)} | ${s.p50} ms | ` +
          `${s.p99} ms | ${s.max} ms | ${s.errors + s.timeouts} | ${s.non2xx} | ` +
          `${s.meetsTarget === undefined ? '-' : s.meetsTarget ? 'met' : '**missed**'} |`,
      ),
      '',
    );
  }
  lines.push(
    '## Start-up and memory',
    '',
    '| Data | Start to healthy | First list (builds snapshot) | First facets | RSS after first request | RSS at end | Peak RSS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.dataset.label} | ${ms(r.startupMs)} | ${ms(r.firstListMs)} | ${ms(r.firstFacetsMs)} | ` +
        `${mib(r.rssAfterFirstMiB)} | ${mib(r.rssEndMiB)} | ${mib(r.peakRssMiB)} |`,
    ),
    '',
    'Start to healthy includes migrations and, for the starter catalogue, seeding. The first list ' +
      'request builds the in-memory snapshot of published initiatives. Peak RSS includes the GeoJSON runs.',
    '',
  );
  return lines.join('\n');
}
