import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeDbError, migrateDb, openDb, type Db } from '../db/client.ts';
import { formatSeedReport, seedCatalogue } from '../db/seed.ts';
import { createApp } from './app.ts';
import { EnvError, loadEnv, type Env } from './env.ts';
import { createLogger } from './lib/logger.ts';

/** A setting that cannot work; start-up stops with one line naming it. */
class StartupError extends Error {
  override name = 'StartupError';
  constructor(setting: keyof Env, value: unknown, reason: string) {
    super(`Cannot start: ${setting}=${JSON.stringify(value)}: ${reason}`);
  }
}

/** How long in-flight requests get to finish after SIGTERM or SIGINT. */
const SHUTDOWN_GRACE_MS = 10_000;

function openDatabase(env: Env): Db {
  let db: Db | undefined;
  try {
    db = openDb(env.DATABASE_PATH);
    migrateDb(db);
    return db;
  } catch (e) {
    db?.$client.close();
    throw new StartupError('DATABASE_PATH', env.DATABASE_PATH, describeDbError(e));
  }
}

const LISTEN_ERRORS: Record<string, [keyof Env, string]> = {
  EADDRINUSE: ['PORT', 'the port is already in use by another process'],
  EACCES: ['PORT', 'this user may not listen on the port (below 1024 needs privileges)'],
  EADDRNOTAVAIL: ['HOST', 'the address does not belong to this machine'],
  ENOTFOUND: ['HOST', 'the host name does not resolve'],
  EAI_AGAIN: ['HOST', 'the host name does not resolve'],
};
import { startContactRetention } from './moderation/contact-retention.ts';

/** Node entry: opens the real database, migrates and seeds it, serves /api and the web app. */
function main() {
  const env = loadEnv();
  const logger = createLogger(env.LOG_LEVEL);
  // In development Vite serves the web app (npm run dev); in production this process does.
  const staticDir = env.NODE_ENV === 'development' ? undefined : resolve(env.STATIC_DIR);
  if (staticDir && !existsSync(join(staticDir, 'index.html'))) {
    throw new StartupError(
      'STATIC_DIR',
      env.STATIC_DIR,
      `the web app is not built there (no index.html); run npm run build`,
    );
  }
  const db = openDatabase(env);
  if (env.SEED_ON_START) {
    const report = seedCatalogue(db);
    logger.info(formatSeedReport(report));
  }
  const app = createApp({ db, env, staticDir, logger });
  // Contact e-mails are kept only CONTACT_RETENTION_DAYS after the decision (/privacy).
  const retention = startContactRetention({
    db,
    days: env.CONTACT_RETENTION_DAYS,
    log: (message, detail) => logger.error({ err: detail }, message),
  });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    const host = info.address.includes(':') ? `[${info.address}]` : info.address;
    logger.info(`Participation Map is running at http://${host}:${info.port}`);
  });
  server.once('error', (e: NodeJS.ErrnoException) => {
    const known = e.code ? LISTEN_ERRORS[e.code] : undefined;
    const [setting, reason] = known ?? ['PORT', e.message];
    console.error(
      new StartupError(setting, setting === 'HOST' ? env.HOST : env.PORT, reason).message,
    );
    db.$client.close();
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second signal: the operator wants out now.
      process.exit(1);
    }
    stopping = true;
    setTimeout(() => {
      logger.warn('Requests still open after the grace period; stopping anyway');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    // close() stops accepting and waits for requests in progress; idle keep-alive
    // connections are closed now, busy ones after their answer.
    retention.stop();
    server.close(() => {
      db.$client.close();
      logger.info('Stopped');
      process.exit(0);
    });
    (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    logger.info({ signal }, 'Stopping: finishing requests in progress');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

try {
  main();
} catch (e) {
  if (e instanceof EnvError || e instanceof StartupError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
