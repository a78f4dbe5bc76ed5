/**
 * Which country names fit on the map, decided in the page: bigger countries first; a name
 * that would cover a point, a cluster or a name already placed moves just below or above,
 * or is left out; small countries' names only appear as the visitor zooms in. Pure: the
 * overlay measures and draws.
 * Decision: docs/decisions/015-map-overlay-drawn-in-the-page.md.
 */
export type Box = { x0: number; y0: number; x1: number; y1: number };
export type LabelCandidate = { key: string; x: number; y: number; w: number; h: number };

/** Space kept free around each name, in CSS pixels. */
export const LABEL_PADDING = 4;
/** Where a name may go when its own spot is taken: centred, then just below, then above. */
export const LABEL_SHIFTS = [0, 1, -1];

/**
 * The zoom from which a country's name may show, by its area on the map (square degrees):
 * the largest from the world view, the smallest only close up.
 */
export function labelMinZoom(rank: number): number {
  if (rank >= 150) return 0;
  if (rank >= 25) return 1.6;
  if (rank >= 3) return 2.6;
  return 3.8;
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy placement in the order given (most important first): each candidate is centred on its
 * point, or moved just below or above it, and placed where its padded box meets no obstacle
 * and no name placed before it and stays inside the view; otherwise it is left out.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[],
  view: { width: number; height: number },
  padding = LABEL_PADDING,
): LabelCandidate[] {
  const placed: LabelCandidate[] = [];
  const taken: Box[] = [];
  const fits = (box: Box) =>
    box.x0 >= 0 &&
    box.y0 >= 0 &&
    box.x1 <= view.width &&
    box.y1 <= view.height &&
    !obstacles.some((o) => overlaps(box, o)) &&
    !taken.some((t) => overlaps(box, t));
  for (const c of candidates) {
    for (const shift of LABEL_SHIFTS) {
      const y = c.y + shift * (c.h + padding * 2 + 2);
      const box = {
        x0: c.x - c.w / 2 - padding,
        y0: y - c.h / 2 - padding,
        x1: c.x + c.w / 2 + padding,
        y1: y + c.h / 2 + padding,
      };
      if (!fits(box)) continue;
      taken.push(box);
      placed.push(shift === 0 ? c : { ...c, y });
      break;
    }
  }
  return placed;
}
