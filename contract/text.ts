/** Scripts written without spaces between words. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
let segmenter: Intl.Segmenter | undefined;

/**
 * Words as people count them: runs of text between spaces, and in a language written without
 * spaces (Chinese, Japanese, Thai) the words the Unicode word breaker finds in it, so a
 * Chinese sentence is not one "word" that any length passes. The same count on the form and
 * the server (Intl.Segmenter is in Node 20 and every current browser).
 */
export function wordCount(text: string): number {
  let n = 0;
  for (const run of text.trim().split(/\s+/u)) {
    if (!run) continue;
    if (!UNSPACED.test(run)) {
      n++;
      continue;
    }
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    for (const s of segmenter.segment(run)) if (s.isWordLike) n++;
  }
  return n;
}

// Control characters (C0, C1), bidirectional embeddings, overrides and isolates (which can
// disguise text: "Trojan Source"), byte-order marks and other invisible characters.
// Zero-width joiner and non-joiner stay: emoji sequences and Persian/Indic scripts need them.
const CONTROL = /\p{Cc}/gu;
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\uFEFF\u200B\u2060\u00AD]/gu;

/** One line: controls and invisible characters out, white space runs to one space, trimmed. */
function normaliseLine(line: string): string {
  return line
    .replace(/\s/gu, ' ') // tabs and new lines are control characters too: keep them as spaces
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The one text normaliser for everything people type: Unicode NFC, unsafe invisible
 * characters removed, every run of white space (tabs, no-break spaces...) collapsed to one
 * space, trimmed. New lines become spaces too, unless `lines` is set (a free-text note shown
 * with its line breaks): then each line is normalised on its own, and at most one empty line
 * is kept between paragraphs. The result is plain text: always rendered as text, never HTML.
 */
export function normaliseText(raw: string, options: { lines?: boolean } = {}): string {
  const text = raw.normalize('NFC');
  if (!options.lines) return normaliseLine(text);
  return text
    .split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/u)
    .map(normaliseLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Length as people count it: one per character (code point), so an emoji counts as one. */
export function textLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
