import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * Every rule axe ships, switched on: its default set, and the rules it leaves off by default
 * (experimental ones such as label-content-name-mismatch, and the AAA checks).
 */
const EVERY_RULE = Object.fromEntries(axe.getRules().map((r) => [r.ruleId, { enabled: true }]));

type Options = { exclude?: string };

/**
 * Every axe rule on the page as it is now, with no tag subset (WCAG A, AA and AAA at every
 * version, best practices, experimental rules). One `impact rule: targets` line per
 * violation, so a failing `toEqual([])` names them.
 */
async function violations(page: Page, options: Options) {
  let builder = new AxeBuilder({ page }).options({ rules: EVERY_RULE });
  if (options.exclude) builder = builder.exclude(options.exclude);
  const result = await builder.analyze();
  return result.violations.map((v) => ({
    impact: v.impact ?? 'minor',
    line: `${v.impact ?? ''} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  }));
}

/** Serious and critical violations of every axe rule. */
export async function seriousViolations(page: Page, options: Options = {}): Promise<string[]> {
  return (await violations(page, options))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.line);
}

/** Violations of every axe rule at every impact, moderate and minor included. */
export async function allViolations(page: Page, options: Options = {}): Promise<string[]> {
  return (await violations(page, options)).map((v) => v.line);
}
