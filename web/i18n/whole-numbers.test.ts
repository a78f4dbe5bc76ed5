import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../contract/languages.ts';
import { formatWholeNumber, formatWholePercent, number } from './whole-numbers.ts';

const samples = [
  0, 1, 7, 12, 99, 100, 421, 999, 1000, 1234, 9999, 10_000, 12_345, 99_999, 100_000, 654_321,
  1_000_000, 1_234_567, 20_000_000, 123_456_789, 9_007_199_254_740_991,
];

describe('whole numbers without Intl.NumberFormat', () => {
  it.each(LANGUAGES.map((l) => l.code))('writes counts as Intl.NumberFormat does in %s', (lang) => {
    const intl = new Intl.NumberFormat(lang);
    for (const n of samples) expect(formatWholeNumber(lang, n)).toBe(intl.format(n));
    for (let n = 0; n < 200_000; n += 997) expect(formatWholeNumber(lang, n)).toBe(intl.format(n));
  });

  it('hands fractions, negatives and unlisted languages to Intl.NumberFormat', () => {
    expect(formatWholeNumber('fr', 3.5)).toBe(new Intl.NumberFormat('fr').format(3.5));
    expect(formatWholeNumber('ar', -42)).toBe(new Intl.NumberFormat('ar').format(-42));
    expect(formatWholeNumber('de', 12_345)).toBe('12.345');
    expect(formatWholeNumber('en', 2 ** 60)).toBe(new Intl.NumberFormat('en').format(2 ** 60));
  });

  it('takes the plural offset off, as the message runtime does', () => {
    expect(number('en', 1235, 1)).toBe('1,234');
  });
});

describe('whole percentages without Intl.NumberFormat', () => {
  it.each(LANGUAGES.map((l) => l.code))(
    'writes shares as Intl.NumberFormat does in %s, rounding halves up',
    (lang) => {
      const intl = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
      for (let whole = 1; whole <= 120; whole++)
        for (let part = 0; part <= whole; part++)
          expect(formatWholePercent(lang, part, whole)).toBe(intl.format(part / whole));
      for (const [part, whole] of <[number, number][]>[
        [57, 200],
        [1, 8],
        [12_345, 20_000],
        [421, 421],
        [25, 10],
        [12_000, 100],
      ])
        expect(formatWholePercent(lang, part, whole)).toBe(intl.format(part / whole));
      expect(formatWholePercent(lang, 0, 0)).toBe(intl.format(0));
    },
  );

  it('hands fractions and unlisted languages to Intl.NumberFormat', () => {
    const intl = (lang: string) =>
      new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
    expect(formatWholePercent('en', 0.734, 1)).toBe(intl('en').format(0.734));
    expect(formatWholePercent('de', 1, 4)).toBe(intl('de').format(0.25));
  });
});
