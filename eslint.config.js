import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One-way imports (STYLE.md): web imports contract/ (and server types only); api imports
// contract and db; contract imports nothing of ours; nothing imports web.
const noServerInWeb = {
  patterns: [
    {
      group: ['**/api/**', '**/db/**'],
      message: 'The web app imports contract/ for shared shapes, never server code.',
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
);
