import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_FILE, writeOpenApiDocument } from './openapi-document.ts';

type Operation = {
  operationId?: string;
  tags?: string[];
  security?: unknown[];
  responses: Record<
    string,
    { content?: Record<string, { schema?: { $ref?: string } }> } | undefined
  >;
};
type Doc = { security?: unknown[]; paths: Record<string, Record<string, Operation>> };

let doc: Doc;
let text: string;
beforeAll(async () => {
  text = await writeOpenApiDocument();
  doc = JSON.parse(text) as Doc;
});

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ name: `${method} ${path}`, op })),
  );

describe('the public API description', () => {
  it('names and tags every operation, each name once', () => {
    const ids = operations().map(({ name, op }) => {
      expect(op.operationId, name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.tags?.length, name).toBeGreaterThan(0);
      return op.operationId;
    });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares that the public API needs no credentials', () => {
    expect(doc.security).toEqual([]);
    for (const { name, op } of operations()) expect(op.security ?? [], name).toEqual([]);
    expect(Object.keys(doc.paths).some((p) => /^\/(auth|moderation)\b/.test(p))).toBe(false);
  });

  it('describes every error with the problem schema', () => {
    for (const { name, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (!/^[45]/.test(status)) continue;
        expect(
          response?.content?.['application/problem+json']?.schema?.$ref,
          `${name} ${status}`,
        ).toBe('#/components/schemas/Problem');
      }
    }
  });

  it("passes Redocly's recommended rules with no error and no warning", () => {
    const run = spawnSync(
      process.execPath,
      ['node_modules/@redocly/cli/bin/cli.js', 'lint', OPENAPI_FILE, '--format=json'],
      {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );
    const report = JSON.parse(run.stdout) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string }[];
    };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(run.status).toBe(0);
  }, 60_000);
});

describe('a TypeScript client generated from it', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-openapi-client-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A small typed client over the generated types, and calls a partner would write.
  const client = `
import type { paths } from './schema.ts';

type Get<P extends keyof paths> = paths[P]['get'];
type Query<P extends keyof paths> = Get<P> extends { parameters: { query?: infer Q } } ? Q : never;
type Ok<P extends keyof paths> = Get<P> extends {
  responses: { 200: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

/** The transport is the caller's (fetch in a browser); the types are the document's. */
declare const send: (url: string) => Promise<unknown>;

export async function get<P extends keyof paths>(path: P, query: Query<P>): Promise<Ok<P>> {
  const search = Object.entries(query as Record<string, string>)
    .map(([k, v]) => \`\${k}=\${encodeURIComponent(v)}\`)
    .join('&');
  return (await send(\`https://map.example.org/api\${String(path)}?\${search}\`)) as Ok<P>;
}

export async function climateTitles(): Promise<string[]> {
  const page = await get('/initiatives', { theme: 'climate', country: 'KE,UG', limit: '20' });
  const total: number = page.total;
  return page.items.map((i) => \`\${i.title} (\${i.countryName}, \${i.lat}, \${i.lon}) of \${total}\`);
}

export async function wrongCalls() {
  // @ts-expect-error: no such filter
  await get('/initiatives', { colour: 'red' });
  const page = await get('/initiatives', {});
  // @ts-expect-error: items have no such field
  return page.items[0]?.contactEmail;
}
`;

  it('type-checks a call against the generated types', async () => {
    const schema = astToString(await openapiTS(text));
    writeFileSync(join(dir, 'schema.ts'), schema);
    writeFileSync(join(dir, 'client.ts'), client);
    const program = ts.createProgram([join(dir, 'client.ts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      lib: ['lib.es2022.d.ts'],
      types: [],
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
    expect(schema).toContain('listInitiatives');
  }, 60_000);
});
