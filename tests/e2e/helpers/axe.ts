import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

type Options = { exclude?: string };

/**
 * Every axe rule on the page as it is now, with no tag subset: axe's whole default rule set
 * (WCAG A/AA at every version, and best practices such as landmarks and headings).
 * One `impact rule: targets` line per violation, so a failing `toEqual([])` names them.
 */
async function violations(page: Page, options: Options) {
  let axe = new AxeBuilder({ page });
  if (options.exclude) axe = axe.exclude(options.exclude);
  const result = await axe.analyze();
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
