import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { messagesPlugin } from './scripts/vite-messages.ts';

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
          exclude: ['tests/e2e/**', 'node_modules/**'],
          setupFiles: ['tests/helpers/setup-console.ts'],
        },
      },
      {
        plugins: [react(), messagesPlugin()],
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['web/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/helpers/setup-console.ts', 'tests/helpers/setup-web.ts'],
        },
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
