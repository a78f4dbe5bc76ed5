import type { Catalogue } from '../i18n.ts';

export const common = {
  appName: 'Participation Map',
  tagline: 'Children and young people acting to end violence',
  skipToContent: 'Skip to main content',
  navMap: 'Map',
  navTell: "Let's tell the world",
  navAbout: 'About',
  navPrivacy: 'Privacy',
  navStaff: 'Staff',
  navPrimary: 'Main',
  openData: 'Open data (CSV)',
  apiDocs: 'API for partners',
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  /** The children's own words (kept verbatim, in their language) and who said them. */
  quoteMarks: '“{quote}”',
  quoteBy: '— {who}',
  quoteByGroup: 'the group',
  notFoundTitle: 'Page not found',
  notFoundBody: 'We could not find this page. It may have moved, or the link may be incomplete.',
  backToMap: 'Back to the map',
  errorTitle: 'Something went wrong',
  errorBody:
    'Sorry, this part of the page could not be shown. Please reload the page or try again later.',
  reload: 'Reload the page',
  offline: 'You seem to be offline. Check your connection and try again.',
  serverError: 'The server could not answer just now. Please try again in a moment.',
  footerNote:
    'Every initiative on this map is led by children and young people. Entries come from public sources or from the groups themselves, and staff check each one before it is shown.',
} satisfies Catalogue;
