import { migrateDb, openDb } from './client.ts';
import { databasePath } from './config.ts';

// `npm run db:migrate`: applies committed migrations to the configured database.
const path = databasePath(process.env);
const db = openDb(path);
migrateDb(db);
db.$client.close();
console.log(`Migrated ${path}`);
