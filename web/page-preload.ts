import type { LanguageCode } from '../contract/languages.ts';
import { prefetchInitiative } from './features/initiative/use-initiative.ts';
import { preloadMapExplorer } from './features/map/preload.ts';
import { loadMessages } from './i18n/i18n.ts';
import { loadMeta } from './lib/reference-data.ts';

/**
 * A first visit starts its page's code, text and data as soon as the app's own code runs,
 * beside the text every page needs, instead of one after the other once React has rendered
 * (page code, then its text, then its data: a round trip each on a slow network). The same
 * imports and loads as the page's own (app.tsx), so each is asked for once. Errors are left
 * to the page, which shows them. `rest` is the path without its language prefix.
 */
export function preloadPage(rest: string, lang: LanguageCode): void {
  const ignore = () => undefined;
  if (rest === '/') return preloadMapExplorer('map', lang);
  // Slugs are lower-case letters, digits and hyphens: anything else is left to the page.
  const initiative = /^\/initiatives\/([a-z0-9-]+)\/?$/.exec(rest);
  if (initiative?.[1]) {
    import('./features/initiative/initiative-page.tsx').catch(ignore);
    loadMessages('initiative', lang).catch(ignore);
    loadMeta(lang).catch(ignore);
    prefetchInitiative(initiative[1], lang);
  } else if (/^\/tell\/?$/.test(rest)) {
    import('./features/submit/tell-page.tsx').catch(ignore);
    loadMessages('tell', lang).catch(ignore);
    loadMeta(lang).catch(ignore);
  } else if (/^\/insights\/?$/.test(rest)) {
    import('./features/insights/insights-page.tsx').catch(ignore);
    loadMessages('insights', lang).catch(ignore);
    loadMeta(lang).catch(ignore);
  } else if (/^\/(about|privacy)\/?$/.test(rest)) {
    loadMessages('pages', lang).catch(ignore);
  }
}
