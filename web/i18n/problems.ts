import { problems as messages } from '../../contract/messages/en.json';
import { locale, t, type Vars } from './i18n.ts';

/**
 * The server answers in English (problem+json). Known messages are recognised here, by
 * status and text, and shown through the message catalogue ("problems.*"), so they are
 * translated with the rest of the interface; the parts that vary (numbers, names) carry over
 * as placeholders. Anything not recognised is shown as the server sent it.
 */
type Rule = { key: string; pattern: RegExp };

const exact = (key: string): Rule => ({
  key,
  pattern: new RegExp(`^${escape(messages[key as keyof typeof messages])}$`),
});
/** A rule from the English message itself: each {placeholder} matches any text. */
const withVars = (key: string): Rule => {
  const text = messages[key as keyof typeof messages];
  const source = escape(text).replace(/\\\{(\w+)\\\}/g, (_, name: string, offset: number) =>
    // A placeholder used twice must match the same text both times.
    escape(text).slice(0, offset).includes(`\\{${name}\\}`) ? `\\k<${name}>` : `(?<${name}>.+?)`,
  );
  return { key, pattern: new RegExp(`^${source}$`) };
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const DETAILS: Rule[] = [
  ...[
    'crossSite',
    'signInRequired',
    'csrf',
    'adminOnly',
    'signInWrong',
    'emailTaken',
    'emailTakenField',
    'noStaff',
    'lastAdmin',
    'disableSelf',
    'tooLarge',
    'reportTooLong',
    'notJson',
    'noFields',
    'exportContacts',
    'fileEmpty',
    'noRecords',
    'importRace',
    'needThemes',
    'needActions',
    'tooManySignIns',
    'tooManyAttempts',
    'tryAgain',
    'noEndpoint',
  ].map(exact),
  ...[
    'importMax',
    'csvUnreadable',
    'unknownColumns',
    'editConflict',
    'wrongStatus',
    'flagsRemain',
    'checkFields',
  ].map(withVars),
];

const TITLES: Record<string, string> = {
  'Sign-in failed': 'title.signInFailed',
  'Edit conflict': 'title.editConflict',
  'Cannot publish yet': 'title.cannotPublish',
  'Safeguarding flags remain': 'title.flagsRemain',
};

/** One message from the server (a `detail` or a field message), in the interface's language. */
export function localiseProblemText(text: string): string {
  for (const rule of DETAILS) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    // The varying parts (numbers, names, lists) are kept as the server wrote them, except
    // words from a known vocabulary, which are translated too.
    const vars: Vars = { ...m.groups };
    if (rule.key === 'wrongStatus') Object.assign(vars, statusWords(vars));
    return t(`problems.${rule.key}`, vars);
  }
  return text;
}

const STATUSES = new Set(['pending', 'published', 'rejected', 'archived']);
/** The server's past participles ("cannot be published"), by decision. */
const DECISIONS: Record<string, string> = {
  published: 'publish',
  rejected: 'reject',
  archived: 'archive',
  unpublished: 'unpublish',
  restored: 'restore',
};

/**
 * The English words the server fills into "This entry is {status}, so it cannot be
 * {decision}..." (statuses, a decision, "pending or published"), as the interface names them.
 * English keeps the server's sentence as it is.
 */
function statusWords(vars: Vars): Vars {
  if (locale() === 'en') return {};
  const status = (s: string) => (STATUSES.has(s) ? t(`staff.status.${s}`) : s);
  const decision = String(vars.decision);
  const allowed = String(vars.allowed).split(' or ').map(status);
  return {
    status: status(String(vars.status)),
    decision: decision in DECISIONS ? t(`staff.decision.${DECISIONS[decision]}`) : decision,
    allowed: new Intl.ListFormat(locale(), { type: 'disjunction' }).format(allowed),
  };
}

/** A problem's `title`, in the interface's language. */
export function localiseProblemTitle(status: number, title: string): string {
  const byStatus = `title.${status}`;
  const key =
    TITLES[title] ?? (messages[byStatus as keyof typeof messages] === title ? byStatus : '');
  return key ? t(`problems.${key}`) : title;
}

/** Field messages (`errors`), each in the interface's language. */
export function localiseFieldErrors(errors: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, list]) => [field, list.map(localiseProblemText)]),
  );
}
