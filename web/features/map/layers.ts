import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { BASEMAP_COLORS, CLUSTER_COLOR, FALLBACK_POINT_COLOR, THEME_COLORS } from './scales.ts';

/** Map styling as data (react-map-gl's own pattern): ids, sources and paint in one place. */
export const MAX_ZOOM = 10;
export const SOURCES = {
  countries: 'countries',
  labels: 'country-labels',
  initiatives: 'initiatives',
  highlight: 'highlight',
} as const;

/** Water is the background; everything else is added as GeoJSON sources. No network needed. */
export const BASE_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [
    { id: 'water', type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
  ],
};

export const countriesFill: Omit<FillLayerSpecification, 'source'> = {
  id: 'countries-fill',
  type: 'fill',
  paint: {
    'fill-color': [
      'to-color',
      ['coalesce', ['feature-state', 'color'], BASEMAP_COLORS.land],
    ] as ExpressionSpecification,
  },
};

export const countriesBorder: Omit<LineLayerSpecification, 'source'> = {
  id: 'countries-border',
  type: 'line',
  paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': 0.6 },
};

export const countriesHover: Omit<LineLayerSpecification, 'source'> = {
  id: 'countries-hover',
  type: 'line',
  paint: {
    'line-color': '#1b1f24',
    'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 1.5, 0],
  },
};

/**
 * Country names are images (text-images.ts), so MapLibre's collision detection decides which
 * fit; bigger countries win (sort key) and small ones appear as the visitor zooms in.
 */
function labelLayer(id: string, minzoom: number, minRank: number, maxRank: number) {
  const layer: Omit<SymbolLayerSpecification, 'source'> = {
    id,
    type: 'symbol',
    minzoom,
    filter: ['all', ['>=', ['get', 'rank'], minRank], ['<', ['get', 'rank'], maxRank]],
    layout: {
      'icon-image': ['concat', 'label:', ['get', 'iso']],
      'icon-allow-overlap': false,
      'icon-padding': 4,
      'symbol-sort-key': ['-', 0, ['get', 'rank']],
    },
  };
  return layer;
}
export const labelLayers = [
  labelLayer('labels-large', 0, 150, Infinity),
  labelLayer('labels-medium', 1.6, 25, 150),
  labelLayer('labels-small', 2.6, 3, 25),
  labelLayer('labels-tiny', 3.8, 0, 3),
];

const themeMatch = [
  'match',
  ['get', 'theme'],
  ...Object.entries(THEME_COLORS).flat(),
  FALLBACK_POINT_COLOR,
] as unknown as ExpressionSpecification;

export const clusters: Omit<CircleLayerSpecification, 'source'> = {
  id: 'clusters',
  type: 'circle',
  filter: ['has', 'point_count'],
  paint: {
    'circle-color': CLUSTER_COLOR,
    'circle-opacity': 0.92,
    'circle-radius': ['step', ['get', 'point_count'], 13, 10, 16, 50, 20, 200, 25, 1000, 30],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': ['case', ['boolean', ['feature-state', 'hover'], false], 4, 2],
  },
};

export const clusterCounts: Omit<SymbolLayerSpecification, 'source'> = {
  id: 'cluster-counts',
  type: 'symbol',
  filter: ['has', 'point_count'],
  layout: {
    'icon-image': ['concat', 'count:', ['to-string', ['get', 'point_count']]],
    // Always drawn, and country names make way for it.
    'icon-allow-overlap': true,
    'icon-ignore-placement': false,
  },
};

export const points: Omit<CircleLayerSpecification, 'source'> = {
  id: 'points',
  type: 'circle',
  filter: ['!', ['has', 'point_count']],
  paint: {
    'circle-color': themeMatch,
    'circle-radius': ['case', ['boolean', ['feature-state', 'hover'], false], 9, 7],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 2,
  },
};

/** A ring around the hovered or selected initiative, drawn even when it sits in a cluster. */
export const highlight: Omit<CircleLayerSpecification, 'source'> = {
  id: 'highlight',
  type: 'circle',
  paint: {
    'circle-radius': ['case', ['==', ['get', 'kind'], 'selected'], 13, 12],
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-color': ['case', ['==', ['get', 'kind'], 'selected'], '#1b1f24', '#c2410c'],
    'circle-stroke-width': 3,
  },
};

export const INTERACTIVE_LAYERS = ['clusters', 'points', 'countries-fill'];
