import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The one-way imports of docs/decisions/007-shared-contract-and-boundaries.md are a lint
// rule on resolved file paths. These cases prove that breaking them fails `npm run lint`:
// each lints a few lines as if they were a file at that path, with the project's config.
const eslint = new ESLint({ ignore: false });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const restricted = expect.arrayContaining([
  expect.stringMatching(/^import-x\/no-restricted-paths/),
]);

describe('import boundaries', { timeout: 120_000 }, () => {
  it('db may not import the API', async () => {
    expect(await problems('db/virtual.ts', "export { loadEnv } from '../api/env.ts';\n")).toEqual(
      restricted,
    );
    expect(
      await problems('db/virtual.ts', "import { loadEnv } from '../api/env.ts';\nloadEnv();\n"),
    ).toEqual(restricted);
  });

  it('web may not import server code, not even a type, not even without the extension', async () => {
    const typeOnly = "import type { Env } from '../../api/env.ts';\nexport type E = Env;\n";
    expect(await problems('web/lib/virtual.ts', typeOnly)).toEqual(restricted);
    const extensionless = "import { openDb } from '../../db/client';\nexport const o = openDb;\n";
    expect(await problems('web/lib/virtual.ts', extensionless)).toEqual(restricted);
  });

  it('web imports contract/, and that is fine', async () => {
    const ok = "import { THEMES } from '../../contract/vocabulary.ts';\nexport const t = THEMES;\n";
    expect(await problems('web/lib/virtual.ts', ok)).toEqual([]);
  });

  it('contract/ imports nothing of ours and no package but zod; nothing imports web', async () => {
    const web =
      "import { toSearch } from '../web/lib/api-client.ts';\nexport const u = toSearch;\n";
    expect(await problems('contract/virtual.ts', web)).toEqual(restricted);
    expect(await problems('api/virtual.ts', web)).toEqual(restricted);
    const pkg = "import { useState } from 'react';\nexport const s = useState;\n";
    expect(await problems('contract/virtual.ts', pkg)).toEqual([
      expect.stringMatching(/^no-restricted-imports/),
    ]);
  });

  it('features import each other one way only, as listed in the lint config', async () => {
    // map may import filters; filters may not import map, nor shared code any feature.
    const fromFilters =
      "import { filterItems } from '../filters/filter-logic.ts';\nexport const f = filterItems;\n";
    expect(await problems('web/features/map/virtual.ts', fromFilters)).toEqual([]);
    const fromMap =
      "import { MapOverlay } from '../map/map-overlay.ts';\nexport const m = MapOverlay;\n";
    expect(await problems('web/features/filters/virtual.ts', fromMap)).toEqual(restricted);
    expect(await problems('web/features/filters/virtual.test.ts', fromMap)).toEqual(restricted);
    const intoLib =
      "import { MapOverlay } from '../features/map/map-overlay.ts';\nexport const m = MapOverlay;\n";
    expect(await problems('web/lib/virtual.ts', intoLib)).toEqual(restricted);
  });

  it('an import that does not resolve is an error, not a silent pass', async () => {
    const typo = "import { x } from '../api/no-such-file.ts';\nexport const y = x;\n";
    expect(await problems('db/virtual.ts', typo)).toEqual([
      expect.stringMatching(/^import-x\/no-unresolved/),
    ]);
  });

  it('an import cycle is an error', async () => {
    const [result] = await eslint.lintFiles(['tests/fixtures/lint-boundaries/cycle-a.ts']);
    expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
