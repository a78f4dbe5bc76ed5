import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allViolations, seriousViolations } from './helpers/axe.ts';
import { PHONE_CONTEXT, startAppAndBrowser } from './helpers/harness.ts';

const PASSWORD = 'amber meadow tunnel 1999 whistle';
const MOD_PASSWORD = 'lantern orchard copper 2024 breeze';
const app = startAppAndBrowser({
  staff: [
    { email: 'admin@example.org', role: 'admin', password: PASSWORD },
    { email: 'mod@example.org', role: 'moderator', password: MOD_PASSWORD },
  ],
});

async function expectAccessible(page: Page, label: string) {
  expect(await seriousViolations(page), label).toEqual([]);
}

async function signIn(page: Page, email = 'admin@example.org', password = PASSWORD) {
  await page.goto(`${app.url}/staff`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Review queue' }).waitFor();
}

describe('Concern reports, staff accounts, own password and import, in the browser', () => {
  it('a visitor reports a concern; staff see it flagged and deal with it', async () => {
    const list = (await (await fetch(`${app.url}/api/initiatives?limit=1`)).json()) as {
      items: { slug: string; title: string }[];
    };
    const item = list.items[0]!;
    const { context: ctx, page: v, errors } = await app.newPage();
    await v.goto(`${app.url}/initiatives/${item.slug}`);
    await v.getByRole('button', { name: 'Report a concern' }).click();
    await v.getByRole('heading', { name: /Report a concern about this page/ }).waitFor();
    await expectAccessible(v, 'concern form');
    await v.getByRole('button', { name: 'Send report' }).click();
    await v
      .getByRole('alert')
      .getByText(/Choose what the problem is/)
      .waitFor();
    await v.getByRole('radio', { name: /personal information/ }).check();
    await v.getByLabel(/Anything else/).fill('The summary names a pupil.');
    await v.getByRole('button', { name: 'Send report' }).click();
    await v.getByText(/Thank you\. Our staff will look/).waitFor();
    expect(errors).toEqual([]);

    const page = await ctx.newPage();
    await signIn(page);
    await page.goto(`${app.url}/staff?status=published&flagged=concern`);
    await page.getByRole('link', { name: item.title }).click();
    await page.getByRole('heading', { name: /1 open concern/ }).waitFor();
    await page.getByText('The summary names a pupil.').waitFor();
    await page.getByRole('button', { name: /Mark concerns as dealt with/ }).click();
    await page.getByText('Concerns marked as dealt with.').waitFor();
    await ctx.close();
  });

  it('an admin adds a moderator and checks an import file before applying it', async () => {
    const { context: ctx, page, errors } = await app.newPage();
    await signIn(page);

    await page.getByRole('link', { name: 'Staff accounts' }).click();
    await page.getByRole('heading', { name: 'Staff accounts' }).waitFor();
    await page.getByLabel('Email').fill('new.moderator@example.org');
    await page.getByLabel('Password').fill('password123456');
    await page.getByRole('button', { name: 'Add staff member' }).click();
    await page
      .getByText(/too easy to guess/)
      .first()
      .waitFor();
    await page.getByLabel('Password').fill('copper kettle sunrise 77 maple');
    await page.getByRole('button', { name: 'Add staff member' }).click();
    await page.getByText('new.moderator@example.org can now sign in.').waitFor();
    await expectAccessible(page, 'accounts');

    const dir = mkdtempSync(join(tmpdir(), 'pm-import-'));
    const file = join(dir, 'import.jsonl');
    const summary =
      'Pupils in a mountain village run a peer support club against bullying, meet every week after school, and present their ideas to the head teacher and the village council each term.';
    const record = (slug: string, extra = {}) =>
      JSON.stringify({
        slug,
        title: `Peer club ${slug}`,
        country: 'NP',
        locality: null,
        lat: null,
        lon: null,
        themes: ['bullying'],
        actions: ['peer-support'],
        year: 2023,
        organization: null,
        summary,
        source_url: `https://example.org/${slug}`,
        source_title: 'Report',
        ...extra,
      });
    writeFileSync(
      file,
      `${record('village-peer-club')}\n${record('broken-club', { themes: [] })}\n`,
    );

    await page.getByRole('link', { name: 'Import and export' }).click();
    await page.getByLabel(/File/).setInputFiles(file);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText(/1 to create.*1 with problems/).waitFor();
    expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    await expectAccessible(page, 'import report');

    const fixed = join(dir, 'import-fixed.jsonl');
    writeFileSync(fixed, `${record('village-peer-club')}\n`);
    await page.getByLabel(/File/).setInputFiles(fixed);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('button', { name: 'Import 1 entry' }).click();
    await page.getByText(/Imported: 1 created/).waitFor();

    await page.getByRole('link', { name: /Review queue/ }).click();
    await page.getByRole('link', { name: 'Peer club village-peer-club' }).waitFor();
    // Expected answers the browser logs: 401 before sign-in, 400 for the weak password.
    expect(errors.filter((e) => !/status of 40[01]/.test(e))).toEqual([]);
    await ctx.close();
  });

  it('a moderator changes their own password, and only the new one works after', async () => {
    const { context: ctx, page, errors } = await app.newPage();
    await signIn(page, 'mod@example.org', MOD_PASSWORD);
    await page.getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password', { exact: true }).fill('harbour quilt meadow 31 spoon');
    await page.getByLabel('New password again').fill('harbour quilt meadow 31 spoon');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('This is not your current password').waitFor();
    await expectAccessible(page, 'account with an error');

    await page.getByLabel('Current password').fill(MOD_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText(/Your password is changed/).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Staff sign-in' }).waitFor();

    await page.getByLabel('Email').fill('mod@example.org');
    await page.getByLabel('Password').fill(MOD_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/email or password is not right/).waitFor();
    await signIn(page, 'mod@example.org', 'harbour quilt meadow 31 spoon');
    // Expected answers the browser logs: 401 before sign-in and for the old password, 400 for
    // the wrong current password.
    expect(errors.filter((e) => !/status of 40[01]/.test(e))).toEqual([]);
    await ctx.close();
  });

  it('signed out, /staff asks to sign in without an error in the console', async () => {
    const { context, page, errors } = await app.newPage();
    await page.goto(`${app.url}/staff`);
    await page.getByRole('heading', { name: 'Staff sign-in' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('every staff page fits a 360 px phone and passes every axe rule', async () => {
    const { context, page, errors } = await app.newPage(PHONE_CONTEXT);
    const check = async (label: string) => {
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        widest: [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > 360.5)
          .filter((el) => !el.parentElement?.closest('.staff-table-wrap, .maplibregl-map'))
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      }));
      expect(widths.page, `${label}: ${widths.widest.join(', ')}`).toBeLessThanOrEqual(360);
      expect(await allViolations(page, { exclude: '.maplibregl-canvas' }), label).toEqual([]);
    };
    await page.goto(`${app.url}/staff`);
    await page.getByRole('heading', { name: 'Staff sign-in' }).waitFor();
    await check('sign-in');
    await page.getByLabel('Email').fill('admin@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    await check('queue');
    // The signed-in account and its links sit in a landmark, where screen readers find them.
    expect(
      await page
        .locator('header, nav, [role="banner"], [role="navigation"]')
        .filter({
          hasText: 'admin@example.org',
        })
        .count(),
    ).toBeGreaterThan(0);
    await page.goto(`${app.url}/staff?status=published`);
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    await page.locator('table a[href*="/entries/"]').first().click();
    await page.getByRole('button', { name: /^Edit/ }).first().waitFor();
    await check('entry');
    await page.getByRole('button', { name: /^Edit/ }).first().click();
    await page.locator('.staff-map .maplibregl-canvas').waitFor();
    await check('entry editing');
    // The point picker names the countries and writes the entry's town under the marker.
    await page.getByLabel('Town or city').fill('Nairobi');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              window as unknown as {
                __pmPickerOverlay?: { renderedLabels(): readonly { name: string }[] };
              }
            ).__pmPickerOverlay?.renderedLabels().length ?? 0,
        ),
      )
      .toBeGreaterThan(0);
    expect(await page.locator('.staff-map .staff-map-town').textContent()).toBe('Nairobi');
    for (const [path, label] of [
      ['/staff/audit', 'audit'],
      ['/staff/data', 'data'],
      ['/staff/accounts', 'accounts'],
      ['/staff/account', 'account'],
    ]) {
      await page.goto(`${app.url}${path}`);
      await check(label as string);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
