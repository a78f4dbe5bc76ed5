import { afterEach, beforeEach, vi } from 'vitest';

/**
 * console.error during a test fails it, unless the test expects it: such a test mocks
 * console.error itself (`vi.spyOn(console, 'error').mockImplementation(...)`).
 */
let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  const seen = errors;
  vi.mocked(console.error).mockRestore?.();
  if (seen.length > 0) {
    throw new Error(
      `Unexpected console.error:\n${seen.map((a) => a.map(String).join(' ')).join('\n')}`,
    );
  }
});
