/**
 * `npm run bench`: the API load benchmark on the starter catalogue and on a generated
 * database of synthetic entries (made once into bench/.tmp/, git-ignored), then the figures
 * into bench/results/api.md.
 *
 *   npm run bench                          # both datasets, 50 connections, 10 s per endpoint
 *   npm run bench -- --only seeded --duration 5
 *   npm run bench -- --count 20000 --no-write
 *   npm run bench -- --wait-quiet 600     # wait up to 10 min for load average < 1
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  apiMarkdown,
  apiScenarios,
  benchDataset,
  type ApiBenchOptions,
  type Dataset,
  type DatasetResult,
} from './api.ts';
import { benchDatabasePath, generateDatabase } from './generate.ts';
import { REPO_ROOT } from './server.ts';

/**
 * Other work on a 2-core machine (tests, builds, browsers) halves what the server gets.
 * Waits up to `seconds` for the 1-minute load average to fall under 1, saying so.
 */
async function waitForQuiet(seconds: number) {
  const deadline = Date.now() + seconds * 1000;
  while ((loadavg()[0] ?? 0) >= 1 && Date.now() < deadline) {
    console.log(
      `Load average ${(loadavg()[0] ?? 0).toFixed(2)}: waiting for the machine to be quiet`,
    );
    await new Promise((r) => setTimeout(r, 15_000));
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      count: { type: 'string', default: '100000' },
      connections: { type: 'string', default: '50' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      port: { type: 'string' },
      scenario: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
      'wait-quiet': { type: 'string', default: '0' },
    },
  });
  const count = Number(values.count);
  const options: ApiBenchOptions = {
    connections: Number(values.connections),
    durationSec: Number(values.duration),
    warmupSec: Number(values.warmup),
    port: values.port === undefined ? undefined : Number(values.port),
  };
  const numbers = { count, ...options };
  for (const k of ['count', 'connections', 'durationSec', 'warmupSec', 'port'] as const) {
    const v = numbers[k];
    if (v !== undefined && (!Number.isFinite(v) || v < 0)) throw new Error(`Bad ${k}: ${v}`);
  }
  if (options.port !== undefined && options.port === 0) options.port = undefined;

  const generated = join(REPO_ROOT, benchDatabasePath(count));
  const datasets: Dataset[] = [];
  if (values.only === undefined || values.only === 'seeded') {
    datasets.push({ label: 'Starter catalogue', p99TargetMs: 50, rpsTarget: 3000 });
  }
  if (values.only === undefined || values.only === 'generated') {
    if (!existsSync(generated)) {
      console.log(
        `Generating ${count} synthetic initiatives into ${relative(REPO_ROOT, generated)}`,
      );
      const g = generateDatabase(generated, count);
      console.log(`   done in ${(g.ms / 1000).toFixed(1)} s`);
    }
    datasets.push({
      label: `Generated, ${count.toLocaleString('en')} entries`,
      databasePath: generated,
      p99TargetMs: 250,
    });
  }
  if (!datasets.length) throw new Error('--only must be "seeded" or "generated"');

  await waitForQuiet(Number(values['wait-quiet']));
  let scenarios = apiScenarios();
  if (values.scenario) {
    const wanted = values.scenario.toLowerCase();
    scenarios = scenarios.filter((s) => s.name.toLowerCase().includes(wanted));
  }
  const results: DatasetResult[] = [];
  for (const d of datasets) results.push(await benchDataset(d, scenarios, options));

  const cpu = cpus();
  const machine =
    `${cpu.length} CPUs (nproc), ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ` +
    `${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform} ${process.arch}`;
  const md = apiMarkdown(results, {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine,
    commands: [
      `npx tsx bench/generate.ts --count ${count} --out ${relative(REPO_ROOT, generated)}`,
      ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(
        ' ',
      ),
    ],
    options,
  });
  if (values['no-write']) {
    console.log(`\n${md}`);
  } else {
    const out = join(REPO_ROOT, 'bench', 'results', 'api.md');
    mkdirSync(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(out, md);
    console.log(`\nWrote ${relative(REPO_ROOT, out)}`);
  }
  const missed = results.flatMap((r) =>
    r.scenarios.filter((s) => s.meetsTarget === false).map((s) => `${r.dataset.label}: ${s.name}`),
  );
  if (missed.length) {
    console.log(`Targets missed:\n  ${missed.join('\n  ')}`);
    process.exitCode = 2;
  } else {
    console.log('All list and facets targets met.');
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
