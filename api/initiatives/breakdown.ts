import type { FacetsBreakdown } from '../../contract/initiatives.ts';
import { CHILD_LED_VALUES, eachBit, NO_YEAR, type Snapshot } from './read-model.ts';

/**
 * Counts among the initiatives in `mask` (those matching every filter), for the insights
 * page and reports: one pass over the matches, reading only the filter index's numbers.
 * Unlike the filter panel's counts, no filter is left out, so every breakdown adds up to
 * the same set of initiatives as the headline total.
 */
function inc(counts: Uint32Array, i: number): void {
  counts[i] = (counts[i] as number) + 1;
}

export function computeBreakdown(snapshot: Snapshot, mask: Uint32Array): FacetsBreakdown {
  const x = snapshot.index;
  const theme = new Uint32Array(x.themeCodes.length);
  const action = new Uint32Array(x.actionCodes.length);
  const region = new Uint32Array(x.regionCodes.length);
  const subregion = new Uint32Array(x.subregionCodes.length);
  const country = new Uint32Array(x.countryCodes.length);
  const led = new Uint32Array(CHILD_LED_VALUES.length + 1);
  const themes = x.themeCodes.length;
  const pairs = new Uint32Array(themes * themes);
  const years = new Map<number, number>();
  let unknownYear = 0;
  eachBit(mask, (k) => {
    inc(region, x.region[k] as number);
    inc(subregion, x.subregion[k] as number);
    inc(country, x.country[k] as number);
    inc(led, x.childLed[k] as number);
    const from = x.themeStart[k] as number;
    const to = x.themeStart[k + 1] as number;
    for (let j = from; j < to; j++) {
      const a = x.themeList[j] as number;
      inc(theme, a);
      for (let i = j + 1; i < to; i++) {
        const b = x.themeList[i] as number;
        inc(pairs, a < b ? a * themes + b : b * themes + a);
      }
    }
    for (let j = x.actionStart[k] as number; j < (x.actionStart[k + 1] as number); j++)
      inc(action, x.actionList[j] as number);
    const y = x.year[k] as number;
    if (y === NO_YEAR) unknownYear++;
    else years.set(y, (years.get(y) ?? 0) + 1);
  });
  const record = (codes: readonly string[], counts: Uint32Array) => {
    const out: Record<string, number> = {};
    // Largest first, then by code, so the JSON reads like the chart.
    const order = codes
      .map((code, i) => ({ code, n: counts[i] as number }))
      .filter((c) => c.n > 0)
      .sort((a, b) => b.n - a.n || (a.code < b.code ? -1 : 1));
    for (const c of order) out[c.code] = c.n;
    return out;
  };
  const startYear: Record<string, number> = {};
  for (const y of [...years.keys()].sort((a, b) => a - b)) startYear[y] = years.get(y) as number;
  const childLed: Record<string, number> = {};
  CHILD_LED_VALUES.forEach((v, i) => {
    const n = led[i + 1] as number;
    if (n > 0) childLed[v] = n;
  });
  const themePairs: FacetsBreakdown['themePairs'] = [];
  for (let a = 0; a < themes; a++)
    for (let b = a + 1; b < themes; b++) {
      const count = pairs[a * themes + b] as number;
      if (count === 0) continue;
      const [p, q] = [x.themeCodes[a] as string, x.themeCodes[b] as string].sort();
      themePairs.push({ themes: [p as string, q as string], count });
    }
  themePairs.sort(
    (p, q) => q.count - p.count || p.themes.join().localeCompare(q.themes.join(), 'en'),
  );
  return {
    theme: record(x.themeCodes, theme),
    action: record(x.actionCodes, action),
    region: record(x.regionCodes, region),
    subregion: record(x.subregionCodes, subregion),
    country: record(x.countryCodes, country),
    startYear,
    unknownYear,
    childLed,
    themePairs,
  };
}
