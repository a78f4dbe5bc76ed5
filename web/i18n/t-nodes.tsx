import { Fragment, type ReactNode } from 'react';
import { t, type Vars } from './i18n.ts';

const MARK = '\uE000';

/**
 * A message with elements in it (a highlighted quote, a link), translated whole: the
 * language's own word order and punctuation around them, never pieces glued in code.
 */
export function tNodes(key: string, vars: Vars, slots: Record<string, ReactNode>): ReactNode {
  const marked: Vars = { ...vars };
  for (const name of Object.keys(slots)) marked[name] = `${MARK}${name}${MARK}`;
  const parts = t(key, marked).split(MARK);
  // Odd parts are slot names: "text", name, "text", name, "text".
  return parts.map((part, i) => (
    <Fragment key={i}>{i % 2 === 1 && part in slots ? slots[part] : part}</Fragment>
  ));
}
