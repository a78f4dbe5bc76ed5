import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One-way imports (STYLE.md): web may import contract/, api/**/*.schema.ts and types only; api
// imports contract and db; contract imports nothing of ours; nothing imports web.
const noServerInWeb = {
  patterns: [
    {
      group: ['**/api/**/*.ts', '!**/api/**/*.schema.ts', '**/db/**'],
      message:
        'The web app may import only api/**/*.schema.ts (shared zod schemas), never server code.',
      allowTypeImports: true,
    },
  ],
};
const noWebOutsideWeb = {
  patterns: [{ group: ['**/web/**'], message: 'Nothing outside web/ imports web code.' }],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'db/migrations/**',
      'bench/.tmp/**',
      'coverage/**',
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
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', noServerInWeb],
    },
  },
  {
    files: ['web/service-worker/*.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ['api/**/*.ts', 'db/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noWebOutsideWeb] },
  },
  {
    files: ['contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '!zod'],
              message:
                'contract/ is shared by api and web: it imports zod and other contract files only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/**/*.schema.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\.?/(?!(?:[\\w-]+/)?[\\w-]+\\.schema\\.ts$)',
              message: 'Schema files import zod and other schema files only.',
            },
          ],
        },
      ],
    },
  },
);
