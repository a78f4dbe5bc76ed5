/** Words as people count them: runs of text between spaces. */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/u).filter(Boolean).length;
}

// Control characters (C0, C1), bidirectional embeddings, overrides and isolates (which can
// disguise text: "Trojan Source"), byte-order marks and other invisible characters.
// Zero-width joiner and non-joiner stay: emoji sequences and Persian/Indic scripts need them.
const CONTROL = /\p{Cc}/gu;
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\uFEFF\u200B\u2060\u00AD]/gu;

/**
 * Unicode NFC, unsafe invisible characters removed, every run of white space (tabs, new
 * lines, no-break spaces...) collapsed to one space, trimmed. The result is plain text: it is
 * always rendered as text, never as HTML.
 */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\s/gu, ' ') // tabs and new lines are control characters too: keep them as spaces
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Length as people count it: one per character (code point), so an emoji counts as one. */
export function textLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
