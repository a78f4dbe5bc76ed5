const ASCII = /^[ -~\t\n\r]*$/;

/**
 * Text as search compares it, in every script: lower case, without the combining marks shared
 * by scripts (Latin accents, Cyrillic breves, Arabic short vowels, shadda and hamza seats;
 * a script's own vowel signs, as in Devanagari, are letters and stay), without the
 * Arabic tatweel (a stretching stroke), with alef maqsura read as ya. "São", "sao" and
 * "SAO" fold alike; so do "مُدرسة" and "مدرسة".
 */
export function foldForSearch(text: string): string {
  // Most text is plain ASCII: lower case is all it needs, and normalising costs more.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/(?=\p{M})\p{Script=Inherited}|\u0640/gu, '')
    .toLowerCase()
    .replace(/\u0649/g, '\u064a')
    .normalize('NFC');
}

/**
 * Scripts written without spaces between words. Their runs are searched as sequences of
 * characters (bigrams), since there is no word boundary to cut at.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u;

export type SearchToken = { text: string; unspaced: boolean };

/**
 * The words of a folded text: runs of letters and digits, with each run of Chinese or
 * Japanese characters apart from the words around it ("儿童和平俱乐部2024" gives the run
 * "儿童和平俱乐部" and the word "2024").
 */
export function searchTokens(folded: string): SearchToken[] {
  const out: SearchToken[] = [];
  if (ASCII.test(folded)) {
    // The same words as below, found faster (folded ASCII is lower case already).
    for (const word of folded.split(/[^a-z0-9]+/))
      if (word) out.push({ text: word, unspaced: false });
    return out;
  }
  for (const word of folded.match(/[\p{L}\p{N}]+/gu) ?? []) {
    let rest = word;
    while (rest) {
      const m = UNSPACED.exec(rest);
      if (!m) {
        out.push({ text: rest, unspaced: false });
        break;
      }
      if (m.index > 0) out.push({ text: rest.slice(0, m.index), unspaced: false });
      out.push({ text: m[0], unspaced: true });
      rest = rest.slice(m.index + m[0].length);
    }
  }
  return out;
}
