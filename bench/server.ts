/**
 * Starts the real server (api/server.ts) as its own process for benchmarks, so the load
 * generator in this process does not share an event loop with it. `node --import tsx` runs
 * the server directly: the PID we hold is the server's own, and stopping it stops it.
 * Every started server is killed when this process exits or is interrupted.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { envSchema } from '../api/env.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const HOST = '127.0.0.1';

const running = new Set<ChildProcess>();
let hooksInstalled = false;

/** Kill whatever is still running when we leave, however we leave. */
function installExitHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      for (const child of running) child.kill('SIGKILL');
      console.error(`\nInterrupted (${signal}); benchmark servers stopped.`);
      process.exit(130);
    });
  }
}

/** Resolves when `port` on 127.0.0.1 can be bound; rejects with a clear message otherwise. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', (e: NodeJS.ErrnoException) =>
      fail(
        new Error(
          e.code === 'EADDRINUSE'
            ? `Port ${port} on ${HOST} is busy. Stop what uses it or pass another --port.`
            : `Cannot bind ${HOST}:${port}: ${e.message}`,
        ),
      ),
    );
    probe.listen(port, HOST, () => probe.close(() => ok()));
  });
}

/** A port the OS says is free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => ok(port));
    });
  });
}

export type HttpResult = { status: number; bytes: number; ms: number; body: string };

/** One GET over plain node:http (no automatic Accept-Encoding, unlike fetch). */
export function httpGet(
  url: string,
  headers: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<HttpResult> {
  return new Promise((ok, fail) => {
    const started = performance.now();
    const req = request(url, { headers, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const buf = Buffer.concat(chunks);
        ok({
          status: res.statusCode ?? 0,
          bytes: buf.length,
          ms: performance.now() - started,
          body: buf.toString('utf8'),
        });
      });
      res.on('error', fail);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on('error', fail);
    req.end();
  });
}

/** Resident and peak memory of a process, in MiB, from /proc (Linux). */
export function memoryOf(pid: number): { rssMiB: number; peakMiB: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rssMiB: kb('VmRSS') / 1024, peakMiB: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

export type ServerOptions = {
  /** Database file to serve. Omit to seed the starter catalogue into a fresh temp file. */
  databasePath?: string;
  /** Built web app to serve (the web benchmark); default: a stub page, as the API needs none. */
  staticDir?: string;
  /** Fixed port (fails clearly if busy); default: a free one. */
  port?: number;
  startTimeoutMs?: number;
  /** Further settings, e.g. TRUST_PROXY for the submission benchmark's many clients. */
  env?: Record<string, string>;
};

export type BenchServer = {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first healthy /api/health. */
  startupMs: number;
  stop: () => Promise<void>;
};

export async function startServer(options: ServerOptions = {}): Promise<BenchServer> {
  installExitHooks();
  const port = options.port ?? (await freePort());
  await assertPortFree(port);
  const tmp = mkdtempSync(join(tmpdir(), 'pm-bench-'));
  let staticDir = options.staticDir;
  if (!staticDir) {
    // The server wants a built web app in production mode; the API does not use it.
    staticDir = join(tmp, 'web');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>bench</title>');
  }
  const seeded = options.databasePath === undefined;
  const databasePath = options.databasePath ?? join(tmp, 'seeded.sqlite');

  // Start from our environment minus every app setting, then set exactly what we want.
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(envSchema.shape)) delete env[key];
  Object.assign(env, {
    NODE_ENV: 'production',
    PORT: String(port),
    HOST,
    DATABASE_PATH: databasePath,
    SEED_ON_START: seeded ? 'true' : 'false',
    LOG_LEVEL: 'silent',
    STATIC_DIR: staticDir,
    ...options.env,
  });

  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((ok) =>
    child.once('exit', (code) => {
      running.delete(child);
      ok(code);
    }),
  );
  const cleanupTmp = () => rmSync(tmp, { recursive: true, force: true });
  const url = `http://${HOST}:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    cleanupTmp();
  };

  const deadline = started + (options.startTimeoutMs ?? 120_000);
  let dead = false;
  void exited.then(() => (dead = true));
  while (true) {
    if (dead) {
      cleanupTmp();
      throw new Error(`The server exited during start-up (code ${child.exitCode}):\n${output}`);
    }
    if (performance.now() > deadline) {
      await stop();
      throw new Error(`The server did not become healthy in time:\n${output}`);
    }
    try {
      const res = await httpGet(`${url}/api/health`, {}, 2000);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  if (child.pid === undefined) throw new Error('The server has no PID');
  return { url, pid: child.pid, startupMs: performance.now() - started, stop };
}

/** Builds the web app for a browser benchmark into bench/.tmp/web-dist; returns the folder. */
export function buildWebApp(): string {
  const staticDir = join(REPO_ROOT, 'bench/.tmp/web-dist');
  console.log(`Building the web app into ${staticDir}…`);
  const b = spawnSync('npx', ['vite', 'build', '--outDir', staticDir, '--emptyOutDir'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (b.status !== 0) throw new Error('vite build failed');
  return staticDir;
}
