import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Db } from '../db/client.ts';
// Open data and partners (decision 090): CORS, framing, feeds, previews, discovery.
import { discoveryRoutes } from './discovery/discovery.routes.ts';
import { feedsRoutes } from './feeds/feeds.routes.ts';
import { publicReadCors } from './lib/cors.ts';
import { denyFramingOutsideEmbed, frameAncestors } from './lib/framing.ts';
import { API_TAGS, licenceLink, OPEN_DATA_LICENCE } from './lib/open-data.ts';
import { siteOrigin } from './lib/site-url.ts';
import { previewsRoutes } from './previews/previews.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { concernsRoutes } from './concerns/concerns.routes.ts';
import { contactRoutes } from './contact/contact.routes.ts';
import { loadEnv, type Env } from './env.ts';
import { docsPage } from './docs/docs-page.ts';
import { healthRoutes } from './health/health.routes.ts';
import { initiativesRoutes } from './initiatives/initiatives.routes.ts';
import { staffInsightsRoutes } from './insights/staff-insights.routes.ts';
import { PublicReadModel } from './initiatives/read-model.ts';
import { moderationRoutes } from './moderation/moderation.routes.ts';
import { newSubmissionNotifier } from './moderation/notify.ts';
import { placesRoutes } from './places/places.routes.ts';
import { privacyRoutes } from './privacy/privacy.routes.ts';
import { submissionsRoutes } from './submissions/submissions.routes.ts';
import type { AppEnv, Deps } from './lib/context.ts';
import { createLogger, type Logger } from './lib/logger.ts';
import { createRouter } from './lib/openapi.ts';
import { sendCachedBody } from './lib/cache.ts';
import { ApiError, onError, problem } from './lib/problem.ts';
import { requestLog } from './lib/request-log.ts';
import { renderShell } from './lib/shell.ts';
import { firstPaintHtml, withFirstPaint } from './lib/first-paint.ts';
import { languageRedirects } from './i18n/language-redirects.ts';

export type AppOptions = {
  db: Db;
  env?: Partial<Env>;
  now?: () => Date;
  log?: Deps['log'];
  /** JSON logger (pino); by default one at `env.LOG_LEVEL` writing to stdout. */
  logger?: Logger;
  /** Serve the built web app from this folder (production and e2e). */
  staticDir?: string;
};

export const API_VERSION = '1.0.0';

function contentSecurityPolicy(env: Env) {
  const remote = env.BASEMAP_STYLE_URL ? ['https:'] : [];
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:', ...remote],
    fontSrc: ["'self'", 'data:', ...remote],
    connectSrc: ["'self'", ...remote],
    workerSrc: ["'self'", 'blob:'],
    childSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: [frameAncestors(env)],
  };
}

/** Builds the whole HTTP application around a database. Used by the server and by tests. */
export function createApp(options: AppOptions) {
  const env: Env = { ...loadEnv({}), ...options.env };
  const logger = options.logger ?? createLogger(env.LOG_LEVEL);
  const log =
    options.log ??
    ((message: string, detail?: unknown) =>
      detail instanceof Error
        ? logger.error({ err: detail }, message)
        : logger.warn(detail === undefined ? {} : { detail }, message));
  const deps: Deps = {
    db: options.db,
    env,
    readModel: new PublicReadModel(options.db),
    now: options.now ?? (() => new Date()),
    log,
    logger,
  };

  const app = new Hono<AppEnv>();
  app.onError(onError((msg, err) => log(msg, err)));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('*', requestId({ limitLength: 64 }), requestLog(logger));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: contentSecurityPolicy(env),
      strictTransportSecurity: env.PUBLIC_URL?.startsWith('https:')
        ? 'max-age=31536000; includeSubDomains'
        : false,
      referrerPolicy: 'strict-origin-when-cross-origin',
      crossOriginEmbedderPolicy: false,
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
      xFrameOptions: false,
      // A response that sets one of these headers itself keeps it (the map picture's
      // stricter Content-Security-Policy).
      overwrite: false,
    }),
  );
  app.use('*', denyFramingOutsideEmbed());
  app.use('*', compress());

  const api = createRouter();
  api.use('*', publicReadCors());
  api.use('*', licenceLink());
  api.route('/', healthRoutes({ version: API_VERSION, staticDir: options.staticDir }));
  api.route('/', initiativesRoutes());
  api.route('/', authRoutes());
  api.route('/', moderationRoutes());
  api.route('/', staffInsightsRoutes());
  api.route('/', concernsRoutes());
  api.route('/', submissionsRoutes({ onSubmitted: newSubmissionNotifier(deps) }));
  api.route('/', placesRoutes());
  api.route('/', contactRoutes());
  api.route('/', privacyRoutes());
  api.route('/', feedsRoutes());
  api.route('/', previewsRoutes());

  const openApiConfig = {
    openapi: '3.1.0',
    info: {
      title: 'Participation Map API',
      version: API_VERSION,
      description:
        'Public access to the published child-led initiatives of the Participation Map, and the ' +
        '"Let\'s tell the world" submission endpoint. ' +
        'Only published entries are ever returned; no personal data is exposed. Errors are RFC 9457 problem+json.',
      license: OPEN_DATA_LICENCE,
    },
    servers: [{ url: '/api' }],
    // The public API needs no credentials; the staff API is not part of this document.
    security: [],
    tags: API_TAGS,
  };
  // Built on first request (every route is registered by then) and kept: generating the
  // document took about 20 ms a request, an easy way to load the server.
  let openApiDoc: ReturnType<typeof api.getOpenAPI31Document> | undefined;
  const openApi = () => (openApiDoc ??= api.getOpenAPI31Document(openApiConfig));
  let openApiBody: Uint8Array<ArrayBuffer> | undefined;
  let docsBody: Uint8Array<ArrayBuffer> | undefined;
  api.get('/openapi.json', (c) => {
    openApiBody ??= new TextEncoder().encode(JSON.stringify(openApi()));
    return sendCachedBody(c, openApiBody, 'application/json');
  });
  api.get('/docs', (c) => {
    docsBody ??= new TextEncoder().encode(
      docsPage(openApi() as unknown as Parameters<typeof docsPage>[0]),
    );
    return sendCachedBody(c, docsBody, 'text/html; charset=UTF-8');
  });
  api.all('*', () => {
    throw new ApiError(
      404,
      'Not found',
      'There is no API endpoint at this address. See /api/docs.',
    );
  });
  app.route('/api', api);
  app.route('/', discoveryRoutes());

  if (options.staticDir) mountWebApp(app, resolve(options.staticDir), deps);
  app.notFound((c) => problem(c, 404, 'Not found'));
  return app;
}

/** Serves the built web app; unknown paths get the app shell so client routes work on reload. */
function mountWebApp(app: Hono<AppEnv>, dir: string, deps: Deps) {
  const indexPath = join(dir, 'index.html');
  if (!existsSync(indexPath)) {
    throw new Error(`The web app is not built: ${indexPath} is missing. Run \`npm run build\`.`);
  }
  const template = readFileSync(indexPath, 'utf8');
  app.use(
    '/assets/*',
    async (c, next) => {
      await next();
      // Vite puts a content hash in every asset name, so they never change.
      if (c.res.status === 200)
        c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    },
    // The build writes a .gz beside each text asset (vite.config.ts); sent when accepted.
    serveStatic({ root: dir, precompressed: true }),
  );
  const files = serveStatic({ root: dir, index: '', precompressed: true });
  // serveStatic would stream a folder itself (sending 200 and a length, then cutting the
  // connection on EISDIR): a path ending in "/" or naming a folder gets the app shell below,
  // which answers 404 for anything but a client route.
  // A path no file can have (a NUL byte, a name too long for the file system) is no folder.
  const isFolder = (path: string) => {
    if (path.includes('\0')) return false;
    try {
      return statSync(join(dir, path), { throwIfNoEntry: false })?.isDirectory() === true;
    } catch {
      return false;
    }
  };
  app.use('*', (c, next) =>
    c.req.path.endsWith('/') || isFolder(c.req.path) ? next() : files(c, next),
  );
  // `/en/...` and the language of `/` (api/i18n/language-redirects.ts).
  app.get('*', languageRedirects());
  app.get('*', (c) => {
    const search = new URL(c.req.url).search;
    const saveData = /^on$/i.test(c.req.header('Save-Data') ?? '');
    const html = renderShell(template, c.req.path, deps, {
      search,
      origin: siteOrigin(c),
      saveData,
    });
    c.header('Cache-Control', 'no-cache');
    // The map page names the live map's code unless the browser asks to save data.
    c.header('Vary', 'Save-Data', { append: true });
    return c.html(withFirstPaint(html.body, firstPaintHtml(c.req.path, search, deps)), html.status);
  });
}

export type AppType = ReturnType<typeof createApp>;
