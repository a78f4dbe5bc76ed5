/**
 * Whole numbers (counts: "421 initiatives in 188 countries") written the way
 * `Intl.NumberFormat(lang)` writes them, without creating one. Creating the first
 * `Intl.NumberFormat` of a page loads the locale's number data: about 45 ms of main-thread work
 * in Chromium on our 2-core machine, four times that on a slowed phone CPU, in the middle of
 * the first render. Every page shows counts, and counts are all a first render needs, so they
 * are grouped here by the rules below; anything else (fractions, negatives, numbers past
 * 2^53, a language not listed) goes to `Intl.NumberFormat` as before.
 *
 * The rules are CLDR's for the six languages (grouping separator, and Spanish's minimum of
 * two grouping digits: "1234" but "12.345"); whole-numbers.test.ts checks every one against
 * `Intl.NumberFormat` itself.
 */
const GROUPING: Record<string, { separator: string; minimumDigits: number }> = {
  en: { separator: ',', minimumDigits: 4 },
  fr: { separator: '\u202f', minimumDigits: 4 },
  es: { separator: '.', minimumDigits: 5 },
  ru: { separator: '\u00a0', minimumDigits: 4 },
  zh: { separator: ',', minimumDigits: 4 },
  ar: { separator: ',', minimumDigits: 4 },
};

const formats = new Map<string, Intl.NumberFormat>();

/** `n` written in `lang`, like `new Intl.NumberFormat(lang).format(n)`. */
export function formatWholeNumber(lang: string, n: number): string {
  const grouping = GROUPING[lang];
  if (grouping && Number.isSafeInteger(n) && n >= 0) {
    const digits = String(n);
    return digits.length < grouping.minimumDigits
      ? digits
      : digits.replace(/\B(?=(\d{3})+$)/g, grouping.separator);
  }
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.NumberFormat(lang)));
  return f.format(n);
}

/** The sign after a whole percentage, with its space or direction mark (CLDR's percent pattern). */
const PERCENT_SIGN: Record<string, string> = {
  en: '%',
  fr: '\u00a0%',
  es: '\u00a0%',
  ru: '\u00a0%',
  zh: '%',
  ar: '\u200e%\u200e',
};

const percentFormats = new Map<string, Intl.NumberFormat>();

/**
 * `part / whole` as a whole percentage in `lang`, like
 * `Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 })`, without creating
 * one (its first use loads percent data: some 100 ms of a slowed phone's main thread on the
 * insights page). Whole counts only; anything else goes to `Intl.NumberFormat`.
 */
export function formatWholePercent(lang: string, part: number, whole: number): string {
  const sign = PERCENT_SIGN[lang];
  if (
    sign &&
    Number.isSafeInteger(part) &&
    Number.isSafeInteger(whole) &&
    part >= 0 &&
    whole >= 0 &&
    // Keeps 200 * part a safe integer with room to spare; counts never come near it.
    part <= 1_000_000
  ) {
    // Half up, in whole numbers: 57 of 200 is 28.5 %, written 29 %, as Intl rounds it.
    const percent = whole === 0 ? 0 : Math.floor((200 * part + whole) / (2 * whole));
    return formatWholeNumber(lang, percent) + sign;
  }
  let f = percentFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(lang, f);
  }
  return f.format(whole > 0 ? part / whole : 0);
}

/**
 * The compiled messages' `#` and `{n, number}` (scripts/vite-messages.ts points the message
 * runtime's `number` here): the same as @messageformat/runtime's, through the fast path.
 */
export function number(lang: string, value: number, offset: number): string {
  return formatWholeNumber(lang, value - offset);
}
