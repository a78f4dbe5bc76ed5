import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.ts';
import { PHONE_CONTEXT, startAppAndBrowser } from './helpers/harness.ts';
import { mapReady } from './map-helpers.ts';

const app = startAppAndBrowser();
let page: Page;
let errors: string[];

beforeEach(async () => {
  ({ page, errors } = await app.newPage(PHONE_CONTEXT));
});

const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
const focusedHeading = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.tagName === 'H1' ? el.textContent : null;
  });

describe('on a 360 px phone', () => {
  it('opening an initiative from the list lands at its top with focus on its heading; Back returns to the same place', async () => {
    await page.goto(`${app.url}/`);
    await mapReady(page);
    const links = page.locator('.result-list a[href^="/initiatives/"]');
    await links.nth(8).waitFor();
    const target = links.nth(8);
    const title = (await target.textContent()) ?? '';
    await target.scrollIntoViewIfNeeded();
    const listY = await scrollY();
    expect(listY).toBeGreaterThan(300);

    await target.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect.poll(focusedHeading).toBe(title);
    await expect.poll(scrollY).toBe(0);

    await page.goBack();
    await page
      .getByRole('heading', { level: 1, name: 'Child-led initiatives around the world' })
      .waitFor();
    await expect.poll(scrollY).toBeGreaterThan(listY - 5);
    expect(await scrollY()).toBeLessThan(listY + 5);
    expect(errors).toEqual([]);
  });

  it('a link in the footer opens the next page at its top, its heading focused', async () => {
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const privacy = page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' });
    await privacy.scrollIntoViewIfNeeded();
    expect(await scrollY()).toBeGreaterThan(0);
    await privacy.click();
    await page.getByRole('heading', { level: 1, name: /privacy/i }).waitFor();
    await expect.poll(scrollY).toBe(0);
    await expect.poll(focusedHeading).toMatch(/privacy/i);
    expect(errors).toEqual([]);
  });

  it('every page says who runs the map and leads to the contact page, which gives the office website', async () => {
    await page.goto(`${app.url}/privacy`);
    await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
    const footer = page.getByRole('contentinfo');
    expect(await footer.textContent()).toContain(
      'Special Representative of the Secretary-General on Violence against Children',
    );
    await page
      .getByRole('main')
      .getByRole('link', { name: /Contact the office/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Contact the office' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/contact');
    await page.getByRole('link', { name: 'violenceagainstchildren.un.org' }).waitFor();
    expect(await footer.getByRole('link', { name: 'Contact' }).getAttribute('href')).toBe(
      '/contact',
    );
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
