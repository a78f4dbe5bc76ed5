import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One-way imports (STYLE.md, docs/decisions/007-shared-contract-and-boundaries.md), checked on
// the file each import resolves to, type imports included: web imports contract only; api
// imports contract and db; db imports contract; contract imports zod and nothing of ours;
// nothing imports web. Tests (tests/, *.test.ts) and bench/ may also import tests/ helpers;
// tests/ and bench/ may import anything.
const layers = {
  web: ['./api', './db', './bench', './scripts', './tests'],
  api: ['./web', './bench', './scripts', './tests'],
  db: ['./api', './web', './bench', './scripts', './tests'],
  contract: ['./api', './db', './web', './bench', './scripts', './tests'],
  scripts: ['./web', './tests'],
};
/** `import-x/no-restricted-paths` zones; test files may also use the helpers in tests/. */
const zones = ({ testFile }) =>
  Object.entries(layers).map(([layer, forbidden]) => ({
    target: `./${layer}`,
    from: testFile ? forbidden.filter((f) => f !== './tests') : forbidden,
    message: `${layer}/ may not import this: see docs/decisions/007-shared-contract-and-boundaries.md.`,
  }));
const testFiles = ['**/*.test.{ts,tsx}', '**/test-fixtures.ts'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'db/migrations/**',
      'bench/.tmp/**',
      'coverage/**',
      // An import cycle on purpose, linted by tests/lint-boundaries.test.ts.
      'tests/fixtures/lint-boundaries/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle follows imports through these files only (the default is JavaScript only).
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // Resolves `./x.ts`, extensionless `./x` and packages the way the bundler and tsx do.
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: zones({ testFile: false }) }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // An import that does not resolve cannot be checked: it is an error too.
      // virtual:messages is made by the build (scripts/vite-messages.ts), not a file on disk.
      'import-x/no-unresolved': ['error', { ignore: ['^virtual:'] }],
    },
  },
  {
    files: testFiles,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: zones({ testFile: true }) }] },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ['contract/**/*.ts'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Resolved paths are checked above; this keeps packages out too (zod only).
              regex: '^(?!zod$|\\./)',
              message:
                'contract/ is shared by api, db and web: it imports zod and other contract files only.',
            },
          ],
        },
      ],
    },
  },
);
