import { useEffect, useMemo, type RefObject } from 'react';
import { locale } from '../../i18n/i18n.ts';
import type { MapItem } from '../filters/filter-logic.ts';
import { localCountryNames, type Basemap } from '../../lib/basemap.ts';
import type { MapOverlay } from './map-overlay.ts';
import { smallStates, type CountryPoint } from './small-states.ts';

/** Labels use the same country names as the rest of the site; the browser's names otherwise. */
function labelNamer(names: ReadonlyMap<string, string>): (iso: string, fallback: string) => string {
  const local = localCountryNames(locale());
  return (iso, fallback) => names.get(iso) ?? local(iso, fallback);
}

/** Keeps what the overlay draws (names, small states, points, rings) in step with the page. */
export function useOverlaySync(
  overlayRef: RefObject<MapOverlay | null>,
  p: {
    created: boolean;
    ready: boolean;
    online: boolean;
    base: Basemap;
    items: readonly MapItem[];
    bySlug: ReadonlyMap<string, MapItem>;
    countries: readonly CountryPoint[];
    countryColors: ReadonlyMap<string, string>;
    countryNames: ReadonlyMap<string, string>;
    hovered: string | null;
    selected: string | null;
  },
) {
  const { created, ready, online, base, items, bySlug, countries, countryColors } = p;
  const { countryNames, hovered, selected } = p;

  // Country names: only once the site's own names are known, so no stand-in name is drawn.
  // An online style brings its own names.
  useEffect(() => {
    if (created)
      overlayRef.current?.setNames(
        countryNames.size > 0 && !online ? labelNamer(countryNames) : undefined,
        locale(),
      );
  }, [overlayRef, countryNames, created, online]);

  // States too small for the basemap: a marker each, in the same colour as a shape would be.
  const states = useMemo(() => {
    const withEntries = new Set([...bySlug.values()].map((i) => i.country));
    return smallStates(countries, base.idsByIso, withEntries);
  }, [countries, bySlug, base]);
  useEffect(() => {
    if (created) overlayRef.current?.setSmallStates(states, countryColors);
  }, [overlayRef, states, countryColors, created]);

  // Points and clusters: re-clustered in the page and drawn on the overlay at once.
  useEffect(() => {
    if (created && ready) overlayRef.current?.setItems(items);
  }, [overlayRef, items, created, ready]);

  // A ring around the hovered or selected initiative, drawn even when it sits in a cluster.
  useEffect(() => {
    if (!created) return;
    overlayRef.current?.setRings(
      selected ? bySlug.get(selected) : undefined,
      hovered ? bySlug.get(hovered) : undefined,
    );
  }, [overlayRef, bySlug, hovered, selected, created]);
}
