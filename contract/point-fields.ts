/**
 * The order of values in one row of the map's compact points (`/api/initiatives/points`).
 * In a file of its own, without zod, so the map's first-visit code reads the same list the
 * server writes (contract/initiatives.ts builds the response schema from it).
 */
export const POINT_FIELDS = [
  'slug',
  'title',
  'country',
  'locality',
  'themes',
  'actions',
  'year',
  'approximate',
  'lon',
  'lat',
  'language',
] as const;
