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

// The base colours and the country classes live in the contract, so the API's still picture of
// the map (GET /api/initiatives/map.svg) shades countries exactly as the live map does.
export {
  BASEMAP_COLORS,
  CHOROPLETH,
  COUNTRY_CLASSES,
  countryColor,
  type LegendStep,
} from '../../contract/map-colours.ts';
