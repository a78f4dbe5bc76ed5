import { describe, expect, it } from 'vitest';
import {
  BASEMAP_COLORS,
  CHOROPLETH,
  COUNTRY_CLASSES,
  countryColor,
  THEME_COLORS,
  themeColor,
} from './scales.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

describe('country colour classes', () => {
  it('keeps countries without initiatives in the plain land colour', () => {
    expect(countryColor(0)).toBe(BASEMAP_COLORS.land);
  });

  it('are fixed: 1, 2, 3-4, 5-9 and 10 or more, whatever the data', () => {
    expect(COUNTRY_CLASSES.map((c) => [c.from, c.to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
      [5, 9],
      [10, null],
    ]);
    const expected = [0, 1, 2, 3, 3, 4, 4, 4, 4, 4, 5, 5];
    for (let n = 1; n < expected.length; n++) {
      const step = COUNTRY_CLASSES[(expected[n] as number) - 1];
      expect(countryColor(n)).toBe(step?.color);
    }
    expect(countryColor(250)).toBe(COUNTRY_CLASSES[4]?.color);
  });

  it('a country with one initiative stands out from one with none (3:1)', () => {
    for (const c of COUNTRY_CLASSES)
      expect(contrast(c.color, BASEMAP_COLORS.land)).toBeGreaterThanOrEqual(3);
  });

  it('each class is darker than the one before, so neighbours are told apart by lightness', () => {
    const shades = [BASEMAP_COLORS.land, ...CHOROPLETH];
    for (let i = 1; i < shades.length; i++) {
      expect(luminance(shades[i] as string)).toBeLessThan(luminance(shades[i - 1] as string));
      expect(contrast(shades[i] as string, shades[i - 1] as string)).toBeGreaterThanOrEqual(1.3);
    }
  });
});

describe('theme colours', () => {
  it('stand out from land and water (WCAG 1.4.11, 3:1)', () => {
    for (const color of Object.values(THEME_COLORS)) {
      expect(contrast(color, BASEMAP_COLORS.land)).toBeGreaterThanOrEqual(3);
      expect(contrast(color, BASEMAP_COLORS.water)).toBeGreaterThanOrEqual(3);
    }
  });

  it('falls back to a neutral colour for an unknown theme', () => {
    expect(themeColor('not-a-theme')).toMatch(/^#/);
  });
});
