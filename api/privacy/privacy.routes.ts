import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../lib/openapi.ts';
import { privacyFactsSchema } from '../../contract/privacy.ts';

const privacyRoute = createRoute({
  method: 'get',
  path: '/privacy',
  operationId: 'getPrivacyFacts',
  tags: ['Reference'],
  summary: 'How long personal data is kept (stated on the privacy page)',
  responses: {
    200: {
      description: 'Retention as configured on this server',
      content: { 'application/json': { schema: privacyFactsSchema } },
    },
  },
});

export function privacyRoutes() {
  const app = createRouter();
  app.openapi(privacyRoute, (c) =>
    c.json({ contactRetentionDays: c.get('deps').env.CONTACT_RETENTION_DAYS }, 200, {
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  return app;
}
