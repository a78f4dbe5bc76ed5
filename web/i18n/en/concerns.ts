import type { Catalogue } from '../i18n.ts';

/** "Report a concern" on a public initiative page. Plain words for any visitor. */
export const concerns = {
  open: 'Report a concern',
  heading: 'Report a concern about this page',
  intro:
    'Tell us if something here worries you. Our staff will look at it. You do not need an account, and we do not ask who you are.',
  reasonLegend: 'What is the problem?',
  'reason.personal-information': 'It shows personal information (a name, phone, address, face)',
  'reason.child-safety': 'A child may be at risk',
  'reason.inaccurate': 'It is not accurate',
  'reason.inappropriate': 'It is not appropriate',
  'reason.other': 'Something else',
  note: 'Anything else we should know? (optional)',
  noteHint:
    'Please do not write your own or anyone else’s personal details. Up to {max} characters.',
  noteCount: '{count} of {max} characters',
  send: 'Send report',
  sending: 'Sending…',
  cancel: 'Cancel',
  chooseReason: 'Choose what the problem is.',
  thanks: 'Thank you. Our staff will look at this page soon.',
  urgent:
    'If a child is in danger right now, call your local emergency number or a child helpline.',
  tooMany: 'You have sent several reports just now. Please wait a few minutes and try again.',
  failed: 'Your report could not be sent. Please try again.',
} satisfies Catalogue;
