import { describe, expect, it } from 'vitest';
import { labelMinZoom, placeLabels, type LabelCandidate } from './label-placement.ts';

const label = (key: string, x: number, y: number, w = 40): LabelCandidate => ({
  key,
  x,
  y,
  w,
  h: 14,
});
const VIEW = { width: 400, height: 300 };

describe('country name placement', () => {
  it('keeps the more important of two overlapping names in place and moves the other', () => {
    const placed = placeLabels([label('RU', 100, 100), label('KZ', 110, 104)], [], VIEW);
    expect(placed).toEqual([label('RU', 100, 100), label('KZ', 110, 104 + 24)]);
  });

  it('leaves a name out when there is no room around its point', () => {
    const crowd = [label('A', 100, 100), label('B', 100, 124), label('C', 100, 76)];
    const placed = placeLabels([...crowd, label('D', 105, 100)], [], VIEW);
    expect(placed.map((l) => l.key)).toEqual(['A', 'B', 'C']);
  });

  it('places names that do not touch', () => {
    const placed = placeLabels([label('BR', 100, 100), label('AR', 100, 160)], [], VIEW);
    expect(placed.map((l) => l.key)).toEqual(['BR', 'AR']);
  });

  it('makes way for clusters so their counts stay readable', () => {
    const cluster = { x0: 90, y0: 90, x1: 110, y1: 110 };
    const [placed] = placeLabels([label('BR', 100, 100)], [cluster], VIEW);
    expect(placed?.y).toBeGreaterThan(110 + 7);
  });

  it('leaves out names that would be cut by the edge of the map', () => {
    expect(placeLabels([label('NZ', 395, 100)], [], VIEW)).toEqual([]);
  });

  it('shows small countries only closer in', () => {
    expect(labelMinZoom(1000)).toBe(0);
    expect(labelMinZoom(1)).toBeGreaterThan(labelMinZoom(30));
  });
});
