import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../lib/openapi.ts';
import { contactSchema, OFFICE_WEBSITE } from './contact.schema.ts';

const contactRoute = createRoute({
  method: 'get',
  path: '/contact',
  operationId: 'getContact',
  tags: ['Reference'],
  summary: 'How to contact the office that runs the map',
  description:
    'The contact e-mail and page set by the operator (`CONTACT_EMAIL`, `CONTACT_URL`), either of ' +
    "which may be null, and the office's public website, which is always given.",
  responses: {
    200: {
      description: 'Contact details of the office (never of a person who sent an entry)',
      content: { 'application/json': { schema: contactSchema } },
    },
  },
});

export function contactRoutes() {
  const app = createRouter();
  app.openapi(contactRoute, (c) => {
    const { CONTACT_EMAIL, CONTACT_URL } = c.get('deps').env;
    return c.json(
      { email: CONTACT_EMAIL ?? null, url: CONTACT_URL ?? null, officeWebsite: OFFICE_WEBSITE },
      200,
      { 'Cache-Control': 'public, max-age=300' },
    );
  });
  return app;
}
