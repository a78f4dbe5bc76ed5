import { createRoute, z } from '@hono/zod-openapi';
import { publicCache, sendCachedBody } from '../lib/cache.ts';
import { LICENCE_NOTE } from '../lib/open-data.ts';
import { createRouter, problemResponse } from '../lib/openapi.ts';
import {
  facetsQuerySchema,
  filterQuerySchema,
  listQuerySchema,
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
  listInitiativesJson,
  metaJson,
  publicInitiativeJson,
} from './initiatives.service.ts';

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
    'Sorted by title, then slug.',
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
  request: { params: slugParamSchema },
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
  responses: {
    200: { description: 'Reference data', content: { 'application/json': { schema: metaSchema } } },
  },
});

export function initiativesRoutes() {
  const app = createRouter();
  app.use('/initiatives', publicCache());
  app.use('/initiatives/*', publicCache());
  app.use('/initiatives.geojson', publicCache());
  app.use('/initiatives.csv', publicCache());
  app.use('/meta', publicCache());

  app.openapi(
    metaRoute,
    (c) => sendCachedBody(c, metaJson(c.get('deps').readModel), 'application/json') as never,
  );
  // List, facets, GeoJSON, points and CSV bodies are serialized once per snapshot and query,
  // then reused
  // (see ResponseCache in read-model.ts and docs/decisions/050-api-read-path-performance.md).
  app.openapi(listRoute, (c) => {
    const body = listInitiativesJson(c.get('deps').readModel, c.req.valid('query'));
    return sendCachedBody(c, body, 'application/json') as never;
  });
  app.openapi(facetsRoute, (c) => {
    const body = initiativeFacetsJson(c.get('deps').readModel, c.req.valid('query'));
    return sendCachedBody(c, body, 'application/json') as never;
  });
  app.openapi(geojsonRoute, (c) => {
    const body = initiativesGeoJsonBody(c.get('deps').readModel, c.req.valid('query'));
    // Typed as JSON in the OpenAPI document; sent as bytes to set the GeoJSON media type.
    return sendCachedBody(c, body, 'application/geo+json; charset=utf-8') as never;
  });
  app.openapi(pointsRoute, (c) => {
    const body = initiativePointsBody(c.get('deps').readModel, c.req.valid('query'));
    return sendCachedBody(c, body, 'application/json') as never;
  });
  app.openapi(csvRoute, (c) => {
    const body = initiativesCsvBody(c.get('deps').readModel, c.req.valid('query'));
    return sendCachedBody(c, body, 'text/csv; charset=utf-8; header=present', {
      'Content-Disposition': 'attachment; filename="participation-map-initiatives.csv"',
    }) as never;
  });
  app.openapi(oneRoute, (c) => {
    const body = publicInitiativeJson(c.get('deps').readModel, c.req.valid('param').slug);
    return sendCachedBody(c, body, 'application/json') as never;
  });
  return app;
}
