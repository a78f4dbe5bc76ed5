import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrateDb, openDb } from '../../db/client.ts';
import { createApp } from '../app.ts';

/** Where `npm run openapi:lint` and its test write the document for Redocly to read. */
export const OPENAPI_FILE = 'dist/openapi.json';

/** The public API description as the server serves it at /api/openapi.json. */
export async function openApiDocument(): Promise<string> {
  const db = openDb(':memory:');
  migrateDb(db);
  try {
    const app = createApp({ db, env: { LOG_LEVEL: 'silent' } });
    const res = await app.request('/api/openapi.json');
    return JSON.stringify(await res.json(), null, 2);
  } finally {
    db.$client.close();
  }
}

export async function writeOpenApiDocument(file = OPENAPI_FILE): Promise<string> {
  mkdirSync(dirname(file), { recursive: true });
  const doc = await openApiDocument();
  writeFileSync(file, doc);
  return doc;
}
