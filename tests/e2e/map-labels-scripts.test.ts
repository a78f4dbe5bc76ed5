import type { Page, Route } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { startAppAndBrowser } from './helpers/harness.ts';
import { mapReady } from './map-helpers.ts';

/**
 * Country names on the map are drawn on a canvas (docs/decisions/015), where a missing font
 * shows as empty boxes and a wrong direction as letters in the wrong order, with no warning.
 * These draw the map in Chinese and Arabic and check that the names' characters really are
 * drawn, each with its own glyph, where the names are placed.
 */
const app = startAppAndBrowser();
let page: Page;
let errors: string[];
let missing: string[];

beforeEach(async () => {
  ({ page, errors } = await app.newPage({ viewport: { width: 1200, height: 800 } }));
  missing = [];
  page.on('response', (r) => {
    if (r.status() >= 400) missing.push(r.url());
  });
});

const SCRIPT = { zh: /\p{Script=Han}/u, ar: /\p{Script=Arabic}/u } as const;
type Lang = keyof typeof SCRIPT;

/**
 * The API names countries in the language asked for (`lang`). Should it still answer a name
 * in English, the name is put in the language here (from the runtime's CLDR names), so the
 * test is about drawing, whatever the API's progress.
 */
async function countryNamesIn(lang: Lang): Promise<void> {
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  await page.route(/\/api\/meta\b/, async (route: Route) => {
    const res = await route.fetch();
    const meta = (await res.json()) as { countries: { code: string; name: string }[] };
    for (const c of meta.countries) {
      if (SCRIPT[lang].test(c.name)) continue;
      try {
        c.name = names.of(c.code) ?? c.name;
      } catch {
        // a code Intl does not know keeps the API's name
      }
    }
    await route.fulfill({ response: res, json: meta });
  });
}

type Drawn = {
  direction: string;
  names: string[];
  /** Characters of the names, and how many different bitmaps they draw as. */
  chars: number;
  bitmaps: number;
  /** Characters that draw nothing at all. */
  blank: string[];
  /** Per name placed on screen: ink pixels on the map's overlay over the name's box. */
  ink: { name: string; width: number; pixels: number }[];
};

async function drawnLabels(): Promise<Drawn> {
  return page.evaluate((): Drawn => {
    type Overlay = {
      canvas: HTMLCanvasElement;
      renderedLabels(): { name: string; x: number; y: number }[];
      renderedLabelStyle(): { font: string; direction: CanvasDirection };
    };
    const overlay = (window as unknown as { __pmOverlay: Overlay }).__pmOverlay;
    const labels = overlay.renderedLabels();
    const { font, direction } = overlay.renderedLabelStyle();

    const scratch = document.createElement('canvas');
    scratch.width = 48;
    scratch.height = 32;
    const sctx = scratch.getContext('2d', { willReadFrequently: true });
    if (!sctx) throw new Error('no 2d context');
    const chars = [...new Set(labels.flatMap((l) => [...l.name.replace(/[\s\p{P}]/gu, '')]))];
    const bitmaps = new Set<string>();
    const blank: string[] = [];
    for (const ch of chars) {
      sctx.clearRect(0, 0, scratch.width, scratch.height);
      sctx.font = font;
      sctx.direction = direction;
      sctx.textAlign = 'center';
      sctx.textBaseline = 'middle';
      sctx.fillStyle = '#000';
      sctx.fillText(ch, scratch.width / 2, scratch.height / 2);
      const alpha = sctx
        .getImageData(0, 0, scratch.width, scratch.height)
        .data.filter((_, i) => i % 4 === 3);
      if (alpha.every((a) => a === 0)) blank.push(ch);
      bitmaps.add(alpha.join(','));
    }

    const canvas = overlay.canvas;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    sctx.font = font;
    sctx.direction = direction;
    const ink = labels.map((l) => {
      const width = sctx.measureText(l.name).width;
      const x0 = Math.max(0, Math.round((l.x - width / 2) * ratio));
      const y0 = Math.max(0, Math.round((l.y - 6) * ratio));
      const w = Math.max(1, Math.min(canvas.width - x0, Math.round(width * ratio)));
      const h = Math.max(1, Math.min(canvas.height - y0, Math.round(12 * ratio)));
      const data = ctx.getImageData(x0, y0, w, h).data;
      let pixels = 0;
      // The names' fill is dark; their halo is light. Count the dark, opaque pixels.
      for (let i = 0; i < data.length; i += 4)
        if ((data[i + 3] ?? 0) > 200 && (data[i] ?? 255) < 140) pixels++;
      return { name: l.name, width, pixels };
    });
    return {
      direction,
      names: labels.map((l) => l.name),
      chars: chars.length,
      bitmaps: bitmaps.size,
      blank,
      ink,
    };
  });
}

describe('map country names in Chinese and Arabic', () => {
  for (const [lang, direction] of [
    ['zh', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`draws the names in ${lang} with real glyphs, ${direction}`, async () => {
      await countryNamesIn(lang);
      await page.goto(`${app.url}/${lang}/embed`);
      await mapReady(page);
      await expect.poll(async () => (await drawnLabels()).names.length).toBeGreaterThan(3);
      const drawn = await drawnLabels();

      expect(drawn.direction).toBe(direction);
      // The names are in the language's script, not left in English.
      const inScript = drawn.names.filter((n) => SCRIPT[lang].test(n));
      expect(inScript.length / drawn.names.length).toBeGreaterThan(0.8);
      // Every character has a glyph: nothing draws blank, and different characters draw
      // differently (a missing glyph draws the same empty box as every other missing one).
      expect(drawn.blank).toEqual([]);
      expect(drawn.chars).toBeGreaterThan(10);
      expect(drawn.bitmaps).toBe(drawn.chars);
      // Each name placed is on the overlay where it was placed, across its measured width.
      for (const l of drawn.ink) {
        expect(l.width, l.name).toBeGreaterThan(8);
        expect(l.pixels, l.name).toBeGreaterThan(l.width);
      }
      // A server that does not list the language among its pages yet answers the embed page
      // with the app's shell and status 404; that one is not an error of the map's.
      const page404 = `${app.url}/${lang}/embed`;
      const others = missing.filter((u) => u !== page404);
      const shown = missing.includes(page404)
        ? errors.filter((e) => !e.includes('status of 404'))
        : errors;
      expect(others).toEqual([]);
      expect(shown).toEqual([]);
    });
  }
});
