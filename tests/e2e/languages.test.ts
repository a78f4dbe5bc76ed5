import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holdRequests, startAppAndBrowser } from './helpers/harness.ts';

const fr = JSON.parse(readFileSync('contract/messages/fr.json', 'utf8')) as Record<
  string,
  Record<string, string>
>;
const app = startAppAndBrowser();

describe('the map in other languages', () => {
  it('/fr/ shows the French headline and filters', async () => {
    const { context, page, errors } = await app.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${app.url}/fr/`);
    await page.getByRole('heading', { level: 1, name: fr.map?.heading }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page
      .getByText(fr.map?.themes ?? '', { exact: true })
      .first()
      .waitFor();
    expect(await page.title()).toBe(fr.map?.pageTitle);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('/ar/ is right-to-left', async () => {
    const { context, page, errors } = await app.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${app.url}/ar/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the embedded map keeps its language addresses', async () => {
    const { context, page, errors } = await app.newPage({ viewport: { width: 800, height: 600 } });
    await page.goto(`${app.url}/fr/embed`);
    await page.waitForFunction(
      () => document.title !== '' && document.documentElement.lang === 'fr',
    );
    expect(await page.title()).toBe(fr.openData?.embedHeading);
    await page.goto(`${app.url}/en/embed`);
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(new URL(page.url()).pathname).toBe('/en/embed');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a switcher opened on the first paint stays open, and focused, when the app takes over', async () => {
    const { context, page, errors } = await app.newPage({ viewport: { width: 1200, height: 900 } });
    // The entries are held back: the server's first paint stays until they are in.
    const release = await holdRequests(page, '**/api/initiatives/points*');
    await page.goto(`${app.url}/?theme=climate`);
    const firstPaint = page.locator('[data-first-paint]');
    await firstPaint.waitFor();
    await firstPaint.locator('.language-switcher summary').click();
    await firstPaint.getByRole('link', { name: 'Español' }).waitFor();
    release();
    await firstPaint.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.language-switcher').getAttribute('open')).toBe('');
    expect(
      await page.evaluate(() => document.activeElement?.matches('.language-switcher summary')),
    ).toBe(true);
    await page.getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(/\/es\/\?theme=climate$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the switcher keeps the view (filters) and saves the choice', async () => {
    const { context, page, errors } = await app.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${app.url}/?theme=climate`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.language-switcher summary').click();
    await page.getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(/\/es\/\?theme=climate$/);
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'lang')?.value).toBe('es');
    // The saved choice opens / in Spanish next time.
    await page.goto(`${app.url}/`);
    await page.waitForURL(/\/es\/$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
