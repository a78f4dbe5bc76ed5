import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { initiatives } from '../../db/schema.ts';
import { seriousViolations } from './helpers/axe.ts';
import { startAppAndBrowser } from './helpers/harness.ts';

const PASSWORD = 'violet harbour lantern 2048 quiet';
const PHONE_NUMBER = '0712 345 678';
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const CLEAN_SUMMARY =
  'We clean the river bank every Saturday and ask the town council for safe paths to school.';

const app = startAppAndBrowser({
  // The server believes a minute has passed since the form opened (minimum time to fill).
  now: () => new Date(Date.now() + 60_000),
  staff: [{ email: 'moderator@example.org', role: 'moderator', password: PASSWORD, name: 'Mo' }],
});

async function expectAccessible(page: Page, label: string) {
  const bad = await seriousViolations(page, { exclude: '.maplibregl-canvas' });
  expect(bad, label).toEqual([]);
}

const next = (page: Page) => page.getByRole('button', { name: /next/i }).click();
const stepIs = (page: Page, n: number) =>
  page.getByText(`Step ${n} of 7`, { exact: false }).waitFor();

/** A child tells the world through /tell; returns the reference code. */
async function childSubmits(page: Page, title: string, summary: string): Promise<string> {
  await page.goto(`${app.url}/tell`);
  await page.getByRole('button', { name: /let's start/i }).click();
  await stepIs(page, 1);
  await page.getByLabel(/short name/i).fill(title);
  await page.getByLabel(/what do you do/i).fill(summary);
  await next(page);
  await stepIs(page, 2);
  await page.getByLabel('Country').selectOption('KE');
  await page.getByLabel(/town or city/i).fill('nai');
  await page.getByRole('button', { name: 'Nairobi' }).click();
  await page.getByText(/near Nairobi/).waitFor();
  await next(page);
  await stepIs(page, 3);
  await page.getByRole('checkbox', { name: /climate and nature/i }).check();
  await next(page);
  await stepIs(page, 4);
  await page.getByRole('checkbox', { name: /telling people/i }).check();
  await next(page);
  await stepIs(page, 5);
  await page.getByRole('radio', { name: '10 to 14' }).check();
  await page.getByRole('radio', { name: '6 to 20' }).check();
  await page.getByRole('radio', { name: /lead it themselves/i }).check();
  await next(page);
  await stepIs(page, 6);
  await next(page);
  await stepIs(page, 7);
  await page.getByRole('checkbox', { name: /i have permission/i }).check();
  await page.getByRole('button', { name: /send to the team/i }).click();
  await page.getByTestId('reference').waitFor();
  return ((await page.getByTestId('reference').textContent()) ?? '').trim();
}

/** The second group sends through the API directly (the form is covered above). */
async function submitByApi(title: string): Promise<string> {
  const res = await fetch(`${app.url}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      title,
      summary: 'We sell our drawings to buy football shirts for the team and that is all there is.',
      country: 'UG',
      themes: ['sustainable-development'],
      actions: ['awareness'],
      ageRange: '10-14',
      groupSize: '6-20',
      childLed: 'child-led',
      consent: true,
      website: '',
      startedAt: Date.now() - 120_000,
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { reference: string }).reference;
}

async function signIn(page: Page) {
  await page.goto(`${app.url}/staff`);
  await page.getByRole('heading', { name: 'Staff sign-in' }).waitFor();
  await expectAccessible(page, 'sign-in');
  await page.getByLabel('Email').fill('moderator@example.org');
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page
    .getByRole('alert')
    .getByText(/email or password is not right/i)
    .waitFor();
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Review queue' }).waitFor();
}

describe('A moderator reviews what children sent', () => {
  it('removes a flagged phone number, publishes, and the visitor sees the edited entry', async () => {
    const { context: child, page: childPage, errors: childErrors } = await app.newPage(DESKTOP);
    const title = 'River bank cleaners';
    const reference = await childSubmits(
      childPage,
      title,
      `${CLEAN_SUMMARY} Call us on ${PHONE_NUMBER} to join.`,
    );
    expect(reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    const other = await submitByApi('Football shirts sale');
    expect(childErrors).toEqual([]);

    const { context: staff, page, errors } = await app.newPage(DESKTOP);
    await signIn(page);

    // The queue: pending first, newest first, with a badge and the flag visible.
    await page.getByRole('link', { name: /Review queue.*2 entries waiting for review/ }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(title) });
    await row.getByText(/1 flag/).waitFor();
    await expectAccessible(page, 'queue');
    await page.getByLabel('Flags').selectOption('safeguarding');
    await expect.poll(() => page.getByRole('row').count()).toBe(2); // header + the flagged one
    await page.getByRole('link', { name: title }).click();

    // The entry: the phone number is highlighted; the private contact area is there.
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { name: /1 safeguarding flag/ }).waitFor();
    expect(await page.locator('mark').first().textContent()).toContain(PHONE_NUMBER);
    await page.getByRole('heading', { name: /Private: staff only/ }).waitFor();
    await expectAccessible(page, 'entry');

    // Edit it out.
    await page.getByRole('button', { name: 'Edit' }).click();
    const summary = page.getByLabel('Summary');
    await summary.fill(CLEAN_SUMMARY);
    await page.locator('.staff-map canvas').waitFor(); // the point picker map draws
    await expectAccessible(page, 'edit');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(/Saved \(version 2\)/).waitFor();
    expect(await page.getByRole('heading', { name: /safeguarding flag/ }).count()).toBe(0);

    // Publish, with confirmation.
    await page.getByRole('button', { name: 'Publish' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: /Publish “River bank cleaners”\?/ }).waitFor();
    await expectAccessible(page, 'publish dialog');
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await page.getByText(/Published\. It is now on the public map/).waitFor();
    await page
      .getByText(/Signed in|Published/)
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await page.locator('.staff-audit').getByText('Edited').waitFor();

    // A visitor finds it on the public map and list, with the edit applied.
    const { context: visitor, page: v, errors: visitorErrors } = await app.newPage(DESKTOP);
    await v.goto(`${app.url}/`);
    await v.getByRole('searchbox', { name: 'Search' }).fill('river bank cleaners');
    await v.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await v.getByRole('button', { name: `Show on map: ${title}` }).waitFor();
    const row2 = app.db
      .select()
      .from(initiatives)
      .where(eq(initiatives.reference, reference))
      .get();
    await v.goto(`${app.url}/initiatives/${row2?.slug}`);
    await v.getByRole('heading', { level: 1, name: title }).waitFor();
    await v.getByText(CLEAN_SUMMARY).waitFor();
    expect(await v.content()).not.toContain(PHONE_NUMBER);
    expect(visitorErrors).toEqual([]);

    // The moderator rejects the other submission; its status page says not published.
    await page.getByRole('link', { name: /Back to the queue/ }).click();
    await page.getByLabel('Flags').selectOption('');
    await page.getByRole('link', { name: 'Football shirts sale' }).click();
    await page.getByRole('button', { name: 'Reject' }).click();
    const reject = page.getByRole('dialog');
    const confirm = reject.getByRole('button', { name: 'Reject' });
    expect(await confirm.isDisabled()).toBe(true);
    await reject.getByLabel('Reason for rejecting').fill('Not about violence against children');
    await confirm.click();
    await page.getByText(/Rejected\. Reason \(staff only\): Not about violence/).waitFor();

    await childPage.goto(`${app.url}/tell/status/${other}`);
    await childPage.locator('[data-status="not-published"]').waitFor();
    expect(await childPage.content()).not.toContain('Not about violence');

    // The badge now counts nothing pending.
    await page.getByRole('link', { name: /Back to the queue/ }).click();
    await expect
      .poll(() => page.getByRole('link', { name: /Review queue/ }).textContent())
      .toBe('Review queue');
    // The browser logs the expected 401s (no session yet, the wrong password); nothing else.
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);

    // Sign out ends the session.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await page.goto(`${app.url}/staff`);
    await page.getByRole('heading', { name: 'Staff sign-in' }).waitFor();
    await Promise.all([child.close(), staff.close(), visitor.close()]);
  });
});
