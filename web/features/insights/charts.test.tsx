import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/i18n.ts';
import type { ChartSpec } from './chart-model.ts';
import { Chart } from './charts.tsx';

afterEach(() => setLocale('en'));

const bars: ChartSpec = {
  id: 'themes',
  title: 'Initiatives by theme',
  takeaway: '',
  kind: 'bars',
  rows: [
    { key: 'climate', label: 'Climate', value: 10, color: '#123456' },
    { key: 'bullying', label: 'Bullying', value: 5, color: '#654321' },
  ],
  columns: ['Theme', 'Initiatives'],
  total: 15,
};

/** The drawing as a downloaded file has it: the SVG element's own markup. */
function drawn(): SVGSVGElement {
  const { container } = render(<Chart spec={bars} label="Initiatives by theme" width={400} />);
  return container.querySelector('svg') as SVGSVGElement;
}

describe('a bar chart', () => {
  it('starts its labels and bars on the left in a left-to-right language', () => {
    const svg = drawn();
    expect(svg.getAttribute('direction')).toBeNull();
    expect(svg.querySelector('text')?.getAttribute('x')).toBe('2');
    expect(svg.querySelector('rect')?.getAttribute('x')).toBe('0');
  });

  it('is mirrored in Arabic, and says so in the SVG itself, so a downloaded file reads right to left', async () => {
    await setLocale('ar');
    const svg = drawn();
    expect(svg.getAttribute('direction')).toBe('rtl');
    // Labels start at the right edge; the longest bar ends there and grows to the left.
    expect(svg.querySelector('text')?.getAttribute('x')).toBe('398');
    const rect = svg.querySelector('rect') as SVGRectElement;
    expect(Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'))).toBe(400);
  });
});
