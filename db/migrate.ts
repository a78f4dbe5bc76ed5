import { loadEnv } from '../api/env.ts';
import { migrateDb, openDb } from './client.ts';

// `npm run db:migrate`: applies committed migrations to the configured database.
const env = loadEnv();
const db = openDb(env.DATABASE_PATH);
migrateDb(db);
db.$client.close();
console.log(`Migrated ${env.DATABASE_PATH}`);
