import { LIMITS } from '../../../contract/vocabulary.ts';
import { submissionFields, type SubmissionField } from '../../../contract/submissions.ts';
import { t } from '../../i18n/i18n.ts';
import { toBody, type DraftValues } from './draft.ts';

type Issue = { code: string; minimum?: unknown; maximum?: unknown; origin?: string };

function message(field: string, kind: string, vars: Record<string, number> = {}): string {
  const specific = t(`submit.error.${field}.${kind}`, vars);
  return specific === `submit.error.${field}.${kind}` ? t(`submit.error.${kind}`, vars) : specific;
}

/** The child-friendly message for the first problem zod finds, or undefined when fine. */
export function friendlyError(field: SubmissionField, value: unknown): string | undefined {
  const result = submissionFields[field].safeParse(value);
  if (result.success) {
    if (field === 'year' && typeof value === 'number' && value > new Date().getFullYear()) {
      return message(field, 'invalid');
    }
    return undefined;
  }
  const issue = result.error.issues[0] as Issue | undefined;
  if (!issue) return undefined;
  const empty =
    value === undefined ||
    value === null ||
    value === '' ||
    value === false ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0);
  if (empty) return message(field, 'required');
  if (issue.code === 'too_small') {
    return message(field, 'tooShort', { min: Number(issue.minimum) });
  }
  if (issue.code === 'too_big') {
    return issue.origin === 'array'
      ? message(field, 'tooMany', { max: Number(issue.maximum) })
      : message(field, 'tooLong', { max: Number(issue.maximum) });
  }
  return message(field, 'invalid');
}

/** The fields each step asks for, in order. */
export const STEP_FIELDS: SubmissionField[][] = [
  ['title', 'summary', 'quote', 'organization'],
  ['country', 'locality', 'year'],
  ['themes'],
  ['actions'],
  ['ageRange', 'groupSize', 'childLed'],
  ['contactEmail', 'link'],
  ['consent'],
];

/** Errors for the given fields of the draft, validated with the API's own field schemas. */
export function validateFields(
  values: DraftValues,
  fields: readonly SubmissionField[],
): Partial<Record<SubmissionField, string>> {
  const body = toBody(values, 0, 'en') as Record<string, unknown>;
  const out: Partial<Record<SubmissionField, string>> = {};
  for (const f of fields) {
    const e = friendlyError(f, body[f]);
    if (e) out[f] = e;
  }
  return out;
}

export { LIMITS };
