import { safeguardingFlags, type FlagKind } from '../../contract/safeguarding.ts';

/** What the audit trail keeps instead of the personal data the safeguarding flags matched. */
export const REMOVED: Record<FlagKind, string> = {
  email: '[e-mail address removed]',
  phone: '[phone number removed]',
  address: '[street address removed]',
  name: '[name removed]',
};
export const REMOVED_TEXT = '[removed]';

/** Fields of an entry whose text is checked: the flagged fields plus the source's title. */
const CHECKED = new Set(['title', 'summary', 'locality', 'organization', 'link', 'sourceTitle']);

/**
 * The text with every piece the shared detector flags replaced by a placeholder naming its
 * kind, and every `also` phrase (what the detector missed, named by an admin) by "[removed]".
 */
export function redactText(text: string, field: string, also: readonly string[] = []): string {
  const flags = safeguardingFlags({ [field === 'link' ? 'link' : 'summary']: text });
  const pieces = [
    ...flags.map((f) => ({ match: f.match, by: REMOVED[f.kind] })),
    ...also.map((a) => ({ match: a, by: REMOVED_TEXT })),
  ]
    .filter((p) => p.match.length > 0)
    // Longer first, so "Ana Lopez" goes before "Ana".
    .sort((a, b) => b.match.length - a.match.length);
  let out = text;
  for (const { match, by } of pieces) out = replaceAll(out, match, by);
  return out;
}

function replaceAll(text: string, match: string, by: string): string {
  // Case-insensitive for phrases named by hand; literal, no pattern characters.
  const lower = text.toLowerCase();
  const needle = match.toLowerCase();
  let out = '';
  let from = 0;
  for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, from)) {
    out += text.slice(from, i) + by;
    from = i + match.length;
  }
  return out + text.slice(from);
}

/** A `{ field: value }` map (an audit record's before or after) with text fields redacted. */
export function redactChanges(changes: unknown, also: readonly string[] = []): unknown {
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return changes;
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (typeof value !== 'string') out[field] = value;
    else if (CHECKED.has(field)) out[field] = redactText(value, field, also);
    else
      out[field] = also.reduce((text, a) => (a ? replaceAll(text, a, REMOVED_TEXT) : text), value);
  }
  return out;
}

/** An audit detail with personal data removed from its `before` and `after`, if any. */
export function redactDetail(
  detail: Record<string, unknown>,
  also: readonly string[] = [],
): Record<string, unknown> {
  if (!('before' in detail) && !('after' in detail)) return detail;
  return {
    ...detail,
    ...('before' in detail ? { before: redactChanges(detail.before, also) } : {}),
    ...('after' in detail ? { after: redactChanges(detail.after, also) } : {}),
  };
}
