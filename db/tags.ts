import { eq } from 'drizzle-orm';
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
