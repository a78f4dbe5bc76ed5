import { z } from 'zod';
import { slugSchema } from '../initiatives/initiatives.schema.ts';
import { ApiError, invalidFields, type FieldErrors } from '../lib/problem.ts';
import { quoteBySchema, submissionFields } from '../submissions/submissions.schema.ts';
import { sourceTitleSchema, sourceUrlSchema } from './moderation.schema.ts';

/**
 * What staff may edit, each field checked by the same schema as the submission form (plus
 * the catalogue's slug and source fields). A PATCH carries only the fields it changes, so
 * each present field is validated on its own, as the form does while a child types;
 * cross-field rules are checked on the merged entry in the service.
 */
export const editableFields = {
  slug: slugSchema,
  title: submissionFields.title,
  summary: submissionFields.summary,
  country: submissionFields.country,
  locality: submissionFields.locality,
  lat: submissionFields.lat,
  lon: submissionFields.lon,
  year: submissionFields.year,
  organization: submissionFields.organization,
  link: submissionFields.link,
  quote: submissionFields.quote,
  quoteBy: quoteBySchema,
  sourceUrl: sourceUrlSchema,
  sourceTitle: sourceTitleSchema,
  themes: submissionFields.themes,
  actions: submissionFields.actions,
};
export type EditableField = keyof typeof editableFields;
export type EntryChanges = { [K in EditableField]?: z.output<(typeof editableFields)[K]> };
export const EDITABLE_FIELDS = Object.keys(editableFields) as EditableField[];

const versionSchema = z
  .number({ error: 'version is required: the version of the entry you edited' })
  .int()
  .min(1);

/** Validates a PATCH body: `version` plus any editable fields. 400 names every bad field. */
export function parseEntryPatch(body: unknown): { version: number; changes: EntryChanges } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, 'Invalid request', 'Send a JSON object with the fields to change.');
  }
  const errors: FieldErrors = {};
  const changes: Record<string, unknown> = {};
  const version = versionSchema.safeParse((body as Record<string, unknown>).version);
  if (!version.success) errors.version = version.error.issues.map((i) => i.message);
  for (const [key, value] of Object.entries(body)) {
    if (key === 'version') continue;
    const schema = (editableFields as Record<string, z.ZodType>)[key];
    if (!schema) {
      errors[key] = ['This field cannot be edited'];
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) changes[key] = parsed.data;
    else errors[key] = parsed.error.issues.map((i) => i.message);
  }
  if (Object.keys(errors).length) throw invalidFields(errors);
  return { version: version.data as number, changes: changes as EntryChanges };
}
