import { describe, expect, it } from 'vitest';
import { testDb } from '../../tests/helpers/test-db.ts';
import { createApp } from '../app.ts';
import { foldName, Gazetteer } from './gazetteer.ts';

const app = createApp({ db: testDb(), env: { LOG_LEVEL: 'silent' } });

async function places(query: string) {
  const res = await app.request(`/api/places?${query}`);
  return {
    res,
    json: (await res.json()) as {
      items: { name: string; lat: number; lon: number; population: number }[];
    },
  };
}
const names = async (query: string) => (await places(query)).json.items.map((p) => p.name);

describe('GET /api/places', () => {
  it('finds towns of a country by the start of their name, most populous first', async () => {
    const { res, json } = await places('country=KE&q=nai');
    expect(res.status).toBe(200);
    expect(json.items[0]).toEqual({
      name: 'Nairobi',
      country: 'KE',
      population: expect.any(Number),
      lat: -1.28,
      lon: 36.82,
    });
    expect(json.items.map((p) => p.name)).toContain('Naivasha');
    const pops = json.items.map((p) => p.population);
    expect(pops).toEqual([...pops].sort((a, b) => b - a));
  });

  it('ignores accents, case and punctuation', async () => {
    expect((await names('country=FR&q=SAINT ETIENNE'))[0]).toBe('Saint-Étienne');
    expect((await names('country=TR&q=istanbul'))[0]).toBe('Istanbul');
    expect((await names('country=co&q=bogota'))[0]).toBe('Bogotá');
  });

  it('also matches the start of a later word, after names that start with it', async () => {
    expect(await names('country=TZ&q=salaam')).toContain('Dar es Salaam');
  });

  it('rounds every point to 2 decimals', async () => {
    for (const p of (await places('country=US&q=spring&limit=20')).json.items) {
      expect(Math.round(p.lat * 100) / 100).toBe(p.lat);
      expect(Math.round(p.lon * 100) / 100).toBe(p.lon);
    }
  });

  it('returns the biggest towns for an empty query, and at most `limit`', async () => {
    expect(await names('country=KE&limit=2')).toEqual(['Nairobi', 'Mombasa']);
    expect((await names('country=US&q=s')).length).toBe(10);
    expect((await names('country=US&q=s&limit=20')).length).toBe(20);
  });

  it('is empty for an unknown country or no match', async () => {
    expect(await names('country=XX&q=a')).toEqual([]);
    expect(await names('country=KE&q=zzzzzz')).toEqual([]);
  });

  it('answers 400 for malformed parameters', async () => {
    for (const q of [
      'q=nai',
      'country=KEN',
      `country=KE&q=${'a'.repeat(101)}`,
      'country=KE&limit=x',
    ]) {
      const { res } = await places(q);
      expect(res.status, q).toBe(400);
    }
  });
});

describe('Gazetteer', () => {
  it('folds names for matching', () => {
    expect(foldName('Saint-Étienne')).toBe('saint etienne');
    expect(foldName('Łódź')).toBe('lodz');
    expect(foldName('Straße')).toBe('strasse');
  });

  it('builds its index once, on first use', () => {
    let loads = 0;
    const g = new Gazetteer(() => {
      loads++;
      return [
        { name: 'Small', country: 'KE', population: 1000, loc: { coordinates: [36.123, -1.456] } },
        { name: 'Big', country: 'KE', population: 9000, loc: { coordinates: [37.987, -0.111] } },
      ];
    });
    expect(loads).toBe(0);
    expect(g.search('KE', '').map((p) => p.name)).toEqual(['Big', 'Small']);
    expect(g.resolve('KE', 'small')).toEqual({
      name: 'Small',
      country: 'KE',
      population: 1000,
      lat: -1.46,
      lon: 36.12,
    });
    expect(loads).toBe(1);
  });
});
