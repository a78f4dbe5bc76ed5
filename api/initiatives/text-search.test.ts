import { beforeEach, describe, expect, it } from 'vitest';
import { foldForSearch } from '../../contract/search-text.ts';
import type { Db } from '../../db/client.ts';
import { initiativeTranslations } from '../../db/schema.ts';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';
import type { InitiativeList } from '../../contract/initiatives.ts';

let db: Db;
let app: ReturnType<typeof createApp>;

beforeEach(() => {
  db = testDb();
  app = createApp({ db, env: { LOG_LEVEL: 'silent' } });
  insertInitiative(db, {
    slug: 'nairobi-peace-club',
    title: 'Peace club of Nairobi',
    summary: 'Children in Nairobi meet every week to solve quarrels without violence at school.',
    country: 'KE',
  });
  insertInitiative(db, {
    slug: 'cairo-school-voices',
    title: 'أصوات المدرسة',
    summary: 'يجتمع الأطفال في القاهرة كل أسبوع لمناقشة سلامتهم في المدرسة وحول مدرستهم.',
    country: 'EG',
    language: 'ar',
  });
  insertInitiative(db, {
    slug: 'kazan-council',
    title: 'Детский совет Казани',
    summary: 'Дети Казани обсуждают с администрацией города, как сделать дворы безопасными.',
    country: 'RU',
    language: 'ru',
  });
  insertInitiative(db, {
    slug: 'chengdu-peace-club',
    title: '儿童和平俱乐部',
    summary: '成都的孩子们每周聚会，学习用和平的方式解决冲突。',
    country: 'CN',
    language: 'zh',
  });
});

async function slugs(q: string): Promise<string[]> {
  const res = await app.request(`/api/initiatives?q=${encodeURIComponent(q)}`);
  expect(res.status, q).toBe(200);
  return ((await res.json()) as InitiativeList).items.map((i) => i.slug).sort();
}

describe('search in every language', () => {
  it('folds case, accents and Arabic marks alike', () => {
    expect(foldForSearch('SÃO Paulo')).toBe('sao paulo');
    expect(foldForSearch('مَدْرَسَــة')).toBe('مدرسة');
    expect(foldForSearch('ЁЛКА')).toBe('елка');
  });

  it('finds a word in Latin script by its beginning, case and accents aside', async () => {
    expect(await slugs('NAIRÓ')).toEqual(['nairobi-peace-club']);
    expect(await slugs('peace nairobi')).toEqual(['nairobi-peace-club']);
  });

  it('finds an Arabic word, with or without short vowels and tatweel', async () => {
    expect(await slugs('المدرسة')).toEqual(['cairo-school-voices']);
    expect(await slugs('المَدرســة')).toEqual(['cairo-school-voices']);
  });

  it('finds a Russian word, whatever its case', async () => {
    expect(await slugs('казани')).toEqual(['kazan-council']);
    expect(await slugs('СОВЕТ')).toEqual(['kazan-council']);
  });

  it('finds Chinese inside a run written without spaces', async () => {
    expect(await slugs('和平')).toEqual(['chengdu-peace-club']);
    expect(await slugs('俱乐部')).toEqual(['chengdu-peace-club']);
    expect(await slugs('和')).toEqual(['chengdu-peace-club']);
    // Every pair of characters must be there: 平和 is not in the text.
    expect(await slugs('平和')).toEqual([]);
  });

  it('finds an entry by its country name in any of the six languages', async () => {
    expect(await slugs('Кения')).toEqual(['nairobi-peace-club']);
    expect(await slugs('肯尼亚')).toEqual(['nairobi-peace-club']);
    expect(await slugs('كينيا')).toEqual(['nairobi-peace-club']);
    expect(await slugs('Égypte')).toEqual(['cairo-school-voices']);
    expect(await slugs('Kenya')).toEqual(['nairobi-peace-club']);
  });

  it('searches translations too', async () => {
    const id = db.$client
      .prepare("SELECT id FROM initiatives WHERE slug = 'kazan-council'")
      .pluck()
      .get() as number;
    db.insert(initiativeTranslations)
      .values({
        initiativeId: id,
        language: 'fr',
        title: 'Conseil des enfants de Kazan',
        summary: 'Les enfants de Kazan discutent avec la mairie pour rendre les cours sûres.',
      })
      .run();
    expect(await slugs('mairie')).toEqual(['kazan-council']);
  });

  it('treats search syntax as plain words', async () => {
    expect(await slugs('"peace"* -(club: ^')).toEqual(['nairobi-peace-club']);
  });
});
