import { registerMessages, type Catalogue } from '../i18n.ts';

/** The page of one initiative. */
export const initiative = {
  backToMap: 'Back to the map',
  loading: 'Loading the initiative…',
  notFoundTitle: 'Initiative not found',
  notFoundBody:
    'There is no published initiative at this address. It may have been renamed or withdrawn. You can find all current initiatives on the map.',
  loadError: 'This initiative could not be loaded.',
  loadErrorHelp: 'Check your internet connection, then try again.',
  details: 'Details',
  country: 'Country',
  place: 'Place',
  placeApproximate: 'The exact place is not known; the map shows the country.',
  placeUnknown: 'Not given',
  region: 'Region',
  /** `year` is the year the initiative started, not when a source was published. */
  year: 'Started',
  since: 'Since {year}',
  yearUnknown: 'Not known',
  organization: 'Organization',
  organizationNone: 'Not given',
  themes: 'Themes',
  actions: 'Types of action',
  sourceHeading: 'Public source',
  sourceIntro: 'This entry is based on a public source, checked by staff before publishing:',
  sourceOpens: '(opens the original publication in a new tab)',
  noSource:
    'This entry was shared by the group itself and reviewed by staff before it was published.',
  groupLink: 'The group’s own page',
  share: 'Share',
  copyLink: 'Copy link',
  copied: 'Link copied. You can paste it anywhere.',
  copyFailed: 'Your browser did not let us copy. Select the address below and copy it:',
  shareLinkLabel: 'Link to this initiative',
  locator: 'Location',
  locatorLabel: 'Small map showing {place}',
  locatorApproximate: 'Small map showing {place} (country only)',
  openOnMap: 'Show on the big map',
  related: 'Related initiatives',
  relatedNone: 'No related initiatives yet.',
  relatedWhy: 'Same country or same main theme.',
  concernHeading: 'Something wrong with this entry?',
} satisfies Catalogue;

registerMessages('initiative', initiative);
