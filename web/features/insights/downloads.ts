/**
 * A chart's downloads, made in the page: CSV of its figures, and its SVG as a stand-alone
 * image (title, takeaway and source line included, so a pasted image keeps its context) or
 * as a PNG drawn from that SVG at twice its size.
 */

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 text with CRLF line ends; a byte-order mark lets spreadsheet programs read UTF-8. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\ufeff${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Splits text into lines of at most `max` characters at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The chart as a stand-alone SVG document: its title and takeaway above, the source line
 * below, on a white background, with the page's font named.
 */
export function standaloneSvg(
  chart: SVGSVGElement,
  text: { title: string; takeaway: string; source: string },
): { svg: string; width: number; height: number } {
  const box = chart.viewBox.baseVal;
  const width = box.width + 32;
  const takeaway = wrap(text.takeaway, Math.floor(box.width / 6.6));
  const source = wrap(text.source, Math.floor(box.width / 5.8));
  const top = 34 + takeaway.length * 17 + 10;
  const height = top + box.height + 16 + source.length * 14 + 8;
  const lines = (list: string[], y: number, step: number, attrs: string) =>
    list.map((l, i) => `<text x="16" y="${y + i * step}" ${attrs}>${escapeXml(l)}</text>`).join('');
  const inner = new XMLSerializer().serializeToString(chart);
  const svg =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="16" y="26" font-size="17" font-weight="700" fill="#1b1f24">${escapeXml(text.title)}</text>` +
    lines(takeaway, 48, 17, 'font-size="13" fill="#1b1f24"') +
    `<g transform="translate(16 ${top})">${inner.replace(/ (?:role|aria-[a-z]+|class)="[^"]*"/g, '')}</g>` +
    lines(source, top + box.height + 20, 14, 'font-size="11" fill="#3d4752"') +
    `</svg>`;
  return { svg, width, height };
}

/** Draws the SVG on a canvas at `scale` and returns it as PNG. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
