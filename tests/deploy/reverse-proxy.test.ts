import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../api/auth/auth.service.ts';
import { migrateDb, openDb } from '../../db/client.ts';
import { seedReference } from '../../db/seed.ts';
import {
  fakeWebBuild,
  freePort,
  killAll,
  logLines,
  run,
  startServer,
  untilRunning,
  withTimeout,
  type Run,
} from '../helpers/server-process.ts';

// The app behind a real reverse proxy (Debian's nginx; `.ci/run` installs it), set up as
// README "Deployment" says: TRUST_PROXY=true and an https PUBLIC_URL. The proxy talks plain
// HTTP here and says https in X-Forwarded-Proto, as it would after terminating TLS.

const NGINX = '/usr/sbin/nginx';
const PUBLIC_URL = 'https://map.example.org';
const PASSWORD = 'quiet harbour lantern violet 42';

let dir: string;
let app: Run;
let proxyUrl: string;

function nginxConf(listen: number, upstream: number) {
  const tmp = (name: string) => join(dir, 'nginx', name);
  return `
daemon off;
master_process off;
pid ${tmp('nginx.pid')};
error_log ${tmp('error.log')} warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${tmp('body')};
  proxy_temp_path ${tmp('proxy')};
  fastcgi_temp_path ${tmp('fastcgi')};
  uwsgi_temp_path ${tmp('uwsgi')};
  scgi_temp_path ${tmp('scgi')};
  server {
    listen 127.0.0.1:${listen};
    server_name map.example.org;
    location / {
      proxy_pass http://127.0.0.1:${upstream};
      proxy_http_version 1.1;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto https;
      proxy_set_header X-Request-Id $request_id;
    }
  }
}
`;
}

beforeAll(async () => {
  if (!existsSync(NGINX)) {
    throw new Error(`This test needs Debian's nginx at ${NGINX}: apt-get install -y nginx`);
  }
  dir = mkdtempSync(join(tmpdir(), 'pm-proxy-'));
  mkdirSync(join(dir, 'nginx'));
  const database = join(dir, 'app.sqlite');
  const db = openDb(database);
  migrateDb(db);
  seedReference(db);
  await createStaff(
    db,
    new Date(),
    { email: 'proxy-admin@example.org', role: 'admin', password: PASSWORD, name: null },
    { id: null, email: 'test' },
  );
  db.$client.close();

  const appPort = await freePort();
  app = startServer({
    DATABASE_PATH: database,
    PORT: String(appPort),
    STATIC_DIR: fakeWebBuild(dir),
    TRUST_PROXY: 'true',
    PUBLIC_URL,
  });
  await untilRunning(app);

  const proxyPort = await freePort();
  const conf = join(dir, 'nginx', 'nginx.conf');
  writeFileSync(conf, nginxConf(proxyPort, appPort));
  const check = spawnSync(NGINX, ['-t', '-q', '-p', join(dir, 'nginx'), '-c', conf], {
    encoding: 'utf8',
  });
  expect(check.status, check.stderr).toBe(0);
  run([NGINX, '-p', join(dir, 'nginx'), '-c', conf], {});
  proxyUrl = `http://127.0.0.1:${proxyPort}`;
  const until = Date.now() + 10_000;
  while (true) {
    try {
      if ((await fetch(`${proxyUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      throw new Error(
        `nginx did not start: ${readFileSync(join(dir, 'nginx', 'error.log'), 'utf8')}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}, 60_000);

afterAll(async () => {
  app.child.kill('SIGTERM');
  await withTimeout(app.exited, 15_000, 'app').catch(() => undefined);
  killAll();
  rmSync(dir, { recursive: true, force: true });
});

/** The app's log line for a request, found by the id the response carried. */
async function logLineFor(requestId: string) {
  for (let i = 0; i < 40; i++) {
    const line = logLines(app.stdout()).find(
      (l) => l.requestId === requestId && l.msg === 'request',
    );
    if (line) return line;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no log line for ${requestId}`);
}

describe('behind nginx with TRUST_PROXY and an https PUBLIC_URL', { timeout: 30_000 }, () => {
  it('logs the address the proxy saw, not one the client wrote in X-Forwarded-For', async () => {
    const res = await fetch(`${proxyUrl}/api/health`, {
      headers: { 'X-Forwarded-For': '203.0.113.9' },
    });
    expect(res.status).toBe(200);
    const line = await logLineFor(res.headers.get('X-Request-Id')!);
    // nginx appends the address it saw (this test, on 127.0.0.1) to the forged hop.
    expect(line.client).toBe('127.0.0.1');
  });

  it("keeps the proxy's request id, so proxy and app logs meet", async () => {
    const res = await fetch(`${proxyUrl}/api/initiatives?limit=1`);
    expect(res.status).toBe(200);
    const id = res.headers.get('X-Request-Id');
    // nginx's $request_id: 32 hex digits.
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect((await logLineFor(id!)).route).toBe('/api/initiatives');
  });

  it('sends HSTS and a Secure, host-bound session cookie', async () => {
    const health = await fetch(`${proxyUrl}/api/health`);
    expect(health.headers.get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
    const login = await fetch(`${proxyUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: PUBLIC_URL },
      body: JSON.stringify({ email: 'proxy-admin@example.org', password: PASSWORD }),
    });
    expect(login.status, await login.clone().text()).toBe(200);
    const cookie = login.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/^__Host-/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
  });

  it('refuses a staff request from another origin than PUBLIC_URL', async () => {
    const res = await fetch(`${proxyUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: proxyUrl },
      body: JSON.stringify({ email: 'proxy-admin@example.org', password: PASSWORD }),
    });
    expect(res.status).toBe(403);
  });
});
