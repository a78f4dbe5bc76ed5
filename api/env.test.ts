import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from './env.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    expect(loadEnv({})).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      DATABASE_PATH: 'data/participation-map.sqlite',
      SEED_ON_START: true,
    });
  });

  it('reads values and ignores empty ones', () => {
    expect(
      loadEnv({ PORT: '8080', HOST: '0.0.0.0', DATABASE_PATH: '', SEED_ON_START: 'false' }),
    ).toMatchObject({
      PORT: 8080,
      HOST: '0.0.0.0',
      DATABASE_PATH: 'data/participation-map.sqlite',
      SEED_ON_START: false,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ SEED_ON_START: 'maybe' }, 'SEED_ON_START'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ EMBED_ORIGINS: 'www.example.org' }, 'EMBED_ORIGINS'],
    [{ EMBED_ORIGINS: 'https://www.example.org/page' }, 'EMBED_ORIGINS'],
    [{ EMBED_ORIGINS: 'https://a.example.org, javascript:alert(1)' }, 'EMBED_ORIGINS'],
  ])('rejects %o with a message naming the setting', (source, name) => {
    expect(() => loadEnv(source)).toThrow(EnvError);
    expect(() => loadEnv(source)).toThrow(new RegExp(`${name}=`));
  });

  it('lets any site frame the embedded map by default, or only the origins listed', () => {
    expect(loadEnv({}).EMBED_ORIGINS).toBe('*');
    expect(
      loadEnv({ EMBED_ORIGINS: 'https://www.example.org, http://localhost:8080' }).EMBED_ORIGINS,
    ).toEqual(['https://www.example.org', 'http://localhost:8080']);
  });

  it('a bad value stops the server at start-up with a clear message', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
      env: { ...process.env, PORT: 'not-a-port', DATABASE_PATH: ':memory:' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Invalid configuration');
    expect(run.stderr).toContain('PORT="not-a-port"');
  });
});

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, 0],
    ['false', 0],
    ['no', 0],
    ['0', 0],
    ['true', 1],
    ['yes', 1],
    ['1', 1],
    ['2', 2],
  ])('reads %s as %i trusted proxy hops', (value, hops) => {
    expect(loadEnv({ TRUST_PROXY: value }).TRUST_PROXY).toBe(hops);
  });

  it.each(['maybe', '-1', '1.5', '99'])('refuses %s with a message naming the setting', (value) => {
    expect(() => loadEnv({ TRUST_PROXY: value })).toThrow(
      /^Invalid configuration:\n {2}TRUST_PROXY=/,
    );
  });
});
