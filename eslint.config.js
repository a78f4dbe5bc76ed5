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
// Inside web/, features depend on each other one way only. A feature imports another only
// when it is listed here; code shared by several (colours, basemap, reference data, the staff
// API) lives in web/lib/ or web/components/, and web/lib/ and web/stores/ import no feature.
const features = {
  concerns: [],
  embed: ['map', 'filters'],
  filters: [],
  initiative: [],
  insights: ['filters'],
  languages: [],
  map: ['filters', 'initiative', 'open-data'],
  moderation: ['map', 'insights'],
  'open-data': [],
  submit: [],
};
const featureZones = [
  ...Object.entries(features).map(([feature, allowed]) => ({
    target: `./web/features/${feature}`,
    from: './web/features',
    except: [feature, ...allowed].map((f) => `./${f}`),
    message: `web/features/${feature} may import only ${allowed.join(', ') || 'no other feature'}: see docs/decisions/007-shared-contract-and-boundaries.md.`,
  })),
  {
    target: ['./web/lib', './web/stores'],
    from: './web/features',
    message:
      'Shared web code imports no feature: see docs/decisions/007-shared-contract-and-boundaries.md.',
  },
];
/** `import-x/no-restricted-paths` zones; test files may also use the helpers in tests/. */
const zones = ({ testFile }) => [
  ...Object.entries(layers).map(([layer, forbidden]) => ({
    target: `./${layer}`,
    from: testFile ? forbidden.filter((f) => f !== './tests') : forbidden,
    message: `${layer}/ may not import this: see docs/decisions/007-shared-contract-and-boundaries.md.`,
  })),
  ...featureZones,
];
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
      // Vite's virtual modules (the compiled message catalogues) exist only inside the build.
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
    files: ['web/service-worker/*.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
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
