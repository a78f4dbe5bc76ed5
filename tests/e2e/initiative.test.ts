import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.ts';
import { startAppAndBrowser } from './helpers/harness.ts';

type Initiative = {
  slug: string;
  title: string;
  countryName: string;
  sourceUrl: string | null;
  summary: string;
};

const app = startAppAndBrowser();
let item: Initiative;

beforeAll(async () => {
  const list = (await (await fetch(`${app.url}/api/initiatives?limit=20`)).json()) as {
    items: Initiative[];
  };
  item = list.items.find((i) => i.sourceUrl) as Initiative;
});

/** A page at `path`, with the errors it logs from its very first request. */
async function open(
  path: string,
  viewport = { width: 1200, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const { context, page, errors } = await app.newPage({ viewport });
  page.on('close', () => void context.close());
  await page.goto(`${app.url}${path}`);
  return { page, errors };
}

describe('initiative page', () => {
  it('works when opened directly: facts, source link, title and description', async () => {
    const { page, errors } = await open(`/initiatives/${item.slug}`);
    await page.getByRole('heading', { level: 1, name: item.title }).waitFor();
    const source = page.getByRole('link', { name: /opens the original publication/ });
    expect(await source.getAttribute('href')).toBe(item.sourceUrl);
    expect(await source.isVisible()).toBe(true);
    expect(await page.title()).toBe(`${item.title} · ${item.countryName} · Participation Map`);
    // One description per page: the entry's, not the entry's beside the shell's.
    expect(await page.locator('meta[name="description"]').count()).toBe(1);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain(
      item.summary.slice(0, 60),
    );
    // The locator map is its own lazy chunk: wait for it, then check there is exactly one.
    await page
      .getByRole('img', { name: /Small map showing/ })
      .first()
      .waitFor();
    expect(await page.getByRole('img', { name: /Small map showing/ }).count()).toBe(1);
    await page.getByRole('heading', { name: 'Related initiatives' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves the title in the HTML itself, for link previews', async () => {
    const html = await (await fetch(`${app.url}/initiatives/${item.slug}`)).text();
    expect(html).toContain(
      `<title>${item.title
        .replace(/'/g, '&#39;')
        .replace(/"/g, '&#34;')
        .replace(/&(?!#)/g, '&#38;')}`,
    );
  });

  it('prints the entry, its source and its locator only', async () => {
    const { page, errors } = await open(`/initiatives/${item.slug}`);
    await page.getByRole('heading', { name: 'Related initiatives' }).waitFor();
    await page
      .getByRole('img', { name: /Small map showing/ })
      .first()
      .waitFor();
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    // Kept: the entry, its public source and the locator map.
    expect(await page.getByRole('heading', { level: 1, name: item.title }).isVisible()).toBe(true);
    expect(await shown('.lead')).toBe(true);
    expect(await shown('.facts')).toBe(true);
    expect(await shown('.source-box')).toBe(true);
    expect(await page.getByRole('img', { name: /Small map showing/ }).isVisible()).toBe(true);
    // Left out: the site's header and footer, links back to the map, sharing, related
    // initiatives, the concern form and every button.
    for (const selector of [
      '.site-header',
      '.site-footer',
      '.back-link',
      '.related',
      'button',
      'a[href^="/?selected="]',
    ]) {
      expect(await shown(selector), selector).toBe(false);
    }
    expect(await page.getByRole('heading', { name: 'Share' }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goes back to the map with the initiative open', async () => {
    const { page } = await open(`/initiatives/${item.slug}`);
    await page.getByRole('link', { name: /Back to the map/ }).click();
    await page.getByTestId('initiative-card').getByRole('heading', { name: item.title }).waitFor();
    expect(new URL(page.url()).searchParams.get('selected')).toBe(item.slug);
    await page.close();
  });

  it('shows a helpful page for an unknown initiative', async () => {
    const { page } = await open('/initiatives/no-such-initiative-here');
    await page.getByRole('heading', { name: 'Initiative not found' }).waitFor();
    expect(await page.getByRole('link', { name: 'Back to the map' }).count()).toBe(1);
    await page.close();
  });

  it('is readable on a phone and has no serious or critical axe violations', async () => {
    const { page } = await open(`/initiatives/${item.slug}`, { width: 360, height: 740 });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Related initiatives' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('about page shows live counts and open data links', async () => {
    const { page } = await open('/about');
    const facets = (await (await fetch(`${app.url}/api/initiatives/facets`)).json()) as {
      total: number;
    };
    await page.getByTestId('about-count').waitFor();
    expect(await page.getByTestId('about-count').textContent()).toContain(String(facets.total));
    expect(await page.locator('a[href="/api/initiatives.csv"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="/api/docs"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  // On a slow network the page's code and data arrive after the frame around it. While they
  // load, nothing the visitor can see should jump (CLS under 0.01; 0.1 is "good").
  for (const [name, path, heading] of [
    ['the map page', () => '/', () => 'Child-led initiatives around the world'],
    ['an initiative page', () => `/initiatives/${item.slug}`, () => item.title],
    ['the form', () => '/tell', () => /Let.s tell the world/],
    ['the about page', () => '/about', () => 'About the Participation Map'],
  ] as const) {
    it(`${name} does not jump while it loads on a slow network`, async () => {
      const { context, page } = await app.newPage({ viewport: { width: 412, height: 823 } });
      await page.addInitScript(
        'window.__cls = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: "layout-shift", buffered: true });',
      );
      const slow = async (route: Route) => {
        await new Promise((r) => setTimeout(r, 400));
        await route.continue();
      };
      await page.route(/\/assets\/.*\.js$/, slow);
      await page.route(/\/api\/(initiatives\/[a-z0-9-]+|meta)(\?|$)/, slow);
      // Whether a loading message ever replaced what was on screen (the server's first paint).
      await page.addInitScript(
        'window.__loadingShown = false; new MutationObserver(() => { if (document.querySelector("#root .loading-fill")) window.__loadingShown = true; }).observe(document, { childList: true, subtree: true });',
      );
      await page.goto(`${app.url}${path()}`);
      await page.getByRole('heading', { level: 1, name: heading() }).waitFor();
      // The app has taken over (its footer is drawn), then late chunks (locator map, related).
      await page.locator('.site-footer').waitFor();
      await page.waitForTimeout(800);
      const cls = (await page.evaluate('window.__cls')) as number;
      expect(cls).toBeLessThan(0.01);
      // The server paints the map page, an initiative's head and the form's opening page: the
      // app replaces them with the same content, never with a loading message, even for a frame.
      if (name !== 'the about page')
        expect(await page.evaluate('window.__loadingShown')).toBe(false);
      await context.close();
    });
  }
});
