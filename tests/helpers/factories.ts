import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { initiativeContacts, initiatives } from '../../db/schema.ts';
import { replaceTags } from '../../db/tags.ts';

let counter = 0;

export type InitiativeInput = Partial<typeof initiatives.$inferInsert> & {
  themes?: string[];
  actions?: string[];
  contactEmail?: string;
};

/** Inserts one initiative (published by default) with tags; returns its id and slug. */
export function insertInitiative(
  db: Db,
  input: InitiativeInput = {},
): { id: number; slug: string } {
  counter++;
  const { themes = ['climate'], actions = ['awareness'], contactEmail, ...cols } = input;
  const status = cols.status ?? 'published';
  const row = db
    .insert(initiatives)
    .values({
      slug: `test-initiative-${counter}`,
      title: `Test initiative ${counter}`,
      summary:
        'Children in a test town plant trees and talk to the council about safer, greener streets for everyone.',
      country: 'KE',
      origin: 'catalogue',
      sourceUrl: `https://example.org/source-${counter}`,
      sourceTitle: `Source ${counter}`,
      publishedAt: status === 'published' ? new Date().toISOString() : null,
      ...cols,
      status,
    })
    .returning({ id: initiatives.id, slug: initiatives.slug })
    .get();
  replaceTags(db, row.id, themes, actions);
  if (contactEmail)
    db.insert(initiativeContacts).values({ initiativeId: row.id, email: contactEmail }).run();
  return row;
}

export function setStatus(
  db: Db,
  id: number,
  status: 'pending' | 'published' | 'rejected' | 'archived',
) {
  db.update(initiatives)
    .set({ status, publishedAt: status === 'published' ? new Date().toISOString() : null })
    .where(eq(initiatives.id, id))
    .run();
}
