import { afterEach, beforeEach, vi } from 'vitest';

/**
 * console.error during a test fails it, unless the test expects it: call
 * `expectConsoleError()` (or mock console.error itself) in that test.
 */
let errors: unknown[][] = [];
let allowed = false;

export function expectConsoleError(): void {
  allowed = true;
}

beforeEach(() => {
  errors = [];
  allowed = false;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  const seen = errors;
  vi.mocked(console.error).mockRestore?.();
  if (!allowed && seen.length > 0) {
    throw new Error(
      `Unexpected console.error:\n${seen.map((a) => a.map(String).join(' ')).join('\n')}`,
    );
  }
});
