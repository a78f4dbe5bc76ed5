import type { Bounds } from '../../stores/explorer-store.ts';
import type { MapItem } from '../filters/filter-logic.ts';
import type { countriesBox } from './focus.ts';
import type { CountryPoint } from './small-states.ts';

export type MapViewProps = {
  /** False while the initiatives are still loading (the basemap shows already). */
  ready: boolean;
  items: readonly MapItem[];
  bySlug: ReadonlyMap<string, MapItem>;
  countryColors: ReadonlyMap<string, string>;
  countryCounts: ReadonlyMap<string, number>;
  countryNames: ReadonlyMap<string, string>;
  /** The country reference with each country's point (small states' markers). */
  countries: readonly CountryPoint[];
  /** The countries the place filters chose, with their reference points; null: the world. */
  focus: { isos: readonly string[]; countries: Parameters<typeof countriesBox>[2] } | null;
  hovered: string | null;
  selected: string | null;
  onSelect: (slug: string) => void;
  onStack: (slugs: string[]) => void;
  onCountry: (iso: string) => void;
  onHover: (slug: string | null) => void;
  onBounds: (bounds: Bounds) => void;
  /** Move the keyboard focus to the map once it has loaded (it was opened by a button). */
  focusOnLoad?: boolean;
};

export const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
