import { registerMessages, type Catalogue } from '../i18n.ts';

/** Open data and partners: downloads of a view, its feed, the embeddable map and its code. */
export const openData = {
  // On the map page, under the list
  viewHeading: 'Use this view',
  viewIntro: {
    one: 'The {count} initiative shown with these filters:',
    other: 'The {count} initiatives shown with these filters:',
  },
  downloadCsv: 'Download CSV (spreadsheet)',
  downloadGeoJson: 'Download GeoJSON (for maps)',
  feed: 'Follow new initiatives (Atom feed)',
  embedOpen: 'Embed this map',
  licence:
    'Open data under CC BY 4.0: credit “Participation Map”. Each entry keeps its source link.',
  licenceLink: 'Terms of reuse',
  // The dialog
  embedTitle: 'Embed this map on your site',
  embedIntro:
    'Copy this code into your web page. It shows the map and list with the filters you chose, and a link to the full map.',
  embedHeight: 'Height in pixels',
  embedHeightHint: 'From {min} to {max}. The width follows your page.',
  embedLanguage: 'Language',
  embedCode: 'Code to copy',
  embedCopy: 'Copy the code',
  embedCopied: 'The code is copied.',
  embedCopyFailed: 'Copying did not work. Select the code and copy it yourself.',
  embedPreview: 'Open the embedded map in a new tab',
  embedFrameTitle: 'Participation Map: child-led initiatives to end violence',
  embedClose: 'Close',
  // The embedded map itself
  embedHeading: 'Child-led initiatives to end violence',
  openFullMap: 'Open the full map',
  opensNewTab: '(opens in a new tab)',
  embedCredit: 'Participation Map · open data, CC BY 4.0',
} satisfies Catalogue;

registerMessages('openData', openData);
