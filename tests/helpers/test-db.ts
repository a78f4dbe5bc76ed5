import { migrateDb, openDb, type Db } from '../../db/client.ts';
import { seedReference } from '../../db/seed.ts';

/** A fresh in-memory database with every migration applied and the reference tables filled. */
export function testDb(): Db {
  const db = openDb(':memory:');
  migrateDb(db);
  seedReference(db);
  return db;
}
