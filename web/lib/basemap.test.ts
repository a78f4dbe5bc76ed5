import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json';
import { buildBasemap, localCountryNames, unwrapRing, type CountriesTopology } from './basemap.ts';
import { countIntlMade } from '../../tests/helpers/count-intl.ts';

describe('offline basemap', () => {
  const base = buildBasemap(world as unknown as CountriesTopology);

  it('has no ring that jumps across the antimeridian (no horizontal stripes)', () => {
    let rings = 0;
    for (const f of base.countries.features) {
      for (const poly of f.geometry.coordinates) {
        for (const ring of poly) {
          rings++;
          for (let i = 1; i < ring.length; i++) {
            const jump = Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0));
            expect(jump, `${f.properties.iso} ring jumps ${jump}°`).toBeLessThanOrEqual(180);
          }
        }
      }
    }
    expect(rings).toBeGreaterThan(200);
  });

  it('keeps Russia and Fiji whole, each ring within one world copy', () => {
    for (const iso of ['RU', 'FJ']) {
      const f = base.countries.features.find((x) => x.properties.iso === iso);
      expect(f).toBeDefined();
      for (const poly of f?.geometry.coordinates ?? []) {
        const lons = (poly[0] ?? []).map((p) => p[0] as number);
        expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(360);
      }
    }
  });

  it('names every country by its ISO code and leaves Antarctica out', () => {
    const codes = new Set(base.countries.features.map((f) => f.properties.iso));
    expect(codes.has('KE')).toBe(true);
    expect(codes.has('XK')).toBe(true);
    expect(codes.has('AQ')).toBe(false);
    for (const c of codes) expect(c).toMatch(/^[A-Z]{2}$/);
  });

  it('has one label point per country, inside the world', () => {
    const isos = base.labels.features.map((f) => f.properties.iso);
    expect(new Set(isos).size).toBe(isos.length);
    const kenya = base.labels.features.find((f) => f.properties.iso === 'KE');
    const [lon, lat] = kenya?.geometry.coordinates ?? [];
    expect(lon).toBeGreaterThan(33);
    expect(lon).toBeLessThan(42);
    expect(lat).toBeGreaterThan(-5);
    expect(lat).toBeLessThan(5);
  });

  it('unwraps a ring that crosses 180°', () => {
    const ring = unwrapRing([
      [179, 0],
      [-179, 0],
      [-179, 1],
      [179, 1],
      [179, 0],
    ]);
    expect(ring.map((p) => p[0])).toEqual([179, 181, 181, 179, 179]);
  });
});

describe("the browser's country names", () => {
  it('are looked up in the language asked for, and only built when first asked', () => {
    let names: ReturnType<typeof localCountryNames> = () => '';
    expect(countIntlMade('DisplayNames', () => (names = localCountryNames('fr')))).toBe(0);
    const made = countIntlMade('DisplayNames', () => {
      expect(names('DE', 'Germany')).toBe('Allemagne');
      expect(names('KE', 'Kenya')).toBe('Kenya');
    });
    expect(made).toBe(1);
  });
});
