import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ReactNode } from 'react';
import satori, { type Font } from 'satori';
import { locatorSvg, MAP_RATIO } from './locator.ts';

/**
 * Link-preview images (Open Graph / Twitter cards): 1200 x 630 PNG, laid out by satori (HTML
 * and CSS to SVG) and rasterised by resvg. Text is set in Noto Sans from the @fontsource
 * package (satori reads woff, not woff2), every subset it ships, so names in Latin, Cyrillic,
 * Greek, Devanagari or Vietnamese script render; nothing is fetched from the network.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Part of every image's version: bump when the layout changes so cached cards are redrawn. */
const LAYOUT_VERSION = '1';

const BRAND = '#0b4f8a';
const INK = '#1b1f24';
const MUTED = '#4a5561';
const COLORS = { water: '#d4e4ef', land: '#f7f5f0', point: '#c0392b' };

const SUBSETS = [
  'latin',
  'latin-ext',
  'cyrillic',
  'cyrillic-ext',
  'greek',
  'greek-ext',
  'vietnamese',
  'devanagari',
];
let fonts: Font[] | undefined;

/** One family name per subset: satori falls back from one family to the next for a glyph. */
const FONT_FAMILY = SUBSETS.map((s) => `Noto Sans ${s}`).join(', ');

function loadFonts(): Font[] {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  const out: Font[] = [];
  for (const weight of [400, 700] as const) {
    for (const subset of SUBSETS) {
      const file = require.resolve(
        `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`,
      );
      out.push({ name: `Noto Sans ${subset}`, data: readFileSync(file), weight, style: 'normal' });
    }
  }
  fonts = out;
  return out;
}

type Style = Record<string, string | number>;
type Node = { type: string; props: { style?: Style; children?: unknown; src?: string } };

/** A satori element (the shape React elements have), without React on the server. */
function h(type: string, style: Style, ...children: unknown[]): Node {
  return { type, props: { style, children: children.length === 1 ? children[0] : children } };
}

function img(src: string, width: number, height: number): Node {
  return { type: 'img', props: { src, style: { width, height } } };
}

function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

async function render(root: Node): Promise<Buffer> {
  const svg = await satori(root as unknown as ReactNode, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
}

function brandLine(): Node {
  return h(
    'div',
    { display: 'flex', alignItems: 'center', fontSize: 30, color: BRAND, fontWeight: 700 },
    h('div', { width: 22, height: 22, borderRadius: 11, background: BRAND, marginRight: 14 }),
    'Participation Map',
  );
}

export type InitiativeCard = {
  title: string;
  place: string;
  themes: string[];
  lon: number;
  lat: number;
};

/** A short, stable version of what a card shows: its ETag, and its URL's `v`. */
export function cardVersion(card: object): string {
  return createHash('sha1')
    .update(`${LAYOUT_VERSION}|${JSON.stringify(card)}`)
    .digest('base64url')
    .slice(0, 16);
}

/** One initiative: title, place, themes and a locator map with its point. */
export function renderInitiativeCard(card: InitiativeCard): Promise<Buffer> {
  const map = { width: 420, height: Math.round(420 / MAP_RATIO) };
  const locator = locatorSvg({ ...map, points: [card], radius: 9, ...COLORS });
  return render(
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        // satori sizes the content box unless told otherwise; the padding goes inside.
        boxSizing: 'border-box',
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        padding: '48px 64px',
        background: '#ffffff',
        borderTop: `16px solid ${BRAND}`,
        fontFamily: FONT_FAMILY,
        color: INK,
      },
      brandLine(),
      h(
        'div',
        { display: 'flex', flexGrow: 1, marginTop: 32 },
        h(
          'div',
          { display: 'flex', flexDirection: 'column', width: 600, marginRight: 48 },
          h('div', { fontSize: 48, fontWeight: 700, lineHeight: 1.15 }, clip(card.title, 90)),
          h('div', { fontSize: 30, color: MUTED, marginTop: 24 }, clip(card.place, 70)),
        ),
        h(
          'div',
          { display: 'flex', flexDirection: 'column', alignItems: 'flex-end' },
          h(
            'div',
            { display: 'flex', borderRadius: 12, overflow: 'hidden', border: '2px solid #c9d3dd' },
            img(svgDataUri(locator), map.width, map.height),
          ),
        ),
      ),
      h(
        'div',
        { display: 'flex', flexWrap: 'wrap', flexShrink: 0 },
        ...card.themes.slice(0, 3).map((label) =>
          h(
            'div',
            {
              display: 'flex',
              fontSize: 24,
              color: BRAND,
              background: '#e8f0f8',
              borderRadius: 24,
              padding: '8px 20px',
              marginRight: 12,
              marginTop: 12,
            },
            clip(label, 48),
          ),
        ),
      ),
    ),
  );
}

export type MapCard = {
  heading: string;
  headline: string;
  points: readonly { lon: number; lat: number }[];
};

/** The whole map: heading, how many initiatives in how many countries, a dot for each. */
export function renderMapCard(card: MapCard): Promise<Buffer> {
  const map = { width: Math.round(350 * MAP_RATIO), height: 350 };
  const locator = locatorSvg({ ...map, points: card.points, radius: 4, ...COLORS });
  return render(
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        // satori sizes the content box unless told otherwise; the padding goes inside.
        boxSizing: 'border-box',
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        padding: '40px 64px',
        background: '#ffffff',
        borderTop: `16px solid ${BRAND}`,
        fontFamily: FONT_FAMILY,
        color: INK,
      },
      brandLine(),
      h('div', { fontSize: 44, fontWeight: 700, marginTop: 16 }, card.heading),
      h('div', { fontSize: 28, color: MUTED, marginTop: 4, marginBottom: 20 }, card.headline),
      h(
        'div',
        {
          display: 'flex',
          alignSelf: 'center',
          borderRadius: 12,
          overflow: 'hidden',
          border: '2px solid #c9d3dd',
        },
        img(svgDataUri(locator), map.width, map.height),
      ),
    ),
  );
}
