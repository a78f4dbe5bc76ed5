import { z } from 'zod';
import { slugSchema } from '../../contract/initiatives.ts';
import { ApiError, fieldErrorMap, invalidFields } from '../lib/problem.ts';
import { quoteBySchema, submissionFields } from '../../contract/submissions.ts';
import { sourceTitleSchema, sourceUrlSchema } from '../../contract/moderation.ts';

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

/** Save although the edit brings safeguarding flags into a published entry (checked). */
const confirmSchema = z.boolean().optional();

/** Validates a PATCH body: `version`, optional `confirmFlags`, plus any editable fields. 400 names every bad field. */
export function parseEntryPatch(body: unknown): {
  version: number;
  changes: EntryChanges;
  confirmFlags: boolean;
} {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, 'Invalid request', 'Send a JSON object with the fields to change.');
  }
  // Keys are the client's: look them up as own properties only, and collect them in maps
  // without a prototype, so "constructor" or "__proto__" is just an unknown field.
  const errors = fieldErrorMap();
  const changes: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const fields = body as Record<string, unknown>;
  const version = versionSchema.safeParse(
    Object.hasOwn(fields, 'version') ? fields.version : undefined,
  );
  if (!version.success) errors.version = version.error.issues.map((i) => i.message);
  const confirm = confirmSchema.safeParse(
    Object.hasOwn(fields, 'confirmFlags') ? fields.confirmFlags : undefined,
  );
  if (!confirm.success) errors.confirmFlags = confirm.error.issues.map((i) => i.message);
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'version' || key === 'confirmFlags') continue;
    if (!Object.hasOwn(editableFields, key)) {
      errors[key] = ['This field cannot be edited'];
      continue;
    }
    const schema = editableFields[key as EditableField] as z.ZodType;
    const parsed = schema.safeParse(value);
    if (parsed.success) changes[key] = parsed.data;
    else errors[key] = parsed.error.issues.map((i) => i.message);
  }
  if (Object.keys(errors).length) throw invalidFields(errors);
  return {
    version: version.data as number,
    changes: { ...changes } as EntryChanges,
    confirmFlags: confirm.data === true,
  };
}
