import { registerMessages, type Catalogue } from '../i18n.ts';

/** Map explorer: map, filters, list and summary card. */
export const map = {
  pageTitle: 'Participation Map: child-led initiatives to end violence',
  heading: 'Child-led initiatives around the world',
  intro:
    'Explore what children and young people are doing to end violence against children. Filter by theme, type of action, place or year, then open an initiative to read more.',
  headline: {
    one: '{count} initiative in {countries} countries',
    other: '{count} initiatives in {countries} countries',
  },
  headlineOneCountry: {
    one: '{count} initiative in 1 country',
    other: '{count} initiatives in 1 country',
  },
  headlineLoading: 'Counting initiatives…',
  insightsLink: 'See these figures as charts',
  // Filters
  filters: 'Filters',
  filtersToggle: 'Filters',
  filtersActive: { one: '{count} active', other: '{count} active' },
  search: 'Search',
  searchPlaceholder: 'Words in title, summary, place…',
  searchHint: 'Finds initiatives containing all the words you type.',
  clearSearch: 'Clear search',
  themes: 'Themes',
  actions: 'Types of action',
  place: 'Place',
  region: 'Region',
  subregion: 'Sub-region',
  country: 'Country',
  allRegions: 'All regions',
  allSubregions: 'All sub-regions',
  allCountries: 'All countries',
  year: 'Year',
  yearFrom: 'From',
  yearTo: 'To',
  anyYear: 'Any',
  yearNote: 'Initiatives without a known year are left out when a year is chosen.',
  optionCount: '{label} ({count})',
  reset: 'Clear all filters',
  activeFilters: 'Active filters',
  removeFilter: 'Remove filter: {label}',
  searchChip: 'Search: “{q}”',
  yearChip: 'Years {from}–{to}',
  countsError: 'The counts could not be updated.',
  // Map
  mapRegion: 'Map of initiatives',
  canvasLabel: 'Interactive map of initiatives. Use the list of initiatives for the same content.',
  mapHelp:
    'Drag or use the arrow keys to move the map, plus and minus to zoom. Click a point to read about an initiative, a numbered circle to zoom in, or a country to show its initiatives.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  attribution:
    'Boundaries: Natural Earth. The boundaries and names shown do not imply official endorsement or acceptance by the United Nations.',
  mapLoading: 'Loading the map…',
  detailedMap: 'Detailed map (online)',
  detailedMapFailed:
    'The detailed map could not be loaded, so the simple map is shown. Check the connection and try again.',
  mapUnavailable:
    'The interactive map cannot be shown on this device or browser. Every initiative is in the list.',
  clusterTooltip: {
    one: '{count} initiative: click to zoom in',
    other: '{count} initiatives: click to zoom in',
  },
  countryTooltip: {
    one: '{name}: {count} initiative',
    other: '{name}: {count} initiatives',
  },
  legendCountries: 'Initiatives per country',
  legendNone: 'None',
  legendRange: '{from}–{to}',
  legendThemes: 'Point colours: main theme',
  legendCluster: 'Group of initiatives (number inside)',
  // List
  results: 'Initiatives',
  onlyVisible: 'Only what is visible on the map',
  showing: { one: 'Showing {shown} of {count} initiative', other: 'Showing {shown} of {count}' },
  showMore: 'Show more',
  showOnMap: 'Show on map',
  showOnMapNamed: 'Show {title} on the map',
  approximate: 'place approximate',
  empty: 'No initiatives match these filters.',
  emptyHelp: 'Try removing a filter, or clear all filters to see every initiative.',
  emptyVisible: 'No matching initiatives in this part of the map.',
  emptyVisibleHelp: 'Zoom out or move the map, or turn off “Only what is visible on the map”.',
  loadError: 'The initiatives could not be loaded.',
  loadErrorHelp: 'Check your internet connection, then try again.',
  searching: 'Searching…',
  // Card
  card: 'Initiative summary',
  closeCard: 'Close the summary',
  openPage: 'Read more about this initiative',
  source: 'Source',
  sourceOpens: '(opens the original publication)',
  organization: 'Organization',
  yearLabel: 'Year',
  stackHeading: {
    one: '{count} initiative at this place',
    other: '{count} initiatives at this place',
  },
  stackHelp: 'These initiatives share one point on the map. Choose one to read its summary.',
  cardLoadError: 'The summary could not be loaded.',
} satisfies Catalogue;

registerMessages('map', map);
