import { afterEach, describe, expect, it } from 'vitest';
import { abbreviateCount } from '../features/map/map-overlay.ts';
import { formatDate } from '../components/ui/format-date.ts';
import { formatNumber, setLocale } from './i18n.ts';
import { countIntlMade } from '../../tests/helpers/count-intl.ts';

afterEach(() => setLocale('en'));

describe('dates and numbers in the interface language', () => {
  const when = '2026-03-05T14:30:00Z';

  it('writes dates the language’s way, not the browser’s', async () => {
    await setLocale('fr');
    expect(formatDate(when)).toContain('mars');
    await setLocale('zh');
    expect(formatDate(when)).toContain('2026年3月5日');
    await setLocale('en');
    expect(formatDate(when)).toContain('Mar');
  });

  it('groups digits and shortens cluster counts per language', async () => {
    await setLocale('fr');
    expect(formatNumber(12345)).toMatch(/^12\s345$/u);
    expect(abbreviateCount(1234, 'en')).toBe('1.2K');
    expect(abbreviateCount(1234, 'fr')).toMatch(/^1,2\sk$/u);
    expect(abbreviateCount(12345, 'zh')).toBe('1.2万');
    expect(abbreviateCount(999, 'ar')).toBe('999');
    // Too long for a cluster's circle in Arabic's words: the short form stays.
    expect(abbreviateCount(1234, 'ar').length).toBeLessThanOrEqual(5);
  });

  it('writes a cluster count under 1,000 without making a compact number format', () => {
    // Such a format costs tens of milliseconds to make, as the live map first draws.
    const made = countIntlMade('NumberFormat', () => {
      expect(abbreviateCount(421, 'ru')).toBe('421');
    });
    expect(made).toBe(0);
  });
});
