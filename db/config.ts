/**
 * The one setting the database tools (`npm run db:migrate`, `db:seed`, `db:backup`,
 * `db:restore`) need: where the database file is. db/ never imports the API, so these
 * command-line tools read this one variable here; the server reads it, with every other
 * setting, in api/env.ts, which takes its default from this file so the two always agree.
 */
export const DEFAULT_DATABASE_PATH = 'data/participation-map.sqlite';

/** `DATABASE_PATH`, or the default when it is unset or empty (as api/env.ts treats it). */
export function databasePath(source: Record<string, string | undefined>): string {
  const value = source.DATABASE_PATH;
  return value === undefined || value === '' ? DEFAULT_DATABASE_PATH : value;
}
