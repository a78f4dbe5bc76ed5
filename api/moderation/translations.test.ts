import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testAppWithStaff } from '../../tests/helpers/test-app.ts';
import { as, type App, type Session } from '../auth/auth.test-helpers.ts';
import type { Initiative, InitiativeList } from '../../contract/initiatives.ts';
import type { StaffEntry } from '../../contract/moderation.ts';

let db: Db, app: App, mod: Session;

const FR = {
  title: 'Club de la paix de Nairobi',
  summary:
    'Des enfants de Nairobi se réunissent chaque semaine pour régler les disputes sans violence.',
};

beforeEach(async () => {
  ({ db, app, mod } = await testAppWithStaff());
});

function entry(extra: Parameters<typeof insertInitiative>[1] = {}) {
  return insertInitiative(db, {
    slug: 'nairobi-peace-club',
    title: 'Peace club of Nairobi',
    summary: 'Children in Nairobi meet every week to settle quarrels without violence.',
    ...extra,
  });
}

const path = (id: number, lang: string) => `/api/moderation/entries/${id}/translations/${lang}`;

async function publicOne(slug: string, headers: Record<string, string> = {}) {
  const res = await app.request(`/api/initiatives/${slug}`, { headers });
  return (await res.json()) as Initiative;
}

describe('translations of an entry', () => {
  it('need a signed-in moderator and a same-origin request', async () => {
    const { id } = entry();
    expect((await as(app, undefined).put(path(id, 'fr'), FR)).status).toBe(401);
    const res = await app.request(path(id, 'fr'), {
      method: 'PUT',
      headers: { Cookie: mod.cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify(FR),
    });
    expect(res.status).toBe(403);
  });

  it('are added, corrected and removed, each change on the audit trail', async () => {
    const { id } = entry();
    const added = await as(app, mod).put(path(id, 'fr'), FR);
    expect(added.status).toBe(200);
    expect(((await added.json()) as { translations: unknown[] }).translations).toMatchObject([
      { language: 'fr', ...FR },
    ]);
    const corrected = { ...FR, title: 'Club de paix de Nairobi' };
    expect((await as(app, mod).put(path(id, 'fr'), corrected)).status).toBe(200);
    const staffView = (await (
      await as(app, mod).get(`/api/moderation/entries/${id}`)
    ).json()) as StaffEntry;
    expect(staffView.language).toBe('en');
    expect(staffView.translations).toMatchObject([{ language: 'fr', title: corrected.title }]);

    expect((await as(app, mod).delete(path(id, 'fr'))).status).toBe(200);
    expect((await as(app, mod).delete(path(id, 'fr'))).status).toBe(404);

    const trail = db.select().from(auditLog).where(eq(auditLog.initiativeId, id)).all();
    expect(trail.map((a) => a.action)).toEqual([
      'translation-add',
      'translation-edit',
      'translation-delete',
    ]);
    expect(trail[1]?.detail).toMatchObject({
      language: 'fr',
      before: { title: FR.title },
      after: { title: corrected.title },
    });
    expect(trail.every((a) => a.actorEmail === 'mod@example.org')).toBe(true);
  });

  it('refuse an unknown language, the original language and bad text, naming the field', async () => {
    const { id } = entry();
    const bad = async (lang: string, body: unknown) => {
      const res = await as(app, mod).put(path(id, lang), body);
      expect(res.status).toBe(400);
      return Object.keys(((await res.json()) as { errors: Record<string, string[]> }).errors);
    };
    expect(await bad('pt', FR)).toEqual(['lang']);
    expect(await bad('en', FR)).toEqual(['lang']);
    expect(await bad('fr', { ...FR, title: '' })).toEqual(['title']);
    expect(await bad('fr', { ...FR, extra: 1 })).toContain('extra');
    expect((await as(app, mod).put(path(999, 'fr'), FR)).status).toBe(404);
  });

  it('hold back text with a safeguarding flag until a moderator confirms it', async () => {
    const { id } = entry();
    const flagged = { ...FR, summary: `${FR.summary} Appelez le 0712 345 678.` };
    expect((await as(app, mod).put(path(id, 'fr'), flagged)).status).toBe(422);
    expect(
      (await as(app, mod).put(path(id, 'fr'), { ...flagged, confirmFlags: true })).status,
    ).toBe(200);
  });
});

describe('staff search', () => {
  const found = async (q: string) =>
    (
      (await (
        await as(app, mod).get(`/api/moderation/entries?q=${encodeURIComponent(q)}`)
      ).json()) as { items: { id: number }[] }
    ).items.map((i) => i.id);

  it('finds an entry by a word of its translation, accents or not, until it is removed', async () => {
    const { id } = entry();
    insertInitiative(db, { slug: 'other-club', title: 'Other club', summary: 'Elsewhere.' });
    expect(await found('disputes')).toEqual([]);
    expect((await as(app, mod).put(path(id, 'fr'), FR)).status).toBe(200);
    expect(await found('disputes')).toEqual([id]);
    expect(await found('reunissent semaine')).toEqual([id]);
    expect(await found('peace')).toEqual([id]);
    await as(app, mod).put(path(id, 'fr'), { ...FR, summary: 'Des enfants de Nairobi jouent.' });
    expect(await found('disputes')).toEqual([]);
    expect(await found('jouent')).toEqual([id]);
    expect((await as(app, mod).delete(path(id, 'fr'))).status).toBe(200);
    expect(await found('jouent')).toEqual([]);
  });
});

describe('the public sees the translation into its language, else the original', () => {
  it('shows the translation and names its language, with the original language', async () => {
    const { id } = entry();
    await as(app, mod).put(path(id, 'fr'), FR);
    const fr = await publicOne('nairobi-peace-club', { 'Accept-Language': 'fr' });
    expect(fr).toMatchObject({ ...FR, language: 'fr', originalLanguage: 'en' });
    const es = await publicOne('nairobi-peace-club', { 'Accept-Language': 'es' });
    expect(es).toMatchObject({
      title: 'Peace club of Nairobi',
      language: 'en',
      originalLanguage: 'en',
    });
    const list = (await (await app.request('/api/initiatives?lang=fr')).json()) as InitiativeList;
    expect(list.items[0]).toMatchObject({ title: FR.title, language: 'fr' });
    const points = (await (await app.request('/api/initiatives/points?lang=fr')).json()) as {
      rows: unknown[][];
    };
    expect(points.rows[0]?.[1]).toBe(FR.title);
  });

  it('keeps an entry written in another language as written, in its language', async () => {
    insertInitiative(db, {
      slug: 'kazan-council',
      title: 'Детский совет Казани',
      country: 'RU',
      language: 'ru',
    });
    const en = await publicOne('kazan-council', { 'Accept-Language': 'en' });
    expect(en).toMatchObject({
      title: 'Детский совет Казани',
      language: 'ru',
      originalLanguage: 'ru',
    });
  });

  it('publishes an entry with or without translations, and never shows an unpublished one', async () => {
    const withOne = entry({ status: 'pending', slug: 'pending-with-translation' });
    const without = insertInitiative(db, { status: 'pending', slug: 'pending-without' });
    await as(app, mod).put(path(withOne.id, 'ar'), {
      title: 'نادي السلام في نيروبي',
      summary: 'يجتمع أطفال نيروبي كل أسبوع لحل الخلافات دون عنف.',
    });
    expect((await app.request('/api/initiatives?lang=ar&q=السلام')).status).toBe(200);
    const before = (await (
      await app.request('/api/initiatives?q=السلام')
    ).json()) as InitiativeList;
    expect(before.total).toBe(0);
    for (const { id } of [withOne, without]) {
      expect((await as(app, mod).post(`/api/moderation/entries/${id}/publish`)).status).toBe(200);
    }
    const ar = await publicOne('pending-with-translation', { 'Accept-Language': 'ar' });
    expect(ar).toMatchObject({ title: 'نادي السلام في نيروبي', language: 'ar' });
    const after = (await (await app.request('/api/initiatives?q=السلام')).json()) as InitiativeList;
    expect(after.items.map((i) => i.slug)).toEqual(['pending-with-translation']);
    expect((await publicOne('pending-without', { 'Accept-Language': 'ar' })).language).toBe('en');
  });
});

describe('open data carries the original language and every translation', () => {
  it('the CSV has a language column and title_/summary_ columns for the six languages', async () => {
    const { id } = entry();
    await as(app, mod).put(path(id, 'zh'), {
      title: '内罗毕和平俱乐部',
      summary: '内罗毕的孩子们每周聚会，不用暴力解决争吵。',
    });
    const text = await (await app.request('/api/initiatives.csv')).text();
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const header = Object.keys(rows[0] ?? {});
    for (const lang of ['en', 'fr', 'es', 'ru', 'zh', 'ar']) {
      expect(header).toContain(`title_${lang}`);
      expect(header).toContain(`summary_${lang}`);
    }
    expect(rows[0]).toMatchObject({
      title: 'Peace club of Nairobi',
      language: 'en',
      title_zh: '内罗毕和平俱乐部',
      title_fr: '',
    });
  });

  it('the GeoJSON carries the translations of each feature', async () => {
    const { id } = entry();
    await as(app, mod).put(path(id, 'fr'), FR);
    const geo = (await (await app.request('/api/initiatives.geojson?lang=fr')).json()) as {
      features: { properties: Record<string, unknown> }[];
    };
    expect(geo.features[0]?.properties).toMatchObject({
      title: FR.title,
      language: 'fr',
      originalLanguage: 'en',
      translations: { fr: FR },
    });
  });
});
