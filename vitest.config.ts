import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { messagesPlugin } from './scripts/vite-messages.ts';

/**
 * Web test files that run with their own modules: those that replace a module or a global
 * (as MOCKING_FILES below), and page-preload.test.tsx, which checks what a first visit
 * fetches, which the modules' caches from earlier files would answer.
 */
const FRESH_WEB_FILES = [
  'web/page-preload.test.tsx',
  'web/features/moderation/translations-panel.test.tsx',
  'web/features/moderation/personal-data.test.tsx',
  'web/features/moderation/staff-app.test.tsx',
  'web/features/submit/personal-details-check.test.tsx',
  'web/features/submit/tell-page.test.tsx',
  'web/features/initiative/localized-labels.test.tsx',
  'web/features/initiative/initiative-page.test.tsx',
  'web/features/map/map-view.test.tsx',
  'web/features/map/explorer-headline.test.tsx',
  'web/features/map/map-start.test.ts',
  'web/features/concerns/report-concern.test.tsx',
  'web/i18n/problems.test.ts',
  'web/lib/api-client.test.ts',
  'web/lib/service-worker-start.test.ts',
  'web/pages/contact-page.test.tsx',
  'web/pages/privacy-page.test.tsx',
  'web/stores/explorer-store.test.ts',
];

/**
 * API test files that replace a module (vi.mock) or a global: they run with their own
 * modules, apart from the others. A new file that does either belongs here.
 */
const MOCKING_FILES = [
  'api/auth/auth.test.ts',
  'api/auth/sign-in-throttle.test.ts',
  'api/submissions/bots.test.ts',
  'api/moderation/personal-data.test.ts',
];

/** What the two web projects share: a DOM, and the English messages loaded before each file. */
const WEB = {
  environment: 'jsdom' as const,
  setupFiles: ['tests/helpers/setup-console.ts', 'tests/helpers/setup-web.ts'],
};

export default defineConfig({
  test: {
    // Two files at a time on the 2-core CI machine, browser files among them.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'api',
          environment: 'node',
          include: [
            'api/**/*.test.ts',
            'contract/**/*.test.ts',
            'db/**/*.test.ts',
            'tests/**/*.test.ts',
          ],
          exclude: ['tests/e2e/**', 'node_modules/**', ...MOCKING_FILES],
          setupFiles: ['tests/helpers/setup-console.ts'],
          // Files share their worker's loaded modules instead of loading the app's modules
          // again for each file (about 60 s of the run on the 2-core CI machine). Each test
          // builds its own app and database; a file that replaces a module goes below.
          isolate: false,
        },
      },
      {
        test: {
          name: 'api-mocks',
          environment: 'node',
          include: MOCKING_FILES,
          setupFiles: ['tests/helpers/setup-console.ts'],
        },
      },
      {
        plugins: [react(), messagesPlugin()],
        test: {
          ...WEB,
          name: 'web',
          include: ['web/**/*.test.{ts,tsx}'],
          exclude: ['node_modules/**', ...FRESH_WEB_FILES],
          // As the API's: files share their worker's modules (React, the stores, the
          // messages) instead of loading them again for each file; a file that replaces a
          // module or a global goes in FRESH_WEB_FILES (tests/test-isolation.test.ts).
          isolate: false,
        },
      },
      {
        plugins: [react(), messagesPlugin()],
        test: { ...WEB, name: 'web-fresh', include: FRESH_WEB_FILES },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          setupFiles: ['tests/helpers/setup-console.ts'],
          // Each file starts its own server and browser on free ports, so two files may run at
          // once: a project that runs one file at a time waits until every other file is done.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
