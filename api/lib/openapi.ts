import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context.ts';
import { validationError } from './problem.ts';

/** RFC 9457 problem details, as every error of the API is sent (see problem.ts). */
const PROBLEM_SCHEMA = {
  type: 'object' as const,
  description: 'An RFC 9457 problem: what went wrong, and for 400 which fields need another look.',
  properties: {
    type: { type: 'string' as const, description: 'A URI naming the kind of problem' },
    title: { type: 'string' as const },
    status: { type: 'integer' as const },
    detail: { type: 'string' as const },
    requestId: {
      type: 'string' as const,
      description: 'Also in the X-Request-Id header; names this request in the server log',
    },
    errors: {
      type: 'object' as const,
      description: 'Field name -> messages (400 only)',
      additionalProperties: { type: 'array' as const, items: { type: 'string' as const } },
    },
  },
  required: ['type', 'title', 'status'],
};

/** A router whose request validation failures become problem+json 400s naming the field. */
export function createRouter() {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
  // Every router names the one schema its error responses refer to; the document keeps one.
  router.openAPIRegistry.registerComponent('schemas', 'Problem', PROBLEM_SCHEMA);
  return router;
}

export const problemResponse = (description: string) => ({
  description,
  content: {
    'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
  },
});
