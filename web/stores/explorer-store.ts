import { create, type StateCreator } from 'zustand';
import { EMPTY_FILTERS, sameFilters, type FilterState, type ListFilterKey } from './filters.ts';
import { parseUrlState } from './url-state.ts';

/** [west, south, east, north] in degrees; west > east when the view crosses the antimeridian. */
export type Bounds = [number, number, number, number];

export type FiltersSlice = {
  filters: FilterState;
  setFilters: (filters: FilterState) => void;
  toggle: (key: ListFilterKey, value: string) => void;
  setList: (key: ListFilterKey, values: string[]) => void;
  setYears: (yearFrom: number | null, yearTo: number | null) => void;
  setQuery: (q: string) => void;
  resetFilters: () => void;
};

export type MapSlice = {
  /** The initiative whose card is open (also in the URL as ?selected=). */
  selected: string | null;
  /** The initiative under the pointer or keyboard focus, in the list or on the map. */
  hovered: string | null;
  /** Several initiatives sharing one point, listed in the card. */
  stack: string[] | null;
  onlyVisible: boolean;
  bounds: Bounds | null;
  select: (slug: string | null) => void;
  hover: (slug: string | null) => void;
  showStack: (slugs: string[] | null) => void;
  setOnlyVisible: (on: boolean) => void;
  setBounds: (bounds: Bounds | null) => void;
};

export type ExplorerState = FiltersSlice & MapSlice;

export const createFiltersSlice: StateCreator<ExplorerState, [], [], FiltersSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  setFilters: (filters) => set((s) => (sameFilters(s.filters, filters) ? s : { filters })),
  toggle: (key, value) =>
    set((s) => {
      const current = s.filters[key];
      const next = current.includes(value)
        ? current.filter((v) => v !== value)
        : [...current, value];
      return { filters: { ...s.filters, [key]: next } };
    }),
  setList: (key, values) => set((s) => ({ filters: { ...s.filters, [key]: values } })),
  setYears: (yearFrom, yearTo) => set((s) => ({ filters: { ...s.filters, yearFrom, yearTo } })),
  setQuery: (q) => set((s) => (s.filters.q === q ? s : { filters: { ...s.filters, q } })),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
});

export const createMapSlice: StateCreator<ExplorerState, [], [], MapSlice> = (set) => ({
  selected: null,
  hovered: null,
  stack: null,
  onlyVisible: false,
  bounds: null,
  select: (selected) => set({ selected, stack: null }),
  hover: (hovered) => set((s) => (s.hovered === hovered ? s : { hovered })),
  showStack: (stack) => set({ stack, selected: null }),
  setOnlyVisible: (onlyVisible) => set({ onlyVisible }),
  setBounds: (bounds) => set({ bounds }),
});

export const useExplorer = create<ExplorerState>()((...a) => ({
  ...createFiltersSlice(...a),
  ...createMapSlice(...a),
}));

// The store starts as the address describes it, so the map page's first render draws a shared
// link's own view (its picture, list and headline), not the whole map for a moment until
// startUrlSync (url-sync.ts), which keeps the two in step from then on, has run.
if (typeof window !== 'undefined') {
  const { filters, selected } = parseUrlState(window.location.search);
  useExplorer.setState({ filters, selected });
}
