import { asc, eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { initiativeActions, initiativeThemes } from './schema.ts';

type Tx = Pick<Db, 'delete' | 'insert'>;

/** Replaces an initiative's themes and actions, keeping the given order. */
export function replaceTags(
  db: Tx,
  initiativeId: number,
  themes: readonly string[],
  actions: readonly string[],
): void {
  db.delete(initiativeThemes).where(eq(initiativeThemes.initiativeId, initiativeId)).run();
  db.delete(initiativeActions).where(eq(initiativeActions.initiativeId, initiativeId)).run();
  if (themes.length)
    db.insert(initiativeThemes)
      .values(themes.map((theme, position) => ({ initiativeId, theme, position })))
      .run();
  if (actions.length)
    db.insert(initiativeActions)
      .values(actions.map((action, position) => ({ initiativeId, action, position })))
      .run();
}

type TagReader = Pick<Db, 'select'>;

/** Codes grouped by initiative id, keeping the rows' order. */
function groupById(rows: readonly { id: number; code: string }[]): Map<number, string[]> {
  const byId = new Map<number, string[]>();
  for (const { id, code } of rows) {
    const list = byId.get(id);
    if (list) list.push(code);
    else byId.set(id, [code]);
  }
  return byId;
}

/** Every initiative's themes and actions, in their order, by initiative id. */
export function tagsByInitiative(db: TagReader): {
  themes: Map<number, string[]>;
  actions: Map<number, string[]>;
} {
  const themes = db
    .select({ id: initiativeThemes.initiativeId, code: initiativeThemes.theme })
    .from(initiativeThemes)
    .orderBy(asc(initiativeThemes.initiativeId), asc(initiativeThemes.position))
    .all();
  const actions = db
    .select({ id: initiativeActions.initiativeId, code: initiativeActions.action })
    .from(initiativeActions)
    .orderBy(asc(initiativeActions.initiativeId), asc(initiativeActions.position))
    .all();
  return { themes: groupById(themes), actions: groupById(actions) };
}
