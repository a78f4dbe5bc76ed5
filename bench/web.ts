/**
 * Web benchmark (issue 3): in real Chromium against the real server, on the starter catalogue
 * and on a generated database of synthetic entries (20,000 by default):
 * - navigation to map idle with all entries drawn (cold: a fresh browser context per run);
 * - a filter click to the updated map (click event to the page's "map updated" mark: points
 *   redrawn and the map idle with the new colours), and to the next animation frame after it;
 * - what the first visit downloads: JavaScript (with and without maplibre-gl), CSS and data,
 *   as transferred (gzip) and as the files' own gzip size.
 * - the insights page (/insights): rendering every chart from the facets' answer (the page's
 *   `pm:insights-render` measure), navigation to the charts drawn, and the route's JavaScript.
 * Writes bench/results/web.md and bench/results/insights.md (`--only-insights`: the latter only).
 *
 *   npx tsx bench/web.ts                        # builds the web app into bench/.tmp/web-dist
 *   npx tsx bench/web.ts --static-dir /tmp/dist --runs 5 --count 20000 --no-write
 *
 * Servers are started as their own processes (`node --import tsx api/server.ts`) and stopped
 * by their own PID; the browser is Debian's Chromium (never a downloaded one).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { benchDatabasePath, generateDatabase, isSyntheticDatabase } from './generate.ts';
import { CHROMIUM_ARGS } from '../tests/e2e/helpers/harness.ts';
import { buildWebApp, httpGet, REPO_ROOT, startServer } from './server.ts';
import { median, pct } from './stats.ts';

const TARGETS = {
  idleMs: 1500,
  filterSeededMs: 50,
  filterGeneratedMs: 200,
  firstVisitJsKiB: 150,
};

type Download = { url: string; kind: 'js' | 'maplibre' | 'css' | 'data' | 'other'; bytes: number };
type Run = {
  idleMs: number;
  shownMs: number;
  usefulMs: number;
  downloads: Download[];
  points: number;
};

function kindOf(url: string, type: string): Download['kind'] {
  const path = new URL(url).pathname;
  if (/maplibre-gl/.test(path)) return 'maplibre';
  if (path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
  if (path.endsWith('.css')) return 'css';
  // The basemap's shapes are a JSON file of the build (decision 130): data, not code.
  if (path.startsWith('/api/') || path.endsWith('.json') || type === 'fetch' || type === 'xhr')
    return 'data';
  return 'other';
}

/**
 * Waits for a performance mark of the page, asking every 100 ms. Not on every animation
 * frame (Playwright's default): that would have the page run a callback in each frame of the
 * load it measures, and draw frames a visitor's browser would not.
 */
async function waitForMark(page: Page, name: string): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
    timeout: 60_000,
    polling: 100,
  });
}

async function coldVisit(browser: Browser, url: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // The first animation frame once the map is updated and shown (closer to on-screen).
  // (A string: tsx would wrap named functions in a helper the page does not have.)
  // "First useful paint": the first frame showing the headline with its counts and at least
  // one entry of the list, whoever drew them (the server's first paint or the app).
  await context.addInitScript(`
    (() => {
      const useful = () => {
        const headline = document.querySelector('[data-testid=headline]');
        const entry = document.querySelector('.result-list a[href^="/initiatives/"]');
        if (headline && /\\d/.test(headline.textContent || '') && entry)
          requestAnimationFrame(() => performance.mark('pm:useful-paint'));
        else requestAnimationFrame(useful);
      };
      requestAnimationFrame(useful);
    })();
  `);
  await context.addInitScript(`
    window.addEventListener('pm:map-idle', () => {
      const check = () => {
        const wrap = document.querySelector('.map-canvas-wrap');
        if (wrap && !wrap.classList.contains('is-loading'))
          requestAnimationFrame(() => performance.mark('pm:map-shown'));
        else requestAnimationFrame(check);
      };
      check();
    }, { once: true });
  `);
  const page = await context.newPage();
  const pending: Promise<Download | undefined>[] = [];
  page.on('requestfinished', (req) => {
    pending.push(
      req.sizes().then(
        (s) => ({
          url: req.url(),
          kind: kindOf(req.url(), req.resourceType()),
          bytes: s.responseBodySize,
        }),
        () => undefined,
      ),
    );
  });
  await page.goto(url);
  await waitForMark(page, 'pm:map-shown');
  const result = await page.evaluate(() => {
    const mark = performance.getEntriesByName('pm:map-idle')[0] as PerformanceEntry;
    const shown = performance.getEntriesByName('pm:map-shown')[0] as PerformanceEntry;
    const useful = performance.getEntriesByName('pm:useful-paint')[0] as PerformanceEntry;
    const overlay = (window as unknown as { __pmOverlay: { count: number } }).__pmOverlay;
    return {
      idleMs: mark.startTime,
      shownMs: shown.startTime,
      usefulMs: useful?.startTime ?? Number.NaN,
      points: overlay.count,
    };
  });
  const downloads = (await Promise.all(pending)).filter((d): d is Download => !!d);
  await context.close();
  return { ...result, downloads };
}

type InsightsRun = {
  renderMs: number;
  frameMs: number;
  drawnMs: number;
  js: number;
  jsNames: string[];
  routeJs: number;
};

/**
 * A cold visit to /insights: the page marks when the facets' answer arrives and when every
 * chart is in the DOM (`pm:insights-render`), and here the next animation frame after that.
 */
async function insightsVisit(browser: Browser, url: string): Promise<InsightsRun> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(`
    window.addEventListener('pm:insights-drawn', () => {
      requestAnimationFrame(() => performance.mark('pm:insights-frame'));
    }, { once: true });
  `);
  const page = await context.newPage();
  const pending: Promise<Download | undefined>[] = [];
  page.on('requestfinished', (req) => {
    pending.push(
      req.sizes().then(
        (s) => ({
          url: req.url(),
          kind: kindOf(req.url(), req.resourceType()),
          bytes: s.responseBodySize,
        }),
        () => undefined,
      ),
    );
  });
  await page.goto(`${url}/insights`);
  await waitForMark(page, 'pm:insights-frame');
  const timing = await page.evaluate(() => {
    const render = performance.getEntriesByName('pm:insights-render')[0] as PerformanceEntry;
    const data = performance.getEntriesByName('pm:insights-data')[0] as PerformanceEntry;
    const drawn = performance.getEntriesByName('pm:insights-drawn')[0] as PerformanceEntry;
    const frame = performance.getEntriesByName('pm:insights-frame')[0] as PerformanceEntry;
    return {
      renderMs: render.duration,
      frameMs: frame.startTime - data.startTime,
      drawnMs: drawn.startTime,
    };
  });
  const js = (await Promise.all(pending)).filter(
    (d): d is Download => !!d && (d.kind === 'js' || d.kind === 'maplibre'),
  );
  await context.close();
  const route = js.filter((d) => /\/(insights|insights-page)-[^/]*\.js$/.test(d.url));
  return {
    ...timing,
    js: js.reduce((n, d) => n + d.bytes, 0),
    jsNames: js.map((d) => basename(d.url)),
    routeJs: route.reduce((n, d) => n + d.bytes, 0),
  };
}

type InsightsResult = { name: string; entries: number; runs: InsightsRun[] };

const INSIGHTS_RENDER_TARGET_MS = 100;

function insightsMarkdown(results: InsightsResult[], runs: number): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const lines = [
    '# Web benchmark (insights page)',
    '',
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${cpus().length} CPUs, ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}; load average at the end ${loadavg()[0]?.toFixed(2)}`,
    '- Browser: Debian Chromium, headless, 1400×900; server and browser on the same 2-core machine, 127.0.0.1.',
    `- Command: \`npx tsx bench/web.ts\` (or \`--only-insights\`): ${runs} cold visits to \`/insights\` (no filters: every chart at its largest) per dataset, after one warm-up visit.`,
    '- "Render all charts": from the facets\' answer arriving in the page (`pm:insights-data`) to every chart, table and takeaway in the DOM (`pm:insights-drawn`): working out the charts from the counts and React rendering them. "Next frame": to the first animation frame after that.',
    "- The server counts (`/api/initiatives/facets?breakdown=matches`), so the page's work depends on the number of themes, places and years, not of entries.",
    '',
    '| Dataset | Entries | Render all charts (median) | Runs | Target | Next frame (median) | Navigation to charts drawn (median) | JS on the visit (transferred) | Insights route chunk |',
    '| --- | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const render = r.runs.map((x) => x.renderMs);
    const m = median(render);
    const last = r.runs[r.runs.length - 1] as InsightsRun;
    lines.push(
      `| ${r.name} | ${r.entries.toLocaleString('en')} | ${msf(m)} | ${render.map(msf).join(', ')} | ` +
        `< ${INSIGHTS_RENDER_TARGET_MS} ms ${m < INSIGHTS_RENDER_TARGET_MS ? 'met' : '**missed**'} | ` +
        `${msf(median(r.runs.map((x) => x.frameMs)))} | ${msf(median(r.runs.map((x) => x.drawnMs)))} | ` +
        `${kib(last.js)} | ${kib(last.routeJs)} |`,
    );
  }
  const first = results[0]?.runs[0];
  if (first)
    lines.push('', `JavaScript files on a visit to /insights: ${first.jsNames.join(', ')}.`);
  lines.push('');
  return lines.join('\n');
}

/** Click to updated map, measured in the page: the click event's time to the next map idle. */
type Clicks = { updated: number[]; nextFrame: number[] };

/** Click to updated map, and to the browser's next frame after that (closer to on-screen). */
async function filterClicks(browser: Browser, url: string, clicks: number): Promise<Clicks> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await waitForMark(page, 'pm:map-idle');
  await page.waitForTimeout(500);
  const themes = await page.locator('.filter-panel input[type=checkbox][data-code]').all();
  const out: Clicks = { updated: [], nextFrame: [] };
  for (let i = 0; i < clicks; i++) {
    // Alternate: tick a theme, untick it (both redraw the map with a different set)
    const box = themes[Math.floor(i / 2) % Math.min(themes.length, 13)];
    if (!box) break;
    const measured = page.evaluate(
      () =>
        new Promise<[number, number]>((resolve) => {
          let start = 0;
          document.addEventListener('click', (e) => (start = e.timeStamp), {
            capture: true,
            once: true,
          });
          window.addEventListener(
            'pm:map-idle',
            () => {
              const updated = performance.now() - start;
              requestAnimationFrame(() => resolve([updated, performance.now() - start]));
            },
            { once: true },
          );
        }),
    );
    await page.waitForTimeout(50);
    await box.click();
    const [updated, nextFrame] = await measured;
    out.updated.push(updated);
    out.nextFrame.push(nextFrame);
    await page.waitForTimeout(150);
  }
  await context.close();
  return out;
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const msf = (n: number) => `${Math.round(n)} ms`;

type DatasetResult = {
  name: string;
  entries: number;
  idle: number[];
  shown: number[];
  useful: number[];
  filter: number[];
  nextFrame: number[];
  visit: Run;
  filterTarget: number;
};

function sizes(visit: Run, staticDir: string) {
  const sum = (k: Download['kind']) =>
    visit.downloads.filter((d) => d.kind === k).reduce((s, d) => s + d.bytes, 0);
  const fileGzip = (k: Download['kind']) =>
    visit.downloads
      .filter((d) => d.kind === k)
      .reduce((s, d) => {
        const file = join(staticDir, new URL(d.url).pathname);
        return existsSync(file) ? s + gzipSync(readFileSync(file), { level: 9 }).length : s;
      }, 0);
  return {
    js: sum('js'),
    jsFiles: fileGzip('js'),
    maplibre: sum('maplibre'),
    css: sum('css'),
    data: sum('data'),
    jsNames: visit.downloads.filter((d) => d.kind === 'js').map((d) => basename(d.url)),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      'static-dir': { type: 'string' },
      count: { type: 'string', default: '20000' },
      runs: { type: 'string', default: '5' },
      clicks: { type: 'string', default: '20' },
      only: { type: 'string' },
      'only-insights': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  const runs = Number(values.runs);
  const clicks = Number(values.clicks);

  let staticDir = values['static-dir'] ? resolve(values['static-dir']) : '';
  if (!staticDir) {
    staticDir = buildWebApp();
  }

  const datasets: { name: string; db?: string; filterTarget: number }[] = [];
  if (values.only !== 'generated')
    datasets.push({ name: 'Starter catalogue', filterTarget: TARGETS.filterSeededMs });
  if (values.only !== 'seeded') {
    const path = join(REPO_ROOT, benchDatabasePath(count));
    if (!existsSync(path) || !isSyntheticDatabase(path)) {
      mkdirSync(join(REPO_ROOT, 'bench/.tmp'), { recursive: true });
      console.log(`Generating ${count} synthetic entries into ${path}…`);
      generateDatabase(path, count);
    }
    datasets.push({
      name: `Generated, ${count.toLocaleString('en')} synthetic entries`,
      db: path,
      filterTarget: TARGETS.filterGeneratedMs,
    });
  }

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const results: DatasetResult[] = [];
  const insights: InsightsResult[] = [];
  const onlyInsights = values['only-insights'] === true;
  try {
    for (const ds of datasets) {
      const server = await startServer({ staticDir, databasePath: ds.db });
      try {
        console.log(`${ds.name}: server PID ${server.pid} at ${server.url}`);
        // Warm the server (snapshot build, response cache): we measure the browser, not a cold API.
        for (const p of ['/api/meta', '/api/initiatives/points', '/api/initiatives/facets'])
          await httpGet(`${server.url}${p}`, { 'Accept-Encoding': 'gzip' });
        const entries = (
          JSON.parse((await httpGet(`${server.url}/api/initiatives/facets`)).body) as {
            total: number;
          }
        ).total;
        await insightsVisit(browser, server.url); // warm-up
        const ir: InsightsResult = { name: ds.name, entries, runs: [] };
        for (let i = 0; i < runs; i++) ir.runs.push(await insightsVisit(browser, server.url));
        insights.push(ir);
        console.log(
          `  insights: render all charts median ${msf(median(ir.runs.map((x) => x.renderMs)))} ` +
            `(runs: ${ir.runs.map((x) => msf(x.renderMs)).join(', ')}), route chunk ${kib(ir.runs[0]?.routeJs ?? 0)}`,
        );
        if (onlyInsights) continue;
        await coldVisit(browser, `${server.url}/`); // warm Chromium itself
        const visits: Run[] = [];
        for (let i = 0; i < runs; i++) visits.push(await coldVisit(browser, `${server.url}/`));
        const { updated: filter, nextFrame } = await filterClicks(
          browser,
          `${server.url}/`,
          clicks,
        );
        const r: DatasetResult = {
          name: ds.name,
          entries,
          idle: visits.map((v) => v.idleMs),
          shown: visits.map((v) => v.shownMs),
          useful: visits.map((v) => v.usefulMs),
          filter,
          nextFrame,
          visit: visits[visits.length - 1] as Run,
          filterTarget: ds.filterTarget,
        };
        results.push(r);
        const s = sizes(r.visit, staticDir);
        console.log(
          `  first useful paint median ${msf(median(r.useful))} (runs: ${r.useful.map(msf).join(', ')}); ` +
            `map idle median ${msf(median(r.idle))} (runs: ${r.idle.map(msf).join(', ')}), shown ${msf(median(r.shown))}; ` +
            `filter→map median ${msf(median(filter))}, p95 ${msf(pct(filter, 95))}, next frame ${msf(median(nextFrame))}; ` +
            `first-visit JS excl. maplibre ${kib(s.js)} transferred, data ${kib(s.data)}`,
        );
      } finally {
        await server.stop();
      }
    }
  } finally {
    await browser.close();
  }

  const outputs: [string, string][] = [
    ['bench/results/insights.md', insightsMarkdown(insights, runs)],
  ];
  if (!onlyInsights)
    outputs.push(['bench/results/web.md', markdown(results, staticDir, { runs, clicks, count })]);
  for (const [file, md] of outputs) {
    if (!values['no-write']) {
      const out = join(REPO_ROOT, file);
      writeFileSync(out, md);
      console.log(`Wrote ${out}`);
    } else console.log(md);
  }
}

function markdown(
  results: DatasetResult[],
  staticDir: string,
  o: { runs: number; clicks: number; count: number },
): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const lines = [
    '# Web benchmark (map explorer)',
    '',
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${cpus().length} CPUs, ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}; load average at the end ${loadavg()[0]?.toFixed(2)}`,
    '- Browser: Debian Chromium, headless, software WebGL (SwiftShader), 1400×900; server and browser on the same 2-core machine, 127.0.0.1.',
    `- Command: \`npx tsx bench/web.ts\` (${o.runs} cold visits per dataset, each in a fresh browser context with an empty cache, after one warm-up visit; ${o.clicks} filter clicks).`,
    '- "Map idle": from navigation start to the page\'s first "map updated" mark (`pm:map-idle`): every entry clustered and drawn on the map\'s overlay, and MapLibre idle with the countries and their colours.',
    '- "Filter → map": from the click event on a theme checkbox to the page\'s "map updated" mark: the points and clusters redrawn on the overlay and MapLibre idle after rendering the new country colours (ticking and unticking themes in turn).',
    '- "Next frame": from navigation start, or from the same click, to the first animation frame after that mark with the map shown (the map stays hidden behind a loading message until its first full frame), closer to when it is on screen. Here every WebGL frame is read back for software compositing (40-110 ms a frame with SwiftShader on 2 cores); with GPU compositing there is no such read-back.',
    '',
    '- "First useful paint": from navigation start to the first frame showing the headline with its counts and at least one entry of the list (the server sends them in the page; without WebGL or JavaScript they are there).',
    "- The script waits for these marks by asking the page every 100 ms; the times are the page's own marks. (Until 2026-12-03 it asked on every animation frame, which had the page draw frames throughout the load it measured.)",
    '',
    '| Dataset | Entries | First useful paint (median) | Map idle (median) | Map idle (runs) | Target | Next frame (median) | Filter → map (median) | p95 | Max | Target | Next frame (median) |',
    '| --- | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const r of results) {
    const idle = median(r.idle);
    const f = median(r.filter);
    lines.push(
      `| ${r.name} | ${r.entries.toLocaleString('en')} | ${msf(median(r.useful))} | ${msf(idle)} | ${r.idle.map(msf).join(', ')} | ` +
        `< ${TARGETS.idleMs} ms ${idle < TARGETS.idleMs ? 'met' : '**missed**'} | ${msf(median(r.shown))} | ${msf(f)} | ${msf(pct(r.filter, 95))} | ${msf(Math.max(...r.filter))} | ` +
        `< ${r.filterTarget} ms ${f < r.filterTarget ? 'met' : '**missed**'} | ${msf(median(r.nextFrame))} |`,
    );
  }
  lines.push('', '## First visit downloads (gzip, as transferred)', '');
  lines.push(
    '| Dataset | JS excl. maplibre-gl | Same files, gzip -9 | maplibre-gl + worker | CSS | Data (API) | Target (JS excl. maplibre-gl) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const r of results) {
    const s = sizes(r.visit, staticDir);
    lines.push(
      `| ${r.name} | ${kib(s.js)} | ${kib(s.jsFiles)} | ${kib(s.maplibre)} | ${kib(s.css)} | ${kib(s.data)} | ` +
        `< ${TARGETS.firstVisitJsKiB} KiB ${s.js / 1024 < TARGETS.firstVisitJsKiB ? 'met' : '**missed**'} |`,
    );
  }
  const first = results[0];
  if (first) {
    lines.push(
      '',
      `JavaScript files on first visit: ${sizes(first.visit, staticDir).jsNames.join(', ')}.`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
