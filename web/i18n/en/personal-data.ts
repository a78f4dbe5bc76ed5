import type { Catalogue } from '../i18n.ts';

/** Staff workspace: erasing an entry's personal data (admins) and safeguarding confirmations. */
export const personalData = {
  erase: 'Erase personal data',
  eraseTitle: 'Erase the personal data of “{title}”?',
  eraseExplain:
    'This deletes the contact email and replaces every e-mail address, phone number, street address and name that the safeguarding check finds, in the entry itself, its rejection reason, concern notes and its whole history, with a note such as “[phone number removed]”. It cannot be undone. The history records that you did it, without the removed details.',
  eraseAlsoLabel: 'Also remove these words (optional, one per line)',
  eraseAlsoHint:
    'For a name or detail the check did not recognise, for example an unusual name. Each is replaced with “[removed]”.',
  eraseConfirm: 'Erase',
  erased:
    'Personal data erased: contact email {contact}, {history} history record(s) and {fields} field(s) of the entry changed.',
  contactDeleted: 'deleted',
  contactNone: 'none to delete',
  flagsRefused:
    'The server found safeguarding flags in this text. Check them, then confirm below to go ahead.',
  confirmChecked: 'I checked the flagged details and want to make this public anyway',
  importFlags: 'Flags: {flags}',
  importConfirm: 'I checked the flagged rows and want to import them anyway',
} satisfies Catalogue;
