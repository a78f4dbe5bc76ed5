import { serve } from '@hono/node-server';
import { migrateDb, openDb } from '../db/client.ts';
import { formatSeedReport, seedCatalogue } from '../db/seed.ts';
import { createApp } from './app.ts';
import { EnvError, loadEnv } from './env.ts';
import { startContactRetention } from './moderation/contact-retention.ts';

/** Node entry: opens the real database, migrates and seeds it, serves /api and the web app. */
function main() {
  let env;
  try {
    env = loadEnv();
  } catch (e) {
    if (e instanceof EnvError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const db = openDb(env.DATABASE_PATH);
  migrateDb(db);
  if (env.SEED_ON_START) {
    const report = seedCatalogue(db);
    if (env.LOG_LEVEL !== 'silent') console.log(formatSeedReport(report));
  }
  // In development Vite serves the web app (npm run dev); in production this process does.
  const staticDir = env.NODE_ENV === 'development' ? undefined : env.STATIC_DIR;
  const app = createApp({ db, env, staticDir });
  // Contact e-mails are kept only CONTACT_RETENTION_DAYS after the decision (/privacy).
  const retention = startContactRetention({
    db,
    days: env.CONTACT_RETENTION_DAYS,
    log: (message, detail) => console.error(message, detail),
  });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    if (env.LOG_LEVEL !== 'silent') {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      console.log(`Participation Map is running at http://${host}:${info.port}`);
    }
  });
  const stop = () => {
    retention.stop();
    server.close(() => {
      db.$client.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
