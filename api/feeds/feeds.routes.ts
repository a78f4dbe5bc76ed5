import { createRoute, z } from '@hono/zod-openapi';
import { filterQuerySchema } from '../initiatives/initiatives.schema.ts';
import { publicCache } from '../lib/cache.ts';
import { createRouter, problemResponse } from '../lib/openapi.ts';
import { siteOrigin } from '../lib/site-url.ts';
import { FEED_SIZE, initiativesAtom } from './feeds.service.ts';

const atomRoute = createRoute({
  method: 'get',
  path: '/initiatives.atom',
  operationId: 'getInitiativesFeed',
  tags: ['Feeds'],
  summary: 'Atom feed of newly published initiatives',
  description:
    `The ${FEED_SIZE} most recently published initiatives matching the filters (the same ` +
    'parameters as the list), newest first: one feed for everything, or one per theme, region, ' +
    'country or any other view of the map.',
  request: { query: filterQuerySchema },
  responses: {
    200: {
      description: 'An Atom 1.0 feed (RFC 4287)',
      content: { 'application/atom+xml': { schema: z.string() } },
    },
    400: problemResponse('A filter is malformed or unknown; `errors` names it'),
  },
});

export function feedsRoutes() {
  const app = createRouter();
  app.use('/initiatives.atom', publicCache());
  app.openapi(atomRoute, (c) => {
    const deps = c.get('deps');
    const xml = initiativesAtom(deps.readModel, c.req.valid('query'), siteOrigin(c), deps.now());
    return c.body(xml, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });
  return app;
}
