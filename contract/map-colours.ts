/**
 * The map's base colours and country shading as data, shared by the live map and legend in
 * the web app and by the still picture of the map the API draws (api/initiatives/map-picture.ts),
 * so the two never drift apart. Pure: no imports.
 */
export const BASEMAP_COLORS = {
  water: '#d4e4ef',
  land: '#f7f5f0',
  border: '#9aa5b1',
  label: '#3d4852',
  labelHalo: '#ffffff',
};

/**
 * Initiatives per country, in fixed classes that do not change with the data (one new entry
 * never recolours the world), documented in docs/decisions/016-fixed-country-classes.md.
 * Colours are viridis samples (legible with the common colour-vision deficiencies), each
 * darker than the one before; the lightest is 3.5:1 against the uncoloured land, so a country
 * with one initiative never looks like one with none.
 */
export const CHOROPLETH = ['#21918c', '#2a788e', '#355f8d', '#414487', '#440154'] as const;

export type LegendStep = { from: number; to: number | null; color: string };

/** 1, 2, 3-4, 5-9, 10 or more. */
export const COUNTRY_CLASSES: readonly LegendStep[] = [
  { from: 1, to: 1, color: CHOROPLETH[0] },
  { from: 2, to: 2, color: CHOROPLETH[1] },
  { from: 3, to: 4, color: CHOROPLETH[2] },
  { from: 5, to: 9, color: CHOROPLETH[3] },
  { from: 10, to: null, color: CHOROPLETH[4] },
];

/**
 * Colour for a country's count of matching initiatives; zero keeps the plain land colour.
 * A threshold scale written out (d3-scale's scaleThreshold did the same) so the map's first
 * visit does not load d3-scale and its interpolators: about 9 KiB of gzip for five steps.
 */
export function countryColor(count: number): string {
  const n = Number.isFinite(count) ? count : 0;
  let color: string = BASEMAP_COLORS.land;
  for (const step of COUNTRY_CLASSES) if (n >= step.from) color = step.color;
  return color;
}

/**
 * Each theme's colour: its points on the map, the legend, and the chips of an entry (drawn by
 * the app and by the server's first paint). Dark enough to reach 3:1 against the light land
 * and water colours (WCAG 1.4.11); every point also has a white outline so it stands out on
 * shaded countries.
 */
export const THEME_COLORS: Record<string, string> = {
  'mental-health': '#7d3c98',
  bullying: '#c0392b',
  'online-safety': '#1f618d',
  misinformation: '#566573',
  'sexual-violence': '#a3336e',
  trafficking: '#784212',
  'children-on-the-move': '#b9520b',
  climate: '#1e7a45',
  'sustainable-development': '#8a6d0b',
  peacebuilding: '#0e7c6b',
  gender: '#d0315c',
  'home-school-violence': '#2e4a86',
  justice: '#4a235a',
};
export const FALLBACK_POINT_COLOR = '#1b1f24';

/** A theme's colour; an unknown theme is drawn in the fallback colour. */
export function themeColor(code: string | undefined): string {
  return (code && THEME_COLORS[code]) || FALLBACK_POINT_COLOR;
}
