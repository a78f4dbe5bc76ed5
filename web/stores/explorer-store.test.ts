import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the explorer store', () => {
  it("starts as the address describes it, so a shared link's first render draws its own view", async () => {
    window.history.replaceState(null, '', '/?region=africa&theme=climate&selected=a-club');
    vi.resetModules();
    const { useExplorer } = await import('./explorer-store.ts');
    const { filters, selected } = useExplorer.getState();
    expect(filters.region).toEqual(['africa']);
    expect(filters.theme).toEqual(['climate']);
    expect(selected).toBe('a-club');
  });
});
