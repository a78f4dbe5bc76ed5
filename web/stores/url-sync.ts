import type { StoreApi } from 'zustand';
import type { ExplorerState } from './explorer-store.ts';
import { sameFilters } from './filters.ts';
import { parseUrlState, toUrlSearch } from './url-state.ts';

let replaceNext = false;

/**
 * Runs a store update that should not add a history entry (tidying a link's unknown codes,
 * say): the address is replaced instead.
 */
export function withoutHistory(update: () => void): void {
  replaceNext = true;
  try {
    update();
  } finally {
    replaceNext = false;
  }
}

type Win = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

/**
 * Keeps the store and the address bar in step, in one place.
 * - On start, the URL wins (a shared link opens the view it describes).
 * - A filter change pushes a history entry, so Back returns to the previous filters; typing
 *   in the search box replaces the entry while the visitor keeps typing, so Back is not
 *   flooded with one entry per word. Opening or closing a card replaces too.
 * - Back/Forward (popstate) restore the filters and selection from the URL.
 */
export function startUrlSync(store: StoreApi<ExplorerState>, win: Win = window): () => void {
  const initial = parseUrlState(win.location.search);
  const now = store.getState();
  // Only what differs: a new but equal filters object would redraw the whole page for nothing.
  const filters = sameFilters(now.filters, initial.filters) ? now.filters : initial.filters;
  if (filters !== now.filters || now.selected !== initial.selected || now.stack)
    store.setState({ filters, selected: initial.selected, stack: null });
  let restoring = false;

  const unsubscribe = store.subscribe((state, prev) => {
    if (restoring) return;
    if (sameFilters(state.filters, prev.filters) && state.selected === prev.selected) return;
    const search = toUrlSearch({ filters: state.filters, selected: state.selected });
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    const onlyTyping =
      !sameFilters(state.filters, prev.filters) &&
      sameFilters({ ...state.filters, q: prev.filters.q }, prev.filters) &&
      prev.filters.q !== '' &&
      state.filters.q !== '';
    const filtersChanged = !sameFilters(state.filters, prev.filters);
    // A replace keeps the entry's state (its scroll position key, see use-route-focus.ts).
    if (filtersChanged && !onlyTyping && !replaceNext) win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
  });

  const onPop = () => {
    const next = parseUrlState(win.location.search);
    restoring = true;
    try {
      store.setState({ filters: next.filters, selected: next.selected, stack: null });
    } finally {
      restoring = false;
    }
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
