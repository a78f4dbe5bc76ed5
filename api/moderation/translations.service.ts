import { and, asc, eq } from 'drizzle-orm';
import type { LanguageCode as Language } from '../../contract/languages.ts';
import { safeguardingFlags } from '../../contract/safeguarding.ts';
import type { Db } from '../../db/client.ts';
import { initiatives, initiativeTranslations } from '../../db/schema.ts';
import type { StaffPrincipal } from '../auth/session.ts';
import type { Deps } from '../lib/context.ts';
import { invalidFields, notFound } from '../lib/problem.ts';
import { recordAudit } from './audit.service.ts';
import { checkFlagsConfirmed } from './flags.ts';
import type { StaffTranslation } from '../../contract/moderation.ts';
import type { TranslationBody } from './translations.schema.ts';

/** An entry's translations, by language code order. */
export function translationsOf(db: Pick<Db, 'select'>, id: number): StaffTranslation[] {
  return db
    .select({
      language: initiativeTranslations.language,
      title: initiativeTranslations.title,
      summary: initiativeTranslations.summary,
      updatedAt: initiativeTranslations.updatedAt,
    })
    .from(initiativeTranslations)
    .where(eq(initiativeTranslations.initiativeId, id))
    .orderBy(asc(initiativeTranslations.language))
    .all();
}

const actor = (s: StaffPrincipal) => ({ id: s.id, email: s.email });

function entryOf(db: Pick<Db, 'select'>, id: number) {
  const row = db
    .select({ id: initiatives.id, language: initiatives.language, status: initiatives.status })
    .from(initiatives)
    .where(eq(initiatives.id, id))
    .get();
  if (!row) throw notFound(`There is no entry with id ${id}.`);
  return row;
}

/**
 * Adds or corrects the translation of an entry into `lang`, on the audit trail with what it
 * was before. A translation is public as soon as the entry is, so the safeguarding rule of
 * every public text applies: new flags need the moderator's confirmation.
 */
export function saveTranslation(
  deps: Deps,
  id: number,
  lang: Language,
  staff: StaffPrincipal,
  body: TranslationBody,
): StaffTranslation[] {
  const { db } = deps;
  db.transaction((tx) => {
    const entry = entryOf(tx, id);
    if (entry.language === lang) {
      throw invalidFields({
        lang: ['The entry is written in this language: edit the entry itself instead'],
      });
    }
    const before = tx
      .select({ title: initiativeTranslations.title, summary: initiativeTranslations.summary })
      .from(initiativeTranslations)
      .where(
        and(eq(initiativeTranslations.initiativeId, id), eq(initiativeTranslations.language, lang)),
      )
      .get();
    const flags = safeguardingFlags({ title: body.title, summary: body.summary });
    const previous = before ? safeguardingFlags(before) : [];
    const confirmed = checkFlagsConfirmed(flags, previous, body.confirmFlags, 'This translation');
    const now = deps.now().toISOString();
    const after = { title: body.title, summary: body.summary };
    if (before && before.title === after.title && before.summary === after.summary) return;
    tx.insert(initiativeTranslations)
      .values({ initiativeId: id, language: lang, ...after, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [initiativeTranslations.initiativeId, initiativeTranslations.language],
        set: { ...after, updatedAt: now },
      })
      .run();
    recordAudit(tx, deps.now(), {
      actor: actor(staff),
      action: before ? 'translation-edit' : 'translation-add',
      initiativeId: id,
      detail: {
        language: lang,
        before: before ?? null,
        after,
        ...(confirmed ? { confirmedFlags: true } : {}),
      },
    });
  });
  deps.readModel.invalidate();
  return translationsOf(db, id);
}

/** Removes the translation into `lang` (404 when there is none), on the audit trail. */
export function deleteTranslation(
  deps: Deps,
  id: number,
  lang: Language,
  staff: StaffPrincipal,
): StaffTranslation[] {
  const { db } = deps;
  db.transaction((tx) => {
    entryOf(tx, id);
    const removed = tx
      .delete(initiativeTranslations)
      .where(
        and(eq(initiativeTranslations.initiativeId, id), eq(initiativeTranslations.language, lang)),
      )
      .returning({ title: initiativeTranslations.title, summary: initiativeTranslations.summary })
      .get();
    if (!removed) throw notFound(`Entry ${id} has no translation into "${lang}".`);
    recordAudit(tx, deps.now(), {
      actor: actor(staff),
      action: 'translation-delete',
      initiativeId: id,
      detail: { language: lang, before: removed, after: null },
    });
  });
  deps.readModel.invalidate();
  return translationsOf(db, id);
}
