import { foldForSearch, searchTokens } from '../../contract/search-text.ts';
import { countryNamesEverywhere } from '../i18n/reference-labels.ts';
import type { PublicItem, Snapshot } from './read-model.ts';

/** At most this many words of a query count; the rest are ignored. */
export const MAX_QUERY_WORDS = 12;

/**
 * Free-text search over the published items of one snapshot, in every language
 * (decision 121). An inverted index maps each word of each item's text (title, summary,
 * organisation, place, the country's name in the six UN languages, and every translation)
 * to the items holding it; a query word matches the words it begins (`sao` finds "São"),
 * and every query word must match. Text is folded first (contract/search-text.ts), so case,
 * accents and Arabic marks do not matter.
 *
 * Chinese and Japanese have no spaces: their runs are indexed as single characters and
 * overlapping pairs of characters (bigrams), and a query run must contain each of its
 * bigrams in the same item, so `和平` finds "儿童和平俱乐部".
 */
export class TextIndex {
  /** Every indexed term, sorted by code unit, for prefix ranges. */
  private readonly terms: string[];
  /** Per term (same order as `terms`), the positions of the items that hold it, ascending. */
  private readonly postings: Int32Array[];
  private readonly byTerm: Map<string, Int32Array>;

  constructor(
    private readonly ids: Float64Array,
    texts: (k: number) => string[],
  ) {
    const lists = new Map<string, number[]>();
    // Texts repeated across items (country names in six languages) are cut into terms once.
    const repeated = new Map<string, string[]>();
    for (let k = 0; k < ids.length; k++) {
      for (const text of texts(k)) {
        const terms = repeated.get(text) ?? termsOf(text);
        if (terms.length <= 8 && text.length <= 80) repeated.set(text, terms);
        for (const term of terms) {
          let list = lists.get(term);
          if (!list) lists.set(term, (list = []));
          if (list[list.length - 1] !== k) list.push(k);
        }
      }
    }
    this.terms = [...lists.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.postings = this.terms.map((t) => Int32Array.from(lists.get(t) as number[]));
    this.byTerm = new Map(this.terms.map((t, i) => [t, this.postings[i] as Int32Array]));
  }

  /** Items holding a term that starts with `prefix`, as a bitset over item positions. */
  private prefixBits(prefix: string, words: number): Uint32Array {
    const out = new Uint32Array(words);
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.terms[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.terms.length && (this.terms[i] as string).startsWith(prefix); i++) {
      for (const k of this.postings[i] as Int32Array)
        out[k >>> 5] = (out[k >>> 5] as number) | (1 << (k & 31));
    }
    return out;
  }

  /** Items holding every character pair of an unspaced run (or its one character). */
  private runBits(run: string, words: number): Uint32Array {
    const chars = [...run];
    if (chars.length === 1) return this.prefixBits(run, words);
    const out = new Uint32Array(words);
    for (let i = 0; i + 1 < chars.length; i++) {
      const list = this.byTerm.get((chars[i] as string) + (chars[i + 1] as string));
      if (!list) return new Uint32Array(words);
      const bits = new Uint32Array(words);
      for (const k of list) bits[k >>> 5] = (bits[k >>> 5] as number) | (1 << (k & 31));
      if (i === 0) out.set(bits);
      else for (let w = 0; w < words; w++) out[w] = (out[w] as number) & (bits[w] as number);
    }
    return out;
  }

  /**
   * Ids of the items matching every word of `q` (cached in `cache` by folded query);
   * undefined when `q` has no word.
   */
  search(q: string, cache: Map<string, Set<number>>): Set<number> | undefined {
    const tokens = searchTokens(foldForSearch(q)).slice(0, MAX_QUERY_WORDS);
    if (!tokens.length) return undefined;
    const key = tokens.map((t) => t.text).join(' ');
    const hit = cache.get(key);
    if (hit) return hit;
    const n = this.ids.length;
    const words = (n + 31) >>> 5;
    let all: Uint32Array | undefined;
    for (const t of tokens) {
      const bits = t.unspaced ? this.runBits(t.text, words) : this.prefixBits(t.text, words);
      if (!all) all = bits;
      else for (let w = 0; w < words; w++) all[w] = (all[w] as number) & (bits[w] as number);
    }
    const ids = new Set<number>();
    for (let w = 0; w < words; w++) {
      let v = (all as Uint32Array)[w] as number;
      while (v !== 0) {
        const low = v & -v;
        ids.add(this.ids[(w << 5) + 31 - Math.clz32(low)] as number);
        v ^= low;
      }
    }
    if (cache.size > 500) cache.clear();
    cache.set(key, ids);
    return ids;
  }
}

/** The terms a text is indexed under: its words, and for unspaced runs characters and pairs. */
function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const token of searchTokens(foldForSearch(text))) {
    if (!token.unspaced) {
      out.push(token.text);
      continue;
    }
    const chars = [...token.text];
    chars.forEach((ch, i) => {
      out.push(ch);
      const next = chars[i + 1];
      if (next) out.push(ch + next);
    });
  }
  return out;
}

function itemTexts(item: PublicItem, snapshot: Snapshot): string[] {
  const out = [item.title, item.summary, ...countryNamesEverywhere(item.country, item.countryName)];
  if (item.organization) out.push(item.organization);
  if (item.locality) out.push(item.locality);
  for (const t of Object.values(snapshot.translations.get(item.id) ?? {})) {
    out.push(t.title, t.summary);
  }
  return out;
}

/** The snapshot's text index, built on its first search and kept with it. */
export function searchIndexFor(snapshot: Snapshot): TextIndex {
  snapshot.search ??= new TextIndex(snapshot.index.id, (k) =>
    itemTexts(snapshot.items[k] as PublicItem, snapshot),
  );
  return snapshot.search;
}
