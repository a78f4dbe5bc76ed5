import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useExplorer } from './explorer-store.ts';
import { EMPTY_FILTERS } from './filters.ts';
import { startUrlSync, withoutHistory } from './url-sync.ts';

let stop: () => void = () => undefined;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  useExplorer.setState({ filters: EMPTY_FILTERS, selected: null, stack: null });
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

/** Counts new history entries (history.length is unreliable after Back in jsdom). */
function countPushes() {
  return vi.spyOn(window.history, 'pushState');
}

function back(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    window.history.back();
  });
}

describe('store <-> URL', () => {
  it('opens the view a shared link describes', () => {
    window.history.replaceState(null, '', '/?theme=climate&region=africa&selected=some-initiative');
    stop = startUrlSync(useExplorer);
    const s = useExplorer.getState();
    expect(s.filters.theme).toEqual(['climate']);
    expect(s.filters.region).toEqual(['africa']);
    expect(s.selected).toBe('some-initiative');
  });

  it('leaves the store alone when the address describes the view it already shows', () => {
    // A new filters object would redraw every part of the map page that reads the filters:
    // a whole second render of the page just after the first, on a slow phone's first visit.
    const before = useExplorer.getState();
    const listener = vi.fn();
    const unsubscribe = useExplorer.subscribe(listener);
    stop = startUrlSync(useExplorer);
    unsubscribe();
    expect(listener).not.toHaveBeenCalled();
    expect(useExplorer.getState().filters).toBe(before.filters);
  });

  it('writes each filter change to the address bar as a new history entry', () => {
    stop = startUrlSync(useExplorer);
    const pushes = countPushes();
    useExplorer.getState().toggle('theme', 'climate');
    expect(window.location.search).toBe('?theme=climate');
    useExplorer.getState().toggle('action', 'advocacy');
    expect(window.location.search).toBe('?theme=climate&action=advocacy');
    expect(pushes).toHaveBeenCalledTimes(2);
  });

  it('Back restores the previous filters', async () => {
    stop = startUrlSync(useExplorer);
    useExplorer.getState().toggle('theme', 'climate');
    useExplorer.getState().toggle('theme', 'gender');
    expect(useExplorer.getState().filters.theme).toEqual(['climate', 'gender']);
    await back();
    expect(useExplorer.getState().filters.theme).toEqual(['climate']);
    expect(window.location.search).toBe('?theme=climate');
  });

  it('does not add one history entry per word while the visitor keeps typing', () => {
    stop = startUrlSync(useExplorer);
    const pushes = countPushes();
    useExplorer.getState().setQuery('peace');
    useExplorer.getState().setQuery('peace clubs');
    useExplorer.getState().setQuery('peace clubs kenya');
    expect(pushes).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?q=peace+clubs+kenya');
  });

  it('opening a card replaces the address instead of adding history', () => {
    stop = startUrlSync(useExplorer);
    const pushes = countPushes();
    useExplorer.getState().select('some-initiative');
    expect(window.location.search).toBe('?selected=some-initiative');
    expect(pushes).not.toHaveBeenCalled();
  });

  it('tidying a link does not add history', () => {
    stop = startUrlSync(useExplorer);
    const pushes = countPushes();
    withoutHistory(() => useExplorer.getState().setList('country', ['KE']));
    expect(window.location.search).toBe('?country=KE');
    expect(pushes).not.toHaveBeenCalled();
  });

  it('stops listening when the page goes away', () => {
    stop = startUrlSync(useExplorer);
    stop();
    useExplorer.getState().toggle('theme', 'climate');
    expect(window.location.search).toBe('');
  });
});
