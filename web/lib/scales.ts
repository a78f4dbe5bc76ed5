/**
 * Colours as data, kept pure so they can be tested and shared by the map, the legend and the
 * list. The theme colours are in the contract (contract/map-colours.ts), as the server's first
 * paint of an initiative draws its theme chips too.
 */
export { FALLBACK_POINT_COLOR, THEME_COLORS, themeColor } from '../../contract/map-colours.ts';
export const CLUSTER_COLOR = '#0b4f8a';

// The base colours and the country classes live in the contract, so the API's still picture of
// the map (GET /api/initiatives/map.svg) shades countries exactly as the live map does.
export {
  BASEMAP_COLORS,
  CHOROPLETH,
  COUNTRY_CLASSES,
  countryColor,
  type LegendStep,
} from '../../contract/map-colours.ts';
