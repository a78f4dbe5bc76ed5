import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';

/** Helpers for tests that run the real server, or a script, as a child process. */

export type Run = {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
};

const running: ChildProcess[] = [];

/** Starts a command in its own process group, its output collected as it comes. */
export function run(command: string[], env: Record<string, string>, cwd?: string): Run {
  const started = Date.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>(
    (resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal, ms: Date.now() - started })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Kills every process group `run` started that is still there (for afterEach). */
export function killAll(): void {
  for (const child of running.splice(0)) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** `node --import tsx api/server.ts` as production runs it, with test-friendly defaults. */
export function startServer(env: Record<string, string>): Run {
  return run([process.execPath, '--import', 'tsx', 'api/server.ts'], {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    SEED_ON_START: 'false',
    LOG_LEVEL: 'info',
    ...env,
  });
}

/** Waits until the server says it is running, or fails with what it printed. */
export async function untilRunning(r: Run, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!r.stdout().includes('is running at')) {
    if (r.child.exitCode !== null || Date.now() > until) {
      throw new Error(`server did not start:\n${r.stdout()}\n${r.stderr()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: still going after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** A folder with a minimal built web app, for a server that needs STATIC_DIR. */
export function fakeWebBuild(dir: string): string {
  const web = join(dir, 'web');
  mkdirSync(web, { recursive: true });
  writeFileSync(
    join(web, 'index.html'),
    '<!doctype html><html lang="en"><head><title>Participation Map</title></head><body><div id="root"></div></body></html>',
  );
  return web;
}

/** The JSON log lines a server printed. */
export function logLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
