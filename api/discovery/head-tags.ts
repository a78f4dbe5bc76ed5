import { localizedPath, type LanguageCode } from '../../contract/languages.ts';
import { initiativeSlugOf } from '../../contract/page-paths.ts';
import { feedsFor } from '../feeds/feeds.service.ts';
import type { PublicItem } from '../initiatives/read-model.ts';
import type { Deps } from '../lib/context.ts';
import { isEmbedPath } from '../lib/framing.ts';
import { ATTRIBUTION, LICENCE_URL } from '../lib/open-data.ts';
import { escapeXml } from '../lib/site-url.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../previews/card.ts';
import { initiativeCardVersion, mapCard } from '../previews/previews.service.ts';

/** `path` is the page's path without its language prefix; `lang` that language (default en). */
export type PageRequest = { path: string; search: string; origin: string; lang?: LanguageCode };

/** Attribute text: the same numeric character references as the shell's escapeHtml. */
const attr = escapeXml;

/** JSON inside <script>: `<` escaped so no text can close the element. */
function jsonLd(data: unknown): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">${json}</script>`;
}

function initiativeLd(
  origin: string,
  item: PublicItem,
  image: string,
  themes: string[],
  lang: LanguageCode,
) {
  const page = `${origin}${localizedPath(lang, `/initiatives/${item.slug}`)}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url: page,
    name: item.title,
    description: item.summary,
    image,
    inLanguage: lang,
    ...(item.publishedAt ? { datePublished: item.publishedAt } : {}),
    license: LICENCE_URL,
    isPartOf: { '@type': 'WebSite', name: ATTRIBUTION, url: `${origin}/` },
    ...(item.sourceUrl ? { isBasedOn: item.sourceUrl } : {}),
    about: {
      '@type': 'Project',
      name: item.title,
      description: item.summary,
      keywords: themes.join(', '),
      ...(item.year ? { foundingDate: String(item.year) } : {}),
      ...(item.link ? { sameAs: item.link } : {}),
      location: {
        '@type': 'Place',
        name: [item.locality, item.countryName].filter(Boolean).join(', '),
        address: {
          '@type': 'PostalAddress',
          addressCountry: item.country,
          ...(item.locality ? { addressLocality: item.locality } : {}),
        },
        // The country's central point is not the initiative's place: only a real place is given.
        ...(item.approximate
          ? {}
          : { geo: { '@type': 'GeoCoordinates', latitude: item.lat, longitude: item.lon } }),
      },
    },
  };
}

function siteLd(origin: string, description: string, image: string) {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: ATTRIBUTION, url: `${origin}/`, description },
      {
        '@type': 'Dataset',
        name: `${ATTRIBUTION}: child-led initiatives to end violence against children`,
        description:
          'Initiatives led by children and young people to end violence against children, ' +
          'around the world: what they do, where, on which themes, with the public source of each.',
        url: `${origin}/`,
        image,
        license: LICENCE_URL,
        isAccessibleForFree: true,
        creator: { '@type': 'Organization', name: ATTRIBUTION, url: `${origin}/` },
        spatialCoverage: { '@type': 'Place', name: 'Worldwide' },
        distribution: [
          {
            '@type': 'DataDownload',
            encodingFormat: 'text/csv',
            contentUrl: `${origin}/api/initiatives.csv`,
          },
          {
            '@type': 'DataDownload',
            encodingFormat: 'application/geo+json',
            contentUrl: `${origin}/api/initiatives.geojson`,
          },
        ],
      },
    ],
  };
}

/**
 * What the page shell adds to <head> for link previews and discovery: Open Graph and
 * Twitter card tags with a generated image, schema.org JSON-LD, the canonical address and
 * the Atom feeds. Only published initiatives are ever named (they come from the read model).
 */
export function discoveryTags(
  req: PageRequest,
  deps: Deps,
  page: { title: string; description: string },
): string {
  const { origin, path } = req;
  if (path.startsWith('/staff')) return '';
  const snapshot = deps.readModel.current();
  const slug = initiativeSlugOf(path);
  const item = slug ? snapshot.bySlug.get(slug) : undefined;
  const themeLabels = new Map(snapshot.meta.themes.map((t) => [t.code, t.label]));

  const image = item
    ? `${origin}/api/previews/initiatives/${item.slug}?v=${initiativeCardVersion(snapshot, item)}`
    : `${origin}/api/previews/map?v=${mapCard(snapshot).version}`;
  const imageAlt = item
    ? `${item.title}: ${[item.locality, item.countryName].filter(Boolean).join(', ')}`
    : mapCard(snapshot).card.headline;
  const lang = req.lang ?? 'en';
  const canonical = `${origin}${localizedPath(lang, item ? `/initiatives/${item.slug}` : path)}`;

  let tags =
    `<meta property="og:site_name" content="${ATTRIBUTION}">` +
    `<meta property="og:url" content="${attr(canonical)}">` +
    `<meta property="og:image" content="${attr(image)}">` +
    `<meta property="og:image:type" content="image/png">` +
    `<meta property="og:image:width" content="${CARD_WIDTH}">` +
    `<meta property="og:image:height" content="${CARD_HEIGHT}">` +
    `<meta property="og:image:alt" content="${attr(imageAlt)}">` +
    `<meta name="twitter:card" content="summary_large_image">` +
    `<meta name="twitter:title" content="${attr(page.title)}">` +
    `<meta name="twitter:description" content="${attr(page.description)}">` +
    `<meta name="twitter:image" content="${attr(image)}">` +
    `<meta name="twitter:image:alt" content="${attr(imageAlt)}">`;
  if (isEmbedPath(path)) {
    // The embedded map repeats the map page; search engines should list the map itself.
    tags += '<meta name="robots" content="noindex">';
  } else {
    tags += `<link rel="canonical" href="${attr(canonical)}">`;
  }
  for (const feed of feedsFor(path === '/' || isEmbedPath(path) ? req.search : '', snapshot)) {
    tags += `<link rel="alternate" type="application/atom+xml" title="${attr(feed.title)}" href="${attr(feed.href)}">`;
  }
  tags += jsonLd(
    item
      ? initiativeLd(
          origin,
          item,
          image,
          item.themes.map((t) => themeLabels.get(t) ?? t),
          lang,
        )
      : siteLd(origin, page.description, image),
  );
  return tags;
}
