import { existsSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES as LANGUAGES } from '../../contract/languages.ts';
import type { Db } from '../../db/client.ts';
import { insertInitiative } from '../../tests/helpers/factories.ts';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';
import type { Initiative, InitiativeList, Meta } from '../../contract/initiatives.ts';
import { negotiateLanguage } from './language.ts';
import { LANGUAGE_CODES } from './language.schema.ts';

let db: Db;
let app: ReturnType<typeof createApp>;

beforeEach(() => {
  db = testDb();
  app = createApp({ db, env: { LOG_LEVEL: 'silent' } });
  insertInitiative(db, { slug: 'kenya-peace-club', title: 'Peace club', country: 'KE' });
});

async function get<T>(path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers });
  return { res, body: (await res.json()) as T };
}

/** The vocabulary of a language's catalogue, when that catalogue exists. */
function vocabulary(lang: string): Record<string, string> {
  const file = new URL(`../../contract/messages/${lang}.json`, import.meta.url);
  if (!existsSync(file)) return {};
  return (
    (JSON.parse(readFileSync(file, 'utf8')) as { vocabulary?: Record<string, string> })
      .vocabulary ?? {}
  );
}

describe('the language of an answer', () => {
  it('the schema and the contract name the same six languages', () => {
    expect([...LANGUAGE_CODES]).toEqual([...LANGUAGES]);
  });

  it('takes the best of the six from Accept-Language, English when none is offered', () => {
    expect(negotiateLanguage(undefined)).toBe('en');
    expect(negotiateLanguage('fr-CH, fr;q=0.9, en;q=0.8')).toBe('fr');
    expect(negotiateLanguage('pt-BR, es;q=0.5, en;q=0.4')).toBe('es');
    expect(negotiateLanguage('de, *;q=0.5')).toBe('en');
    expect(negotiateLanguage('en;q=0.3, ar;q=0.9')).toBe('ar');
    expect(negotiateLanguage('zh-Hant-TW')).toBe('zh');
    expect(negotiateLanguage('ru;q=0, fr;q=0.1')).toBe('fr');
  });

  it('refuses an unknown lang with a problem naming the parameter', async () => {
    for (const path of [
      '/api/meta?lang=pt',
      '/api/initiatives?lang=xx',
      '/api/initiatives/kenya-peace-club?lang=EN-gb',
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(400);
      expect(res.headers.get('Content-Type')).toContain('application/problem+json');
      const problem = (await res.json()) as { errors: Record<string, string[]> };
      expect(Object.keys(problem.errors)).toEqual(['lang']);
      expect(problem.errors.lang?.[0]).toContain('en, fr, es, ru, zh, ar');
    }
  });

  it('varies on Accept-Language only when the header chose the language', async () => {
    const byHeader = await app.request('/api/meta', { headers: { 'Accept-Language': 'ru' } });
    expect(byHeader.headers.get('Vary')).toContain('Accept-Language');
    const byParam = await app.request('/api/meta?lang=ru', {
      headers: { 'Accept-Language': 'fr' },
    });
    expect(byParam.headers.get('Vary')).not.toContain('Accept-Language');
    // Counts do not depend on the language.
    const facets = await app.request('/api/initiatives/facets', {
      headers: { 'Accept-Language': 'ru' },
    });
    expect(facets.headers.get('Vary')).not.toContain('Accept-Language');
  });

  it('gives each language its own ETag, so a cache never serves one for another', async () => {
    const en = await app.request('/api/meta', { headers: { 'Accept-Language': 'en' } });
    const ru = await app.request('/api/meta', { headers: { 'Accept-Language': 'ru' } });
    expect(en.headers.get('ETag')).not.toBe(ru.headers.get('ETag'));
    const again = await app.request('/api/meta', {
      headers: { 'Accept-Language': 'ru', 'If-None-Match': en.headers.get('ETag') as string },
    });
    expect(again.status).toBe(200);
    const same = await app.request('/api/meta', {
      headers: { 'Accept-Language': 'ru', 'If-None-Match': ru.headers.get('ETag') as string },
    });
    expect(same.status).toBe(304);
  });
});

describe('reference data in six languages', () => {
  it('names countries, regions and sub-regions from CLDR', async () => {
    const { body } = await get<Meta>('/api/meta?lang=ar');
    expect(body.countries.find((c) => c.code === 'KE')?.name).toBe('كينيا');
    const africa = body.regions.find((r) => r.code === 'africa');
    expect(africa?.name).toBe('أفريقيا');
    expect(africa?.subregions.find((s) => s.code === 'eastern-africa')?.name).toBe('شرق أفريقيا');
    const ru = await get<Meta>('/api/meta', { 'Accept-Language': 'ru-RU' });
    expect(ru.body.countries.find((c) => c.code === 'KE')?.name).toBe('Кения');
  });

  it('keeps the UN short names in English', async () => {
    const { body } = await get<Meta>('/api/meta?lang=en');
    expect(body.countries.find((c) => c.code === 'CD')?.name).toBe(
      'Democratic Republic of the Congo',
    );
  });

  it('has a name for every region and sub-region in every language', async () => {
    for (const lang of LANGUAGES) {
      const { body } = await get<Meta>(`/api/meta?lang=${lang}`);
      for (const r of body.regions) {
        expect(r.name, `${lang} ${r.code}`).toBeTruthy();
        if (lang !== 'en') expect(r.name, `${lang} ${r.code}`).not.toMatch(/^\d+$/);
      }
    }
  });

  it('sorts countries for readers of the language (Chinese by pinyin)', async () => {
    const { body } = await get<Meta>('/api/meta?lang=zh');
    const names = body.countries.map((c) => c.name);
    const collator = new Intl.Collator('zh');
    expect(names).toEqual([...names].sort(collator.compare));
    // 阿富汗 (Āfùhàn) comes before 肯尼亚 (Kěnníyà), which comes before 中国 (Zhōngguó).
    const at = (code: string) => body.countries.findIndex((c) => c.code === code);
    expect(at('AF')).toBeLessThan(at('KE'));
    expect(at('KE')).toBeLessThan(at('CN'));
  });

  it('labels themes and actions from the message catalogues', async () => {
    const en = await get<Meta>('/api/meta?lang=en');
    expect(en.body.themes.find((t) => t.code === 'climate')?.label).toBe(
      vocabulary('en')['theme.climate'],
    );
    const fr = await get<Meta>('/api/meta?lang=fr');
    // The French catalogue's label, or English until that catalogue has one.
    expect(fr.body.themes.find((t) => t.code === 'climate')?.label).toBe(
      vocabulary('fr')['theme.climate'] ?? vocabulary('en')['theme.climate'],
    );
    expect(fr.body.themes.map((t) => t.code)).toEqual(en.body.themes.map((t) => t.code));
    expect(fr.body.actions.map((a) => a.code)).toEqual(en.body.actions.map((a) => a.code));
  });

  it('localises the country and region names of initiatives', async () => {
    const one = await get<Initiative>('/api/initiatives/kenya-peace-club?lang=zh');
    expect(one.body.countryName).toBe('肯尼亚');
    expect(one.body.regionName).toBe('非洲');
    const list = await get<InitiativeList>('/api/initiatives', { 'Accept-Language': 'fr' });
    expect(list.body.items[0]?.countryName).toBe('Kenya');
    expect(list.res.headers.get('Vary')).toContain('Accept-Language');
    const geo = await get<{ features: { properties: { countryName: string } }[] }>(
      '/api/initiatives.geojson?lang=ru',
    );
    expect(geo.body.features[0]?.properties.countryName).toBe('Кения');
  });
});
