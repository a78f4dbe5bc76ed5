/**
 * Catalogue statistics: entries, countries, entries per theme and action, UN member
 * states without an entry, countries over the cap. Usage: npx tsx scripts/catalogue-stats.ts [--json]
 */
import worldCountries from 'world-countries';
import { loadCatalogue } from '../db/catalogue.ts';
import { ACTIONS, THEMES } from '../contract/vocabulary.ts';

const known = new Set(worldCountries.map((c) => c.cca2));
const cat = loadCatalogue(undefined, known);
const records = cat.entries.map((e) => e.record);
const count = (pick: (r: (typeof records)[number]) => string[]) => {
  const m = new Map<string, number>();
  for (const r of records) for (const k of pick(r)) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};
const themes = count((r) => r.themes);
const actions = count((r) => r.actions);
const perCountry = count((r) => [r.country]);
// world-countries flags the Holy See (an observer state) as a member; leave it out.
const members = worldCountries.filter((c) => c.unMember && c.cca2 !== 'VA');
const missing = members
  .filter((c) => !perCountry.has(c.cca2))
  .map((c) => `${c.cca2} ${c.name.common}`);
const stats = {
  entries: records.length,
  problems: cat.problems.length,
  countries: perCountry.size,
  unMembersWithEntry: members.length - missing.length,
  unMembers: members.length,
  themes: Object.fromEntries(THEMES.map((t) => [t.code, themes.get(t.code) ?? 0])),
  actions: Object.fromEntries(ACTIONS.map((a) => [a.code, actions.get(a.code) ?? 0])),
  overCap: [...perCountry].filter(([, n]) => n > 4),
  missingUnMembers: missing,
};
if (process.argv.includes('--json')) console.log(JSON.stringify(stats, null, 2));
else {
  console.log(`entries ${stats.entries}, problems ${stats.problems}, countries ${stats.countries}`);
  console.log(`UN member states with an entry: ${stats.unMembersWithEntry}/${stats.unMembers}`);
  console.log('themes', stats.themes);
  console.log('actions', stats.actions);
  console.log('over cap', stats.overCap);
  console.log(`missing UN members (${missing.length}):`, missing.join(', '));
}
