import { migrateDb, openDb, type Db } from '../../db/client.ts';
import { seedCatalogue, seedReference } from '../../db/seed.ts';

/** A fresh in-memory database with every migration applied and the reference tables filled. */
export function testDb(): Db {
  const db = openDb(':memory:');
  migrateDb(db);
  seedReference(db);
  return db;
}

/** A fresh in-memory database holding the real starter catalogue. */
export function seededTestDb(): Db {
  const db = openDb(':memory:');
  migrateDb(db);
  seedCatalogue(db);
  return db;
}
