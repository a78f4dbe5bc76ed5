import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  fakeWebBuild,
  freePort,
  killAll,
  run,
  untilRunning,
  withTimeout,
} from '../helpers/server-process.ts';

/** The [Service] settings of a unit file; repeated keys (Environment=) keep every value. */
function serviceSection(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      section = line;
      continue;
    }
    if (section !== '[Service]') continue;
    const eq = line.indexOf('=');
    const key = line.slice(0, eq);
    out.set(key, [...(out.get(key) ?? []), line.slice(eq + 1)]);
  }
  return out;
}

const unit = serviceSection(readFileSync('deploy/participation-map.service', 'utf8'));
const execStart = unit.get('ExecStart')![0]!.split(' ');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pm-systemd-'));
});
afterEach(killAll);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('deploy/participation-map.service', { timeout: 60_000 }, () => {
  it('starts the same command as `npm run serve` and the container image', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(execStart).toEqual(['/usr/bin/node', '--import', 'tsx', 'api/server.ts']);
    expect(pkg.scripts.serve).toBe(`exec node ${execStart.slice(1).join(' ')}`);
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync('Dockerfile', 'utf8'))![1]!;
    expect(JSON.parse(cmd)).toEqual(['node', ...execStart.slice(1)]);
  });

  it('its ExecStart, run with its environment, serves, is ready, and stops on its KillSignal', async () => {
    const env: Record<string, string> = {};
    for (const assignment of unit.get('Environment') ?? []) {
      const eq = assignment.indexOf('=');
      env[assignment.slice(0, eq)] = assignment.slice(eq + 1);
    }
    expect(env).toMatchObject({ NODE_ENV: 'production', HOST: '127.0.0.1' });
    const port = await freePort();
    // Paths of an installed server (/opt, /var/lib) are moved into this test's folder.
    const service = run(
      execStart,
      {
        ...env,
        PORT: String(port),
        DATABASE_PATH: join(dir, 'state', 'participation-map.sqlite'),
        STATIC_DIR: fakeWebBuild(dir),
        SEED_ON_START: 'false',
      },
      process.cwd(),
    );
    await untilRunning(service);
    const ready = await fetch(`http://127.0.0.1:${port}/api/ready`);
    expect(ready.status, await ready.clone().text()).toBe(200);
    const signal = unit.get('KillSignal')![0] as NodeJS.Signals;
    const stopSeconds = Number(unit.get('TimeoutStopSec')![0]);
    service.child.kill(signal);
    const { code } = await withTimeout(service.exited, stopSeconds * 1000, 'stop');
    expect(code).toBe(0);
  });
});
