/**
 * The vocabulary api, db and web share: controlled lists (themes, actions, statuses, roles,
 * reasons) and the limits both the forms and the server enforce. Plain values, no schemas.
 */

/** Controlled vocabulary: what an initiative addresses. Order is display order. */
export const THEMES = [
  { code: 'mental-health', label: 'Mental health and well-being' },
  { code: 'bullying', label: 'Bullying and peer violence' },
  { code: 'online-safety', label: 'Violence online and digital safety' },
  { code: 'misinformation', label: 'Misinformation' },
  { code: 'sexual-violence', label: 'Sexual violence and exploitation' },
  { code: 'trafficking', label: 'Trafficking, child labour and exploitation' },
  { code: 'children-on-the-move', label: 'Children on the move (migrant, refugee, displaced)' },
  { code: 'climate', label: 'Climate change and environment' },
  { code: 'sustainable-development', label: 'Poverty and sustainable development' },
  { code: 'peacebuilding', label: 'Peacebuilding, gangs and crime prevention' },
  { code: 'gender', label: 'Gender-based violence, child marriage and other harmful practices' },
  { code: 'home-school-violence', label: 'Violence at home and in school, corporal punishment' },
  { code: 'justice', label: "Justice for children and children's rights" },
] as const;

/** Controlled vocabulary: how children influence change. */
export const ACTIONS = [
  { code: 'awareness', label: 'Communicating and raising awareness' },
  { code: 'peer-support', label: 'Supporting and mobilizing peers' },
  { code: 'advocacy', label: 'Advocacy and child-led research' },
  { code: 'decision-making', label: 'Working with decision makers' },
  { code: 'innovation', label: 'Innovation' },
] as const;

export const THEME_CODES = THEMES.map((t) => t.code) as [
  (typeof THEMES)[number]['code'],
  ...(typeof THEMES)[number]['code'][],
];
export const ACTION_CODES = ACTIONS.map((a) => a.code) as [
  (typeof ACTIONS)[number]['code'],
  ...(typeof ACTIONS)[number]['code'][],
];
export type ThemeCode = (typeof THEME_CODES)[number];
export type ActionCode = (typeof ACTION_CODES)[number];

export const STATUSES = ['pending', 'published', 'rejected', 'archived'] as const;
export type Status = (typeof STATUSES)[number];
export const ORIGINS = ['catalogue', 'submission', 'import'] as const;
export type Origin = (typeof ORIGINS)[number];

/** A quote in the children's own words is short: at most this many words. */
export const QUOTE_MAX_WORDS = 40;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/**
 * Paths under /api/initiatives/ that the API itself answers: an initiative with one of these
 * as its slug could never be opened. Submissions are given another; edits and imports refuse.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['facets', 'points']);

/** Age range of the children taking part (never a child's own age). */
export const AGE_RANGES = ['under-10', '10-14', '15-17', '18-24', 'mixed'] as const;
/** Size of the group, as a range. */
export const GROUP_SIZES = ['1-5', '6-20', '21-100', 'over-100'] as const;
/** Who leads: the children themselves, or children supported by adults. */
export const CHILD_LED = ['child-led', 'adult-supported'] as const;

export const LIMITS = {
  title: { min: 3, max: 100 },
  summary: { min: 30, max: 800 },
  locality: { min: 2, max: 100 },
  organization: { min: 2, max: 120 },
  /** The children's own words: at most `QUOTE_MAX_WORDS` words, and this many characters. */
  quote: { min: 2, max: 300 },
  quoteBy: { min: 2, max: 60 },
  link: { max: 500 },
  contactEmail: { max: 254 },
  themes: { min: 1, max: 3 },
  actions: { min: 1, max: 2 },
  year: { min: 1980, max: 2100 },
} as const;

/** Staff roles: moderators review and decide; admins also manage staff and import data. */
export const STAFF_ROLES = ['moderator', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** NIST SP 800-63B: at least 8, we ask 12 for staff; long passphrases welcome. */
export const PASSWORD_MIN_LENGTH = 12;
/** An upper bound keeps hashing cheap for an attacker's absurd inputs. */
export const PASSWORD_MAX_LENGTH = 256;

/** Why a visitor is worried about a published entry. Short on purpose. */
export const CONCERN_REASONS = [
  'personal-information',
  'child-safety',
  'inaccurate',
  'inappropriate',
  'other',
] as const;
export type ConcernReason = (typeof CONCERN_REASONS)[number];

export const CONCERN_NOTE_MAX = 1000;
