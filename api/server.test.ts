import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  fakeWebBuild,
  freePort,
  killAll,
  logLines,
  run,
  startServer,
  untilRunning as running,
  withTimeout,
} from '../tests/helpers/server-process.ts';

// The real server as an operator starts it: a child process, its output read as it comes.

let dir: string;
let webDir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pm-server-'));
  webDir = fakeWebBuild(dir);
});

afterEach(killAll);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const server = (env: Record<string, string>) => startServer({ STATIC_DIR: webDir, ...env });

async function refused(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/api/health`);
    return false;
  } catch {
    return true;
  }
}

describe('start-up with a setting that cannot work', { timeout: 30_000 }, () => {
  const notADatabase = () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'this is not a database, just some text that is long enough '.repeat(20));
    return file;
  };

  it.each([
    ['a folder under /proc', () => '/proc/nope/x.sqlite', 'DATABASE_PATH'],
    ['a folder', () => dir, 'DATABASE_PATH'],
    ['a path under a file', () => join(notADatabase(), 'x.sqlite'), 'DATABASE_PATH'],
    ['a file that is not a database', notADatabase, 'DATABASE_PATH'],
  ])('DATABASE_PATH at %s stops within seconds with one line', async (_, path, setting) => {
    const r = server({ DATABASE_PATH: path(), PORT: String(await freePort()) });
    const { code, ms } = await withTimeout(r.exited, 15_000, 'server');
    expect(code).not.toBe(0);
    expect(ms).toBeLessThan(15_000);
    const lines = r.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Cannot start: ${setting}=".+": .+`));
  });

  it('STATIC_DIR without a built web app stops with one line naming it', async () => {
    const r = server({ DATABASE_PATH: ':memory:', STATIC_DIR: join(dir, 'nothing-here') });
    const { code } = await withTimeout(r.exited, 15_000, 'server');
    expect(code).toBe(1);
    expect(r.stderr().trim()).toMatch(
      /^Cannot start: STATIC_DIR=".*nothing-here": the web app is not built/,
    );
  });

  it('a busy PORT stops with one line naming it', async () => {
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
    const { port } = holder.address() as AddressInfo;
    try {
      const r = server({ DATABASE_PATH: ':memory:', PORT: String(port) });
      const { code } = await withTimeout(r.exited, 15_000, 'server');
      expect(code).toBe(1);
      expect(r.stderr().trim()).toBe(
        `Cannot start: PORT=${port}: the port is already in use by another process`,
      );
    } finally {
      await new Promise((r) => holder.close(r));
    }
  });

  it('a HOST that is not this machine stops with one line naming it', async () => {
    const r = server({ DATABASE_PATH: ':memory:', HOST: '192.0.2.1', PORT: '0' });
    const { code } = await withTimeout(r.exited, 15_000, 'server');
    expect(code).toBe(1);
    expect(r.stderr().trim()).toBe(
      'Cannot start: HOST="192.0.2.1": the address does not belong to this machine',
    );
  });
});

describe('stopping', { timeout: 30_000 }, () => {
  it('SIGTERM to the PID of `npm run serve` stops the server and frees the port', async () => {
    const port = await freePort();
    const r = run(['npm', 'run', '--silent', 'serve'], {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      SEED_ON_START: 'false',
      STATIC_DIR: webDir,
      DATABASE_PATH: join(dir, 'serve.sqlite'),
      PORT: String(port),
    });
    await running(r);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    r.child.kill('SIGTERM');
    await withTimeout(r.exited, 10_000, 'npm run serve after SIGTERM');
    expect(await refused(port)).toBe(true);
    expect(r.stdout()).toContain('"msg":"Stopped"');
  });

  it('SIGINT stops it too, and a request in progress still gets its answer', async () => {
    const port = await freePort();
    const r = server({ DATABASE_PATH: join(dir, 'sigint.sqlite'), PORT: String(port) });
    await running(r);
    // A request whose body is still on its way when the signal arrives.
    const body = JSON.stringify({ title: 'x' });
    const answer = new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/submissions',
          headers: { 'Content-Type': 'application/json', 'Content-Length': body.length },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 5));
      setTimeout(() => {
        r.child.kill('SIGINT');
        setTimeout(() => req.end(body.slice(5)), 300);
      }, 300);
    });
    expect(await withTimeout(answer, 10_000, 'request in progress')).toBe(400);
    const { code } = await withTimeout(r.exited, 10_000, 'server after SIGINT');
    expect(code).toBe(0);
    expect(await refused(port)).toBe(true);
  });
});

describe('a running server', { timeout: 30_000 }, () => {
  it('treats a client that hangs up mid-request as normal traffic, not an error', async () => {
    const port = await freePort();
    const r = server({ DATABASE_PATH: join(dir, 'hangup.sqlite'), PORT: String(port) });
    await running(r);
    await new Promise<void>((resolve) => {
      const req = request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/submissions',
        headers: { 'Content-Type': 'application/json', 'Content-Length': 1000 },
      });
      req.on('error', () => resolve());
      req.write('{"title":');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    r.child.kill('SIGTERM');
    await withTimeout(r.exited, 10_000, 'server');
    expect(r.stderr()).toBe('');
    const lines = logLines(r.stdout());
    expect(lines.filter((l) => l.level === 'error' || l.level === 'fatal')).toEqual([]);
    expect(lines).toContainEqual(
      expect.objectContaining({ route: '/api/submissions', aborted: true }),
    );
  });
});
