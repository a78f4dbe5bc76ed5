import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, problemResponse } from '../lib/openapi.ts';
import { ApiError } from '../lib/problem.ts';
import { readiness } from './health.service.ts';

const checkSchema = z.object({ name: z.string(), ok: z.boolean(), detail: z.string() });

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['Service'],
  summary: 'Liveness: the process answers',
  responses: {
    200: {
      description: 'The process is alive',
      content: {
        'application/json': {
          schema: z.object({ status: z.literal('ok'), version: z.string() }),
        },
      },
    },
  },
});

const readyRoute = createRoute({
  method: 'get',
  path: '/ready',
  operationId: 'getReadiness',
  tags: ['Service'],
  summary: 'Readiness: database writable, migrations current, web app built, read model built',
  responses: {
    200: {
      description: 'Ready for visitors; each check with what it found',
      content: {
        'application/json': {
          schema: z.object({ status: z.literal('ready'), checks: z.array(checkSchema) }),
        },
      },
    },
    503: problemResponse('Not ready; `detail` names each failing check'),
  },
});

export function healthRoutes(options: { version: string; staticDir?: string }) {
  const app = createRouter();
  app.openapi(healthRoute, (c) =>
    c.json({ status: 'ok' as const, version: options.version }, 200, {
      'Cache-Control': 'no-store',
    }),
  );
  app.openapi(readyRoute, (c) => {
    const checks = readiness(c.get('deps'), options.staticDir);
    const failing = checks.filter((check) => !check.ok);
    if (failing.length) {
      throw new ApiError(
        503,
        'Not ready',
        failing.map((check) => `${check.name}: ${check.detail}`).join('; '),
        undefined,
        { 'Cache-Control': 'no-store' },
      );
    }
    return c.json({ status: 'ready' as const, checks }, 200, { 'Cache-Control': 'no-store' });
  });
  return app;
}
