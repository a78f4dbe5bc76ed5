import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The API's and the web app's test files share their worker's modules (vitest.config.ts,
 * `isolate: false`): a file that replaces a module or a global would change them for the
 * files after it. Such a file must be listed in MOCKING_FILES or FRESH_WEB_FILES, which run
 * apart.
 */
const REPLACES = /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(/;

describe('test isolation', () => {
  it('runs every API test file that replaces a module or a global on its own', () => {
    const config = readFileSync('vitest.config.ts', 'utf8');
    const listed = [...config.matchAll(/'((?:api|contract|db|tests)\/[^']+\.test\.ts)'/g)].map(
      (m) => m[1],
    );
    const replacing = ['api', 'contract', 'db', 'tests']
      .flatMap((dir) =>
        readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`),
      )
      .filter((f) => f.endsWith('.test.ts') && !f.startsWith('tests/e2e/'))
      .filter((f) => f !== 'tests/test-isolation.test.ts')
      .filter((f) => REPLACES.test(readFileSync(f, 'utf8')));
    expect(replacing.length).toBeGreaterThan(0);
    expect(replacing.filter((f) => !listed.includes(f))).toEqual([]);
  });

  it('runs every web test file that replaces a module or a global on its own', () => {
    const config = readFileSync('vitest.config.ts', 'utf8');
    const listed = [...config.matchAll(/'(web\/[^']+\.test\.tsx?)'/g)].map((m) => m[1]);
    const replacing = readdirSync('web', { recursive: true, encoding: 'utf8' })
      .map((f) => `web/${f}`)
      .filter((f) => /\.test\.tsx?$/.test(f))
      .filter((f) => REPLACES.test(readFileSync(f, 'utf8')));
    expect(replacing.length).toBeGreaterThan(0);
    expect(replacing.filter((f) => !listed.includes(f))).toEqual([]);
  });
});
