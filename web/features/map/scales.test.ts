import { describe, expect, it } from 'vitest';
import { BASEMAP_COLORS, CHOROPLETH, countryScale, THEME_COLORS, themeColor } from './scales.ts';

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

describe('country colour scale', () => {
  it('keeps countries without initiatives in the plain land colour', () => {
    const s = countryScale(10);
    expect(s.color(0)).toBe(BASEMAP_COLORS.land);
  });

  it('gives one class per value when counts are small, darkest for the most', () => {
    const s = countryScale(3);
    expect(s.legend.map((l) => [l.from, l.to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(s.color(3)).toBe(CHOROPLETH[CHOROPLETH.length - 1]);
    expect(new Set([s.color(1), s.color(2), s.color(3)]).size).toBe(3);
  });

  it('uses at most five whole-number ranges that cover 1..max without gaps', () => {
    const s = countryScale(23);
    expect(s.legend.length).toBeLessThanOrEqual(5);
    expect(s.legend[0]?.from).toBe(1);
    expect(s.legend.at(-1)?.to).toBe(23);
    for (let i = 1; i < s.legend.length; i++) {
      expect(s.legend[i]?.from).toBe((s.legend[i - 1]?.to ?? 0) + 1);
    }
    // every count gets the colour of the legend range it falls in
    for (let n = 1; n <= 23; n++) {
      const step = s.legend.find((l) => n >= l.from && n <= l.to);
      expect(s.color(n)).toBe(step?.color);
    }
  });

  it('has an empty legend when nothing matches', () => {
    expect(countryScale(0).legend).toEqual([]);
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
