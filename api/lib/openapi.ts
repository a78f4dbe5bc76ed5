import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context.ts';
import { validationError } from './problem.ts';

/** A router whose request validation failures become problem+json 400s naming the field. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
}

export const problemResponse = (description: string) => ({
  description,
  content: {
    'application/problem+json': {
      schema: {
        type: 'object' as const,
        properties: {
          type: { type: 'string' as const },
          title: { type: 'string' as const },
          status: { type: 'integer' as const },
          detail: { type: 'string' as const },
          requestId: {
            type: 'string' as const,
            description: 'Also in the X-Request-Id header; names this request in the server log',
          },
          errors: {
            type: 'object' as const,
            additionalProperties: { type: 'array' as const, items: { type: 'string' as const } },
          },
        },
        required: ['type', 'title', 'status'],
      },
    },
  },
});
