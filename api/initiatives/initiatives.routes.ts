import { createRoute, z } from '@hono/zod-openapi';
import { publicCache, sendCachedBody } from '../lib/cache.ts';
import { LICENCE_NOTE } from '../lib/open-data.ts';
import { createRouter, problemResponse } from '../lib/openapi.ts';
import {
  facetsQuerySchema,
  filterQuerySchema,
  langOnlyQuerySchema,
  listQuerySchema,
  mapPictureQuerySchema,
  slugParamSchema,
} from './initiatives.schema.ts';
import {
  facetsSchema,
  initiativeListSchema,
  initiativeSchema,
  metaSchema,
  pointsSchema,
} from '../../contract/initiatives.ts';
import {
  initiativeFacetsJson,
  initiativePointsBody,
  initiativesCsvBody,
  initiativesGeoJsonBody,
  initiativesMapSvgBody,
  listInitiativesJson,
  metaJson,
  publicInitiativeJson,
} from './initiatives.service.ts';
import { requestLanguage } from '../i18n/language.ts';

const bad = problemResponse('A filter is malformed or unknown; `errors` names it');
const tags = ['Initiatives'];

const listRoute = createRoute({
  method: 'get',
  path: '/initiatives',
  operationId: 'listInitiatives',
  tags,
  summary: 'List published initiatives',
  description:
    'Several values in one filter are comma-separated and mean OR; different filters combine with AND. ' +
    'Sorted by original title, then slug. Title and summary are in the language asked for ' +
    'when a translation exists (`language` says which).',
  request: { query: listQuerySchema },
  responses: {
    200: {
      description: 'A page of initiatives',
      content: { 'application/json': { schema: initiativeListSchema } },
    },
    400: bad,
  },
});

const facetsRoute = createRoute({
  method: 'get',
  path: '/initiatives/facets',
  operationId: 'getInitiativeFacets',
  tags,
  summary: 'Counts for the filter panel',
  description:
    'Total and number of countries for the filters given. Each dimension is counted with every other ' +
    'filter applied but not its own, so a count says how many match when that option alone is chosen. ' +
    'With `breakdown=matches`, `matches` adds counts among the initiatives matching every filter: ' +
    'by theme, action, region, sub-region, country, start year, who leads it, and pairs of themes.',
  request: { query: facetsQuerySchema },
  responses: {
    200: { description: 'Counts', content: { 'application/json': { schema: facetsSchema } } },
    400: bad,
  },
});

const mapPictureRoute = createRoute({
  method: 'get',
  path: '/initiatives/map.svg',
  operationId: 'getInitiativesMapPicture',
  tags,
  summary: 'A still picture of the map, as SVG',
  description:
    "The world (Natural Earth 1:110m, Web Mercator, framed like the web map's first view) with " +
    "each country shaded by its number of initiatives matching every filter, in the map's " +
    'classes (1, 2, 3-4, 5-9, 10 or more), and a round marker for each state too small for the ' +
    'basemap that has entries. The web app shows it on phones until the live map is started. ' +
    "Each country's shape or marker has its ISO 3166-1 alpha-2 code as `id`; there is no text.",
  request: { query: mapPictureQuerySchema },
  responses: {
    200: {
      description: 'An SVG image',
      content: { 'image/svg+xml': { schema: z.string() } },
    },
    400: bad,
  },
});

/**
 * The picture is served from this origin, so it may run nothing and load nothing even when
 * opened on its own (the app's own policy allows scripts from this origin).
 */
const PICTURE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

const geojsonRoute = createRoute({
  method: 'get',
  path: '/initiatives.geojson',
  operationId: 'getInitiativesGeoJson',
  tags,
  summary: 'Published initiatives as GeoJSON points (RFC 7946)',
  description:
    'Each feature keeps its `sourceUrl`. The collection names its licence in the foreign members ' +
    '`license`, `licenseUrl`, `attribution` and `rights`, and in a `Link: <…>; rel="license"` header.',
  request: { query: filterQuerySchema },
  responses: {
    200: {
      description: 'FeatureCollection of points, longitude first',
      content: {
        'application/geo+json': {
          schema: z.object({ type: z.literal('FeatureCollection') }).passthrough(),
        },
      },
    },
    400: bad,
  },
});

const pointsRoute = createRoute({
  method: 'get',
  path: '/initiatives/points',
  operationId: 'getInitiativePoints',
  tags,
  summary: 'Published initiatives in a compact form for maps',
  description:
    'One array per initiative with the values named in `fields`, in that order: the same ' +
    'entries and order as the GeoJSON, in about half the bytes. The web map loads this.',
  request: { query: filterQuerySchema },
  responses: {
    200: { description: 'Rows', content: { 'application/json': { schema: pointsSchema } } },
    400: bad,
  },
});

const csvRoute = createRoute({
  method: 'get',
  path: '/initiatives.csv',
  operationId: 'getInitiativesCsv',
  tags,
  summary: 'Open-data export as CSV (RFC 4180, UTF-8)',
  description:
    'One row per initiative; themes and actions joined with ";". Each row keeps its `source_url`. ' +
    '`title` and `summary` are as written, in `language`; `title_fr`, `summary_fr` and so on hold ' +
    'the translations into the six UN languages where there are any. Not affected by `lang`. ' +
    `${LICENCE_NOTE} The response names the licence in a \`Link: <…>; rel="license"\` header.`,
  request: { query: filterQuerySchema },
  responses: {
    200: { description: 'CSV with a header row', content: { 'text/csv': { schema: z.string() } } },
    400: bad,
  },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/initiatives/{slug}',
  operationId: 'getInitiative',
  tags,
  summary: 'One published initiative',
  description:
    'Title and summary are in the language asked for when a translation exists, otherwise as ' +
    'written: `language` says which, `originalLanguage` what it was written in.',
  request: { params: slugParamSchema, query: langOnlyQuerySchema },
  responses: {
    200: {
      description: 'The initiative',
      content: { 'application/json': { schema: initiativeSchema } },
    },
    400: bad,
    404: problemResponse('No published initiative has this slug'),
  },
});

const metaRoute = createRoute({
  method: 'get',
  path: '/meta',
  operationId: 'getMeta',
  tags: ['Reference'],
  summary: 'Themes, actions, UN M49 regions with sub-regions, and countries',
  description:
    'Labels and names in the language asked for: theme and action labels from the message ' +
    'catalogues, region and country names from the Unicode CLDR. Regions, sub-regions and ' +
    'countries are sorted for readers of that language; themes and actions keep display order.',
  request: { query: langOnlyQuerySchema },
  responses: {
    200: { description: 'Reference data', content: { 'application/json': { schema: metaSchema } } },
  },
});

export function initiativesRoutes() {
  const app = createRouter();
  // Everything but the counts and the CSV answers in the visitor's language.
  const localised = (path: string) => !/\/initiatives(\/facets|\/map\.svg|\.csv)$/.test(path);
  app.use('/initiatives', publicCache(localised));
  app.use('/initiatives/*', publicCache(localised));
  app.use('/initiatives.geojson', publicCache(localised));
  app.use('/initiatives.csv', publicCache(localised));
  app.use('/meta', publicCache(localised));

  app.openapi(metaRoute, (c) => {
    const body = metaJson(c.get('deps').readModel, requestLanguage(c).lang);
    return sendCachedBody(c, body, 'application/json') as never;
  });
  // List, facets, GeoJSON, points and CSV bodies are serialized once per snapshot and query,
  // then reused
  // (see ResponseCache in read-model.ts and docs/decisions/050-api-read-path-performance.md).
  app.openapi(listRoute, (c) => {
    const body = listInitiativesJson(
      c.get('deps').readModel,
      c.req.valid('query'),
      requestLanguage(c).lang,
    );
    return sendCachedBody(c, body, 'application/json') as never;
  });
  app.openapi(facetsRoute, (c) => {
    const body = initiativeFacetsJson(c.get('deps').readModel, c.req.valid('query'));
    return sendCachedBody(c, body, 'application/json') as never;
  });
  // Before the one-initiative route, whose {slug} would take "map.svg".
  app.openapi(mapPictureRoute, (c) => {
    const body = initiativesMapSvgBody(c.get('deps').readModel, c.req.valid('query'));
    return sendCachedBody(c, body, 'image/svg+xml; charset=utf-8', {
      'Content-Security-Policy': PICTURE_CSP,
      'X-Content-Type-Options': 'nosniff',
    }) as never;
  });
  app.openapi(geojsonRoute, (c) => {
    const body = initiativesGeoJsonBody(
      c.get('deps').readModel,
      c.req.valid('query'),
      requestLanguage(c).lang,
    );
    // Typed as JSON in the OpenAPI document; sent as bytes to set the GeoJSON media type.
    return sendCachedBody(c, body, 'application/geo+json; charset=utf-8') as never;
  });
  app.openapi(pointsRoute, (c) => {
    const body = initiativePointsBody(
      c.get('deps').readModel,
      c.req.valid('query'),
      requestLanguage(c).lang,
    );
    return sendCachedBody(c, body, 'application/json') as never;
  });
  app.openapi(csvRoute, (c) => {
    const body = initiativesCsvBody(c.get('deps').readModel, c.req.valid('query'));
    return sendCachedBody(c, body, 'text/csv; charset=utf-8; header=present', {
      'Content-Disposition': 'attachment; filename="participation-map-initiatives.csv"',
    }) as never;
  });
  app.openapi(oneRoute, (c) => {
    const body = publicInitiativeJson(
      c.get('deps').readModel,
      c.req.valid('param').slug,
      requestLanguage(c).lang,
    );
    return sendCachedBody(c, body, 'application/json') as never;
  });
  return app;
}
