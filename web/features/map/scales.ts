import { scaleThreshold } from 'd3-scale';

/**
 * Colours as data, kept pure so they can be tested and shared by the map, the legend and the
 * list. Theme colours are dark enough to reach 3:1 against the light land and water colours
 * (WCAG 1.4.11), and every point also has a white outline so it stands out on shaded countries.
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
export const CLUSTER_COLOR = '#0b4f8a';

export function themeColor(code: string | undefined): string {
  return (code && THEME_COLORS[code]) || FALLBACK_POINT_COLOR;
}

export const BASEMAP_COLORS = {
  water: '#d4e4ef',
  land: '#f7f5f0',
  border: '#9aa5b1',
  label: '#3d4852',
  labelHalo: '#ffffff',
};

/** Sequential, light to dark (ColorBrewer YlGnBu, 5 classes), for "initiatives per country". */
export const CHOROPLETH = ['#edf8d9', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8'] as const;

export type LegendStep = { from: number; to: number; color: string };
export type CountryScale = { color: (count: number) => string; legend: LegendStep[] };

/**
 * Colour for a country's count of matching initiatives. Zero keeps the plain land colour.
 * Classes are whole-number ranges from 1 to the largest count: one class per value when the
 * largest count is small, otherwise up to five ranges of equal width, so the legend reads
 * "1–4, 5–8, ..." and the darkest colour always means "the most".
 */
export function countryScale(maxCount: number): CountryScale {
  const max = Math.max(0, Math.floor(maxCount));
  if (max === 0) return { color: () => BASEMAP_COLORS.land, legend: [] };
  const classes = Math.min(CHOROPLETH.length, max);
  const width = Math.ceil(max / classes);
  const steps: LegendStep[] = [];
  for (let from = 1; from <= max; from += width) {
    steps.push({ from, to: Math.min(max, from + width - 1), color: '' });
  }
  // With fewer classes than colours, use the darker end so contrast stays strong.
  const palette = CHOROPLETH.slice(CHOROPLETH.length - steps.length);
  steps.forEach((s, i) => (s.color = palette[i] as string));
  const scale = scaleThreshold<number, string>()
    .domain(steps.slice(1).map((s) => s.from))
    .range(steps.map((s) => s.color));
  return {
    color: (count) => (count > 0 ? scale(count) : BASEMAP_COLORS.land),
    legend: steps,
  };
}
