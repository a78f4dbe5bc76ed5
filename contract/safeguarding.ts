/**
 * Automatic safeguarding flags. A submission is never rejected for these: the text is kept as
 * sent and each suspicious piece is flagged for staff, who edit it out before publishing.
 * The detectors favour catching too much over too little; a false flag costs a moderator a
 * glance, a missed phone number could expose a child.
 *
 * Pure functions, no I/O, no imports: the server flags every write of public text with them,
 * and the "Let's tell the world" form runs the same `detect` to warn the child before sending.
 * Keep it small: it is part of the form's bundle.
 */

export const FLAG_KINDS = ['email', 'phone', 'address', 'name'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** One suspicious piece of text: where it is, what it looks like, and the text itself. */
export type Flag = { field: string; kind: FlagKind; match: string };
export type Finding = { kind: FlagKind; match: string; index: number };

/** The free-text fields of an entry that are checked. */
export const FLAGGED_FIELDS = [
  'title',
  'summary',
  'locality',
  'organization',
  'link',
  'quote',
  'quoteBy',
] as const;
export type FlaggedFields = Partial<Record<(typeof FLAGGED_FIELDS)[number], string | null>>;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// "name at gmail dot com", "name [at] example [dot] org"
const SPELLED_EMAIL =
  /[\p{L}\p{N}._%+-]+\s*(?:\(at\)|\[at\]|\{at\}|\sat\s)\s*[\p{L}\p{N}-]+\s*(?:\(dot\)|\[dot\]|\{dot\}|\sdot\s|\.)\s*(?:com|org|net|edu|gov|info|[a-z]{2})\b/giu;

const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s]+/giu;

// A run of digits (any script) with the separators people write in phone numbers.
const PHONE_CANDIDATE = /(?:\+|\b00)?\(?\p{Nd}[\p{Nd} ().\-‐–/]{5,}\p{Nd}/gu;
const YEAR_RANGE = /^(?:19|20)\d{2}\s*[-‐–/]\s*(?:19|20)?\d{2}$/u;
const DATE = /^\p{Nd}{1,4}[./-]\p{Nd}{1,2}[./-]\p{Nd}{1,4}$/u;

const STREET_WORDS = [
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'lane',
  'ln',
  'drive',
  'dr',
  'boulevard',
  'blvd',
  'close',
  'court',
  'crescent',
  'terrace',
  'highway',
  'estate',
].join('|');
const NUMBER_THEN_STREET = new RegExp(
  `\\b\\p{Nd}{1,5}[a-z]?,?\\s+(?:[\\p{L}'’.-]+\\s+){0,3}(?:${STREET_WORDS})\\b\\.?`,
  'giu',
);
const STREET_THEN_NUMBER = new RegExp(
  `\\b(?:rue|calle|avenida|av\\.|rua|via|viale|strasse|straße|str\\.|ulica|ul\\.|sokak|cadde(?:si)?|jalan|jl\\.|carrera|carrer)\\s+(?:[\\p{L}'’.-]+\\s+){0,4}\\p{Nd}{1,5}[a-z]?\\b`,
  'giu',
);
const POST_BOX =
  /\b(?:p\.?\s?o\.?\s?box|post\s+office\s+box|b\.?\s?p\.?|apartado|caixa\s+postal)\s*\p{Nd}+/giu;
const UNIT =
  /\b(?:house|plot|flat|apartment|apt|room|block|house\s+number|stand|plot\s+no)\.?\s*(?:no\.?|number|#)?\s*\p{Nd}+[a-z]?\b/giu;

// A capitalised word as names are written ("Otieno", "O'Brien", "Jean-Paul"); a possessive
// "'s" is not part of it.
const CAP = "\\p{Lu}\\p{Ll}+(?:['’](?!s\\b)\\p{Lu}?\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?";
const CAP_WORDS = `${CAP}(?:\\s+${CAP}){1,3}`;
/** Words that often come just before a person's name, in a few languages. */
const CUES = [
  'my name is',
  'i am',
  "i'm",
  'named',
  'called',
  'founded by',
  'led by',
  'started by',
  'contact',
  "je m'appelle",
  'mon nom est',
  'me llamo',
  'mi nombre es',
  'meu nome é',
  'chama-se',
];
// The first letter of a cue may be upper case (sentence start); the rest is as written.
const cuePattern = CUES.map(
  (c) => `[${c[0]}${c[0]?.toUpperCase()}]${c.slice(1).replace(/ /g, '\\s+')}`,
).join('|');
const NAME_CUES = new RegExp(`(?<![\\p{L}])(?:${cuePattern})\\s+(${CAP}(?:\\s+${CAP}){0,2})`, 'gu');
const HONORIFIC = new RegExp(
  `\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam|Mme|Mlle|M|Sr|Sra|Srta|Dona|Don|Herr|Frau)\\.?\\s+(${CAP}(?:\\s+${CAP})?)`,
  'gu',
);
// Common given names worldwide; a capitalised word after one of them is likely a surname.
const GIVEN_NAMES = new Set(
  (
    'aaliyah aaron abdul abdullah abu adam adriana ahmad ahmed aisha akira alejandro alex ' +
    'alexander ali alice amal amara amina amir amy ana andrea andrew angela angelo anna anne ' +
    'antonio arjun ashley aya ayesha beatriz ben benjamin bilal carla carlos carmen charlotte ' +
    'chen chloe chris christian daniel david deepak diego dmitri elena elias elizabeth emily ' +
    'emma esther fatima fatma felipe fernando francesca francisco gabriel george grace hannah ' +
    'hassan hiroshi ibrahim isabella isaac ivan jacob james jamal jane jasmine javier jennifer ' +
    'jessica joao john jorge jose joseph joshua juan julia kamala karim kevin khadija kofi ' +
    'kwame lara laura layla leila lina lucas lucia luis maria mariam mark marta mary mateo ' +
    'matthew mehmet mia michael miguel mohamed mohammad mohammed muhammad nadia nasser nicole ' +
    'noah nora nur olga olivia omar pablo patrick paul pedro peter priya rahul rania ravi ' +
    'robert rosa ryan sade sam samuel sara sarah sergei sofia sophia sophie stephen sunita ' +
    'thomas tomas usman valentina victor wei william yusuf zainab zara zeynep'
  ).split(' '),
);
const NAME_PAIR = new RegExp(CAP_WORDS, 'gu');

function matches(re: RegExp, text: string, group = 0): { match: string; index: number }[] {
  const out: { match: string; index: number }[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const value = m[group];
    if (!value) continue;
    const offset = group === 0 ? 0 : m[0].indexOf(value);
    out.push({ match: value.trim(), index: (m.index ?? 0) + offset });
  }
  return out;
}

/** Replaces spans with spaces, keeping every other index in place. */
function blank(text: string, spans: { match: string; index: number }[]): string {
  let out = text;
  for (const { match, index } of spans) {
    out = out.slice(0, index) + ' '.repeat(match.length) + out.slice(index + match.length);
  }
  return out;
}

function digitCount(s: string): number {
  return (s.match(/\p{Nd}/gu) ?? []).length;
}

function phones(text: string): { match: string; index: number }[] {
  return matches(PHONE_CANDIDATE, text)
    .map((m) => ({ ...m, match: m.match.replace(/[\s(.\-‐–/]+$/u, '') }))
    .filter(({ match }) => {
      const digits = digitCount(match);
      if (digits < 7 || digits > 15) return false;
      if (YEAR_RANGE.test(match) || DATE.test(match)) return false;
      // "1,000,000" never reaches here (commas split it); "2019 2020 2021" would: a phone
      // number is at most a few groups, and a list of years is not one.
      const groups = match.split(/[\s().\-‐–/]+/u).filter(Boolean);
      if (groups.every((g) => /^(?:19|20)\p{Nd}{2}$/u.test(g))) return false;
      return true;
    });
}

function names(text: string): { match: string; index: number }[] {
  const found = [...matches(NAME_CUES, text, 1), ...matches(HONORIFIC, text, 0)];
  for (const m of matches(NAME_PAIR, text)) {
    // "Call Amina Otieno": the name may start at any word but the last of the run.
    const words = [...m.match.matchAll(/\S+/gu)];
    const at = words.findIndex(
      (w, i) =>
        i < words.length - 1 &&
        GIVEN_NAMES.has(w[0].toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')),
    );
    const start = words[at];
    const end = words[Math.min(at + 2, words.length - 1)];
    if (!start || !end) continue;
    const from = start.index ?? 0;
    const to = (end.index ?? 0) + end[0].length;
    found.push({ match: m.match.slice(from, to), index: m.index + from });
  }
  return found;
}

/** Every suspicious piece of one text, in reading order, without duplicates. */
export function detect(text: string | null | undefined): Finding[] {
  if (!text) return [];
  const findings: Finding[] = [];
  const add = (kind: FlagKind, list: { match: string; index: number }[]) => {
    for (const m of list) findings.push({ kind, ...m });
  };

  const emails = [...matches(EMAIL, text), ...matches(SPELLED_EMAIL, text)];
  add('email', emails);
  // Numbers inside web addresses and emails are not phone numbers.
  const rest = blank(text, [...emails, ...matches(URL_LIKE, text)]);
  add('phone', phones(rest));
  add('address', [
    ...matches(NUMBER_THEN_STREET, rest),
    ...matches(STREET_THEN_NUMBER, rest),
    ...matches(POST_BOX, rest),
    ...matches(UNIT, rest),
  ]);
  add('name', names(rest));

  const seen = new Set<string>();
  return findings
    .sort((a, b) => a.index - b.index)
    .filter((f) => {
      const key = `${f.kind}|${f.match}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Flags for an entry's free-text fields, as stored in submission_details.flags. */
export function safeguardingFlags(fields: FlaggedFields): Flag[] {
  const flags: Flag[] = [];
  for (const field of FLAGGED_FIELDS) {
    const text = fields[field];
    if (field === 'link') {
      // A web address is expected here; only an email or a phone number inside it counts
      // (a chat link such as wa.me/254712345678 is a phone number).
      if (!text) continue;
      for (const m of matches(EMAIL, text)) flags.push({ field, kind: 'email', match: m.match });
      for (const m of phones(text)) flags.push({ field, kind: 'phone', match: m.match });
      continue;
    }
    for (const f of detect(text)) flags.push({ field, kind: f.kind, match: f.match });
  }
  return flags;
}
