import type { LanguageCode } from '../contract/languages.ts';
import { initiativeSlugOf } from '../contract/page-paths.ts';
import { prefetchInitiative } from './features/initiative/use-initiative.ts';
import { loadExplorerData } from './features/map/explorer-data.ts';
import { preloadMapExplorer } from './features/map/preload.ts';
import { loadMeta } from './lib/reference-data.ts';
import * as pages from './page-modules.ts';

/**
 * A first visit starts its page's code, text and data as soon as the app's own code runs,
 * beside the text every page needs, instead of one after the other once React has rendered
 * (page code, then its text, then its data: a round trip each on a slow network). The same
 * loads as the page's own (page-modules.ts, app.tsx), so each is asked for once; a page whose
 * code is in when the app first renders is drawn in that render. Errors are left
 * to the page, which shows them. `rest` is the path without its language prefix.
 *
 * Settles when what the page's first render needs is here (the map's code and data, an
 * initiative's code, text, labels and entry, the form's code and text): where the server
 * painted the page first (api/lib/first-paint.ts), the app waits for this, so it replaces that
 * paint with the same content, not with a loading message.
 */
export function preloadPage(rest: string, lang: LanguageCode): Promise<unknown> {
  const ignore = () => undefined;
  if (rest === '/') {
    preloadMapExplorer('map', lang);
    return Promise.all([pages.map.preload(lang), loadExplorerData(lang)]);
  }
  // A path that is not an initiative's is left to the page.
  const slug = initiativeSlugOf(rest);
  if (slug) {
    return Promise.all([
      pages.initiative.preload(lang),
      loadMeta(lang),
      prefetchInitiative(slug, lang),
    ]);
  }
  if (/^\/tell\/?$/.test(rest)) {
    // The countries are for the form's second step: not waited for.
    loadMeta(lang).catch(ignore);
    return pages.tell.preload(lang);
  }
  if (/^\/insights\/?$/.test(rest)) {
    pages.insights.preload(lang).catch(ignore);
    loadMeta(lang).catch(ignore);
  } else if (/^\/about\/?$/.test(rest)) {
    pages.about.preload(lang).catch(ignore);
  } else if (/^\/privacy\/?$/.test(rest)) {
    pages.privacy.preload(lang).catch(ignore);
  }
  return Promise.resolve();
}
