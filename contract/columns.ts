/**
 * Column lists of the files people exchange with the map, written once: the starter
 * catalogue and the staff import (snake_case keys, docs/data-note.md), the staff export, and
 * the public open-data CSV.
 */

/** The catalogue format: every key of a catalogue record, in file order. */
export const CATALOGUE_COLUMNS = [
  'slug',
  'title',
  'country',
  'locality',
  'lat',
  'lon',
  'themes',
  'actions',
  'year',
  'organization',
  'summary',
  'source_url',
  'source_title',
  'quote',
  'quote_by',
] as const;
export type CatalogueColumn = (typeof CATALOGUE_COLUMNS)[number];

/** Columns of the staff export beyond the catalogue format; an import ignores them. */
export const EXPORT_EXTRA_COLUMNS = [
  'status',
  'origin',
  'link',
  'reference',
  'created_at',
  'updated_at',
  'published_at',
  'contact_email',
] as const;

/** The public CSV of published initiatives (GET /api/initiatives.csv). */
export const OPEN_DATA_CSV_COLUMNS = [
  'slug',
  'title',
  'country',
  'country_name',
  'region',
  'subregion',
  'locality',
  'lat',
  'lon',
  'location_is_approximate',
  'themes',
  'actions',
  'year',
  'organization',
  'summary',
  'source_url',
  'source_title',
  'link',
  'quote',
  'quote_by',
  'published_at',
] as const;
