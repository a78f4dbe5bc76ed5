import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { BASEMAP_COLORS } from '../../lib/scales.ts';

/** Map styling as data (react-map-gl's own pattern): ids, sources and paint in one place. */
export const MAX_ZOOM = 10;
export const SOURCES = {
  countries: 'countries',
  /** Finer shapes of the states the world-scale basemap leaves out, loaded after the first view. */
  smallShapes: 'small-shapes',
} as const;

/**
 * The tile buffer of the countries' shapes, in pixels of a 512 px tile (MapLibre's default is
 * 128). Only the 0.6 px borders need to reach past a tile's edge, so 8 px is plenty, and each
 * tile cuts, builds and draws less shape: for the first view, about half the geometry.
 */
export const SHAPES_BUFFER = 8;

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

/**
 * Over an online basemap (BASEMAP_STYLE_URL): the same choropleth, see-through so the
 * style's detail shows, and nothing at all where a country has no matching initiative.
 */
export const countriesFillOnline: Omit<FillLayerSpecification, 'source'> = {
  id: 'countries-fill',
  type: 'fill',
  paint: {
    'fill-color': countriesFill.paint?.['fill-color'],
    'fill-opacity': [
      'case',
      ['==', ['coalesce', ['feature-state', 'color'], BASEMAP_COLORS.land], BASEMAP_COLORS.land],
      0,
      0.55,
    ] as ExpressionSpecification,
  },
};

export const countriesBorder: Omit<LineLayerSpecification, 'source'> = {
  id: 'countries-border',
  type: 'line',
  paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': 0.6 },
};

/** The same paint for the small states' finer shapes, under their own layer ids. */
export const smallShapesFill = { ...countriesFill, id: 'small-shapes-fill' };
export const smallShapesFillOnline = { ...countriesFillOnline, id: 'small-shapes-fill' };
export const smallShapesBorder = { ...countriesBorder, id: 'small-shapes-border' };

export const COUNTRY_LAYERS = ['countries-fill', 'small-shapes-fill'];
export const INTERACTIVE_LAYERS = COUNTRY_LAYERS;
