import type { Catalogue } from '../i18n.ts';

/**
 * Messages from the server (problem+json `title` and `detail`, and field messages), keyed so
 * they can be translated like the rest of the interface. The English text is the server's
 * own, word for word: web/i18n/problems.ts recognises a server message and swaps in the
 * message of the visitor's language; a message it does not know is shown as the server sent it.
 */
export const problems = {
  'title.400': 'Invalid request',
  'title.401': 'Sign-in required',
  'title.403': 'Not allowed',
  'title.404': 'Not found',
  'title.405': 'Method not allowed',
  'title.409': 'Conflict',
  'title.413': 'Request too large',
  'title.415': 'Unsupported media type',
  'title.422': 'Unprocessable content',
  'title.429': 'Too many requests',
  'title.500': 'Something went wrong',
  'title.signInFailed': 'Sign-in failed',
  'title.editConflict': 'Edit conflict',
  'title.cannotPublish': 'Cannot publish yet',
  'title.flagsRemain': 'Safeguarding flags remain',

  crossSite: 'This request came from another site, so it was refused.',
  signInRequired: 'Please sign in to the staff workspace.',
  csrf: 'The security token of this page is missing or out of date. Reload the page and try again.',
  adminOnly: 'Only an administrator can do this.',
  signInWrong: 'The email or password is not right. Check both and try again.',
  emailTaken: 'A staff account with this email already exists.',
  emailTakenField: 'A staff account with this email already exists',
  noStaff: 'There is no staff account with this id.',
  lastAdmin: 'This is the last active administrator. Make someone else an administrator first.',
  disableSelf: 'You cannot disable your own account.',
  tooLarge: 'This request is larger than allowed.',
  reportTooLong: 'This report is longer than allowed.',
  notJson: 'The body must be JSON.',
  noFields: 'Send a JSON object with the fields to change.',
  exportContacts: 'Only an administrator can export contact details.',
  fileEmpty: 'The file is empty.',
  noRecords: 'The file has no records.',
  importMax: 'Import at most {max} records at a time.',
  importRace: 'An entry changed during the import. Nothing was imported; run it again.',
  csvUnreadable: 'This CSV file cannot be read: {reason}',
  unknownColumns: 'Unknown column(s): {unknown}. Use the catalogue columns: {columns}.',
  editConflict:
    'Someone else changed this entry after you opened it (you edited version {mine}; it is now version {theirs}). Your changes were not saved. Reload the entry to see the latest version, then make your changes again.',
  wrongStatus:
    'This entry is {status}, so it cannot be {decision}. It can be {decision} only when {allowed}.',
  needThemes: 'An entry needs 1 to 3 themes.',
  needActions: 'An entry needs 1 or 2 types of action.',
  flagsRemain:
    'This entry still has {count} safeguarding flag(s): {flags}. Edit them out, or confirm that you checked them and publish anyway.',
  tooManySignIns: 'Too many sign-in attempts. Please wait a minute and try again.',
  tooManyAttempts: 'Too many attempts. Please wait a minute and try again.',
  checkFields: 'Please check: {fields}.',
  tryAgain: 'Please try again in a moment.',
  noEndpoint: 'There is no API endpoint at this address. See /api/docs.',
} satisfies Catalogue;
