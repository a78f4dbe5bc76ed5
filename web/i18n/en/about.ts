import { registerMessages, type Catalogue } from '../i18n.ts';

/** The About page. Facts only; the figures are live counts from the API. */
export const about = {
  title: 'About the Participation Map',
  pageTitle: 'About · Participation Map',
  intro:
    'The Participation Map shows initiatives led by children and young people to end violence against children, around the world: what they do, where, and on which themes.',
  liveCount: {
    one: 'The map shows {count} published initiative in {countries} countries right now.',
    other: 'The map shows {count} published initiatives in {countries} countries right now.',
  },
  liveCountOneCountry: {
    one: 'The map shows {count} published initiative in 1 country right now.',
    other: 'The map shows {count} published initiatives in 1 country right now.',
  },
  howHeading: 'How initiatives get on the map',
  howSources:
    'From public sources: staff find initiatives described in public reports, articles and the websites of organizations, and check each entry against its source before it is published. Every such entry links to the public source it is based on, so you can read the original.',
  howChildren:
    'From children and young people themselves: groups can describe their own initiative with the form “Let’s tell the world”. Staff review every submission before anything is published. Contact details are used only to follow up and are never shown on the map.',
  howTell: 'Tell the world about your initiative',
  howConcern:
    'If something in an entry looks wrong or unsafe, you can report a concern from the initiative’s page, and staff will look at it.',
  useHeading: 'How to use the map',
  useFilters:
    'Filter by theme, type of action, region, country, year or words. Every view has its own address, so you can share exactly what you see.',
  useList:
    'The list next to the map (below it on phones) holds the same initiatives as the map and works fully with a keyboard and screen reader.',
  dataHeading: 'Open data',
  dataIntro:
    'The published entries are open for anyone to reuse. The same filters as on the map can be added to these addresses.',
  dataCsv: 'All published initiatives as CSV (spreadsheet)',
  dataGeoJson: 'All published initiatives as GeoJSON (for maps)',
  dataApi: 'API reference for partners and developers',
  dataFeed: 'New initiatives as an Atom feed (for feed readers)',
  dataView:
    'On the map, “Use this view” under the list gives the CSV, GeoJSON and feed of exactly the initiatives your filters show, and the code to embed that view of the map on your own site.',
  licenceHeading: 'Reusing the data',
  licenceTerms:
    'The published entries (titles, summaries, places, themes, types of action, years) are open data under the Creative Commons Attribution 4.0 International licence (CC BY 4.0). You may copy, share and adapt them, for any purpose, as long as you credit “Participation Map” and link to this site.',
  licenceSources:
    'Each entry keeps the link to the public source it was checked against, or to the group’s own page. Those sources are not covered by this licence and keep their own terms: check them before reusing their text or images.',
  licencePersonal: 'No personal data is ever part of the open data.',
  licenceLink: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  mapHeading: 'About the map itself',
  mapBoundaries:
    'Country shapes come from Natural Earth. The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.',
  mapApproximate:
    'When an entry does not say where exactly it takes place, it is shown at a central point of its country and marked as approximate.',
  privacy: 'How we handle personal data',
} satisfies Catalogue;

registerMessages('about', about);
