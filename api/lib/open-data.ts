import type { MiddlewareHandler } from 'hono';

/**
 * The terms under which the published data may be reused, said the same way in the API
 * description, the CSV and GeoJSON downloads and the Atom feed (and in README and /about).
 * The licence covers the catalogue's own text and data: the summaries, titles, places,
 * themes, actions and years the office publishes. Each entry keeps the link to its public
 * source; the sources are not covered and keep their own terms.
 */
export const LICENCE_ID = 'CC-BY-4.0';
export const LICENCE_NAME = 'Creative Commons Attribution 4.0 International (CC BY 4.0)';
export const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';
export const ATTRIBUTION = 'Participation Map';

export const LICENCE_NOTE =
  `The published entries of the ${ATTRIBUTION} (titles, summaries, places, themes, actions, ` +
  `years) may be reused under ${LICENCE_NAME}, ${LICENCE_URL}: credit "${ATTRIBUTION}" and ` +
  'link to it. Each entry keeps the link to the public source it was checked against (or the ' +
  "group's own page); those sources are not covered by this licence and keep their own terms. " +
  'No personal data is ever part of the open data.';

/** RFC 8288 link to the terms of reuse, sent with every open-data download. */
export const LICENCE_LINK = `<${LICENCE_URL}>; rel="license"`;

const DOWNLOADS = /^\/api\/initiatives\.(csv|geojson|atom)$/;

/** Adds the licence link to the CSV, GeoJSON and Atom responses. */
export function licenceLink(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (DOWNLOADS.test(c.req.path) && c.res.status === 200) c.res.headers.set('Link', LICENCE_LINK);
  };
}

/** The API description's licence object (OpenAPI 3.1 allows an SPDX identifier). */
export const OPEN_DATA_LICENCE = { name: `Data: ${LICENCE_NAME}`, identifier: LICENCE_ID };

/** Tags of the public API description, in the order the reference shows them. */
export const API_TAGS = [
  {
    name: 'Initiatives',
    description: 'Published initiatives: list, one, counts, map points and open-data downloads.',
  },
  { name: 'Feeds', description: 'Atom feeds of newly published initiatives.' },
  { name: 'Previews', description: 'Link-preview images (Open Graph and Twitter cards).' },
  { name: 'Reference', description: 'Themes, actions, regions, countries and places.' },
  {
    name: 'Submissions',
    description: '"Let\'s tell the world": children\'s groups describe their own initiative.',
  },
  { name: 'Service', description: 'Health of the service.' },
];
