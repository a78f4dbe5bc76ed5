import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { initiativeContacts, initiatives } from '../../db/schema.ts';
import { seriousViolations } from './helpers/axe.ts';
import { PHONE_CONTEXT, startAppAndBrowser, type OpenPage } from './helpers/harness.ts';

const PHONE = PHONE_CONTEXT.viewport;
const SUMMARY = 'We clean our park every month and ask the town council for more street lights.';

// The server believes a minute has passed since the form opened: a scripted child is much
// faster than a real one and would otherwise meet the minimum time to fill.
const app = startAppAndBrowser({ now: () => new Date(Date.now() + 60_000) });

const phone = (): Promise<OpenPage> => app.newPage(PHONE_CONTEXT);

/** No serious or critical WCAG 2.2 A/AA problems on the page as it is now. */
async function expectAccessible(page: Page, label: string) {
  expect(await seriousViolations(page), label).toEqual([]);
  // Nothing wider than a phone: no sideways scrolling.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, label).toBeLessThanOrEqual(PHONE.width);
}

const next = (page: Page) => page.getByRole('button', { name: /next/i }).click();
const stepIs = (page: Page, n: number) =>
  page.getByText(`Step ${n} of 7`, { exact: false }).waitFor();

async function fillFromWhere(page: Page, scan = false) {
  await page.getByLabel('Country').selectOption('KE');
  await page.getByLabel(/town or city/i).fill('nai');
  await page.getByRole('button', { name: 'Nairobi' }).click();
  await page.getByText(/near Nairobi/).waitFor();
  if (scan) await expectAccessible(page, 'where');
  await next(page);

  await stepIs(page, 3);
  await page.getByRole('checkbox', { name: /climate and nature/i }).check();
  await page.getByRole('checkbox', { name: /stopping bullying/i }).check();
  if (scan) await expectAccessible(page, 'themes');
  await next(page);

  await stepIs(page, 4);
  await page.getByRole('checkbox', { name: /telling people/i }).check();
  if (scan) await expectAccessible(page, 'actions');
  await next(page);

  await stepIs(page, 5);
  await page.getByRole('radio', { name: '10 to 14' }).check();
  await page.getByRole('radio', { name: '6 to 20' }).check();
  await page.getByRole('radio', { name: /lead it themselves/i }).check();
  if (scan) await expectAccessible(page, 'who');
  await next(page);

  await stepIs(page, 6);
  await page.getByLabel(/email of an adult/i).fill('teacher.e2e@example.org');
  if (scan) await expectAccessible(page, 'contact');
  await next(page);

  await stepIs(page, 7);
}

describe('A child tells the world, on a phone', () => {
  it('fills the form, finds the draft after a reload, sends, and sees "pending"', async () => {
    const { context, page, errors } = await phone();
    await page.goto(`${app.url}/tell`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
      /let's tell the world/i,
    );
    await page.getByText(/do not write anyone’s full name/i).waitFor();
    await expectAccessible(page, 'intro');
    await page.getByRole('button', { name: /let's start/i }).click();

    await stepIs(page, 1);
    await page.getByLabel(/short name/i).fill('Lights for our park');
    await page.getByLabel(/what do you do/i).fill(SUMMARY);
    await page.getByLabel(/what do you do/i).blur();
    await expectAccessible(page, 'about');
    await next(page);
    await stepIs(page, 2);

    // Mid-way, the page reloads (a closed tab, a flat battery...).
    await page.reload();
    await page.getByText(/we kept what you wrote/i).waitFor();
    await stepIs(page, 2);
    await page.getByRole('button', { name: /back/i }).click();
    expect(await page.getByLabel(/short name/i).inputValue()).toBe('Lights for our park');
    expect(await page.getByLabel(/what do you do/i).inputValue()).toBe(SUMMARY);
    await next(page);

    await fillFromWhere(page, true);
    await page.getByText('Lights for our park').waitFor();
    await page.getByRole('checkbox', { name: /i have permission/i }).check();
    await expectAccessible(page, 'check');
    await page.getByRole('button', { name: /send to the team/i }).click();

    await page.getByRole('heading', { name: /thank you/i }).waitFor();
    const reference = (await page.getByTestId('reference').textContent())?.trim() ?? '';
    expect(reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    await expectAccessible(page, 'thank you');
    expect(await page.evaluate(() => Object.keys(localStorage))).not.toContain(
      'participation-map:tell-draft:v1',
    );

    const row = app.db.select().from(initiatives).where(eq(initiatives.reference, reference)).get();
    expect(row).toMatchObject({ status: 'pending', locality: 'Nairobi', lat: -1.28, lon: 36.82 });
    const contact = app.db
      .select()
      .from(initiativeContacts)
      .where(eq(initiativeContacts.initiativeId, row?.id ?? -1))
      .get();
    expect(contact?.email).toBe('teacher.e2e@example.org');

    await page.getByRole('link', { name: /check your story/i }).click();
    await page.waitForURL(new RegExp(`/tell/status/${reference}$`));
    await page.locator('[data-status="pending"]').waitFor();
    await expectAccessible(page, 'status');

    // Not on the public map while pending.
    const list = await (await fetch(`${app.url}/api/initiatives?q=lights%20park`)).json();
    expect(list.total).toBe(0);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the story on the device when the server cannot be reached, and sends it once it can', async () => {
    const { context, page, errors } = await phone();
    await page.goto(`${app.url}/tell`);
    await page.getByRole('button', { name: /let's start/i }).click();
    await page.getByLabel(/short name/i).fill('Safe walk home');
    await page.getByLabel(/what do you do/i).fill(SUMMARY);
    await next(page);
    await fillFromWhere(page);
    await page.getByRole('checkbox', { name: /i have permission/i }).check();

    await page.route('**/api/submissions', (route) => route.abort());
    await page.getByRole('button', { name: /send to the team/i }).click();
    await page.getByRole('heading', { name: /saved on this device/i }).waitFor();
    const kept = await page.evaluate(() =>
      JSON.parse(localStorage.getItem('participation-map:tell-outbox:v1') ?? '[]'),
    );
    expect(kept).toHaveLength(1);
    expect(kept[0].values).toMatchObject({ title: 'Safe walk home', consent: true });

    await page.unroute('**/api/submissions');
    await page.getByRole('button', { name: /try sending now/i }).click();
    await page.getByTestId('reference').waitFor();
    expect(await page.getByTestId('reference').textContent()).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    const stored = app.db
      .select()
      .from(initiatives)
      .where(eq(initiatives.title, 'Safe walk home'))
      .all();
    expect(stored).toHaveLength(1);
    // The browser reports the aborted request itself; nothing else may fail.
    expect(errors.filter((e) => !/ERR_FAILED|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });

  it('shows the privacy statement', async () => {
    const { context, page, errors } = await phone();
    await page.goto(`${app.url}/privacy`);
    await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
    await page.getByText(/kept in memory only/i).waitFor();
    await expectAccessible(page, 'privacy');
    expect(errors).toEqual([]);
    await context.close();
  });
});
