import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { messagesPlugin } from './scripts/vite-messages.ts';

export default defineConfig({
  test: {
    // Two at a time on the 2-core CI machine: the browser suite (one file at a time, below)
    // runs beside the API and component tests instead of after them.
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
          // One browser at a time on a 2-core machine; each file starts its own server.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
