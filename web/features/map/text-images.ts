/**
 * Text on the map without a glyph server: country names and cluster counts are drawn on a
 * canvas with the system font and added to the map as images when MapLibre first asks for
 * them (the `styleimagemissing` event). See docs/decisions/012-map-text-as-images.md.
 */
export type TextImageStyle = {
  font: string;
  color: string;
  halo?: string;
  haloWidth?: number;
  padding?: number;
};

export type TextImage = { width: number; height: number; data: Uint8ClampedArray };

export function renderTextImage(
  text: string,
  style: TextImageStyle,
  pixelRatio: number,
): TextImage | undefined {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  const pad = (style.padding ?? 2) + (style.haloWidth ?? 0);
  ctx.font = style.font;
  const m = ctx.measureText(text);
  const ascent = m.actualBoundingBoxAscent || 10;
  const descent = m.actualBoundingBoxDescent || 3;
  const width = Math.ceil((m.width + pad * 2) * pixelRatio);
  const height = Math.ceil((ascent + descent + pad * 2) * pixelRatio);
  if (width <= 0 || height <= 0) return undefined;
  canvas.width = width;
  canvas.height = height;
  ctx.scale(pixelRatio, pixelRatio);
  ctx.font = style.font;
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  const x = pad;
  const y = pad + ascent;
  if (style.halo && style.haloWidth) {
    ctx.strokeStyle = style.halo;
    ctx.lineWidth = style.haloWidth * 2;
    ctx.strokeText(text, x, y);
  }
  ctx.fillStyle = style.color;
  ctx.fillText(text, x, y);
  return { width, height, data: ctx.getImageData(0, 0, width, height).data };
}

/** Short form of a cluster count, as MapLibre's point_count_abbreviated ("1.2k"). */
export function abbreviateCount(n: number): string {
  if (n >= 10_000) return `${Math.round(n / 1000)}k`;
  if (n >= 1000) return `${Math.round(n / 100) / 10}k`;
  return String(n);
}
