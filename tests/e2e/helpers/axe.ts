import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The serious and critical axe violations on the page as it is now, one `rule: targets` line
 * each, so a failing `toEqual([])` names them. Every axe rule unless `tags` narrows them.
 */
export async function seriousViolations(
  page: Page,
  options: { tags?: string[]; exclude?: string } = {},
): Promise<string[]> {
  let axe = new AxeBuilder({ page });
  if (options.tags) axe = axe.withTags(options.tags);
  if (options.exclude) axe = axe.exclude(options.exclude);
  const result = await axe.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
