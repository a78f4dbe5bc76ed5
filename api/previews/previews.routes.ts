import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { slugParamSchema } from '../initiatives/initiatives.schema.ts';
import type { AppEnv } from '../lib/context.ts';
import { createRouter, problemResponse } from '../lib/openapi.ts';
import { PreviewImages } from './previews.service.ts';

const tags = ['Previews'];
const png = {
  description: 'A 1200 x 630 PNG image',
  content: { 'image/png': { schema: z.string().openapi({ format: 'binary' }) } },
};
const notModified = { description: 'Not modified: the image has not changed since that ETag' };

const initiativeRoute = createRoute({
  method: 'get',
  path: '/previews/initiatives/{slug}',
  operationId: 'getInitiativePreview',
  tags,
  summary: 'Link-preview image of one published initiative',
  description:
    'The Open Graph / Twitter card image of an initiative page: title, place, themes and a ' +
    'small locator map. The ETag changes only when what the image shows changes.',
  request: { params: slugParamSchema },
  responses: {
    200: png,
    304: notModified,
    400: problemResponse('The slug is malformed'),
    404: problemResponse('No published initiative has this slug'),
  },
});

const mapRoute = createRoute({
  method: 'get',
  path: '/previews/map',
  operationId: 'getMapPreview',
  tags,
  summary: 'Link-preview image of the map',
  description: 'How many initiatives in how many countries, with a dot for each.',
  responses: {
    200: png,
    304: notModified,
  },
});

async function send(
  c: Context<AppEnv>,
  image: { version: string; png: () => Promise<Uint8Array<ArrayBuffer>> | Uint8Array<ArrayBuffer> },
) {
  const etag = `"${image.version}"`;
  const headers = {
    ETag: etag,
    // Crawlers and chat apps keep previews anyway; a day here, then a cheap revalidation.
    'Cache-Control': 'public, max-age=86400',
  };
  const inm = c.req.header('If-None-Match');
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
    return c.body(null, 304, headers);
  }
  return c.body(await image.png(), 200, { ...headers, 'Content-Type': 'image/png' });
}

export function previewsRoutes() {
  const app = createRouter();
  const images = new PreviewImages();
  app.openapi(initiativeRoute, (c) => {
    const snapshot = c.get('deps').readModel.current();
    return send(c, images.initiative(snapshot, c.req.valid('param').slug)) as never;
  });
  app.openapi(mapRoute, (c) => {
    const snapshot = c.get('deps').readModel.current();
    return send(c, images.map(snapshot)) as never;
  });
  return app;
}
