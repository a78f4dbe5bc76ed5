import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../contract/languages.ts';
import { formatLongDate } from './long-dates.ts';

describe('long dates without Intl.DateTimeFormat', () => {
  it.each(LANGUAGES.map((l) => l.code))(
    'writes every day as Intl.DateTimeFormat does in %s',
    (lang) => {
      const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
      for (let day = 0; day < 366; day++) {
        const date = new Date(2028, 0, 1 + day, 12);
        expect(formatLongDate(lang, date)).toBe(intl.format(date));
      }
      for (const date of [
        new Date(1999, 11, 31),
        new Date(2026, 11, 3, 23, 59),
        new Date(9999, 0, 1),
      ])
        expect(formatLongDate(lang, date)).toBe(intl.format(date));
    },
  );

  it('hands unlisted languages and far years to Intl.DateTimeFormat', () => {
    const de = new Intl.DateTimeFormat('de', { dateStyle: 'long' });
    expect(formatLongDate('de', new Date(2026, 11, 3))).toBe(de.format(new Date(2026, 11, 3)));
    const far = new Date(12_000, 0, 1);
    expect(formatLongDate('en', far)).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(far),
    );
  });
});
