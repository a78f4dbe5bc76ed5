import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { DEFAULT_LANGUAGE, localizedPath } from '../../contract/languages.ts';
import type { AppEnv } from '../lib/context.ts';
import { isEmbedPath } from '../lib/framing.ts';
import { enabledLanguages } from './messages.ts';
import { LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE, negotiateLanguage } from './negotiate.ts';

/**
 * Language addresses of the web app's pages (decision 120):
 * - `/en` and `/en/...` redirect to the unprefixed English address and save the choice
 *   (except the embedded map, `/en/embed`, framed on other sites as it is);
 * - `/` is answered in the saved language (the `lang` cookie), else the browser's
 *   (Accept-Language), else English: another language is a 302 to its prefix (`/fr/`), and
 *   both answers vary on those headers. An explicit prefix (`/fr/...`) always wins.
 */
export function languageRedirects(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = c.req.path;
    const search = new URL(c.req.url).search;
    const english = /^\/en(\/.*)?$/.exec(path);
    // The embedded map keeps `/en/embed` as is: it is framed on other sites, and not listed.
    if (english && !isEmbedPath(path)) {
      setCookie(c, LANGUAGE_COOKIE, DEFAULT_LANGUAGE, {
        path: '/',
        maxAge: LANGUAGE_COOKIE_MAX_AGE,
        sameSite: 'Lax',
      });
      c.header('Cache-Control', 'no-cache');
      return c.redirect(`${english[1] || '/'}${search}`, 302);
    }
    if (path !== '/') return next();
    c.header('Vary', 'Accept-Language, Cookie');
    const lang = negotiateLanguage(
      getCookie(c, LANGUAGE_COOKIE),
      c.req.header('Accept-Language'),
      enabledLanguages(),
    );
    if (lang === DEFAULT_LANGUAGE) return next();
    c.header('Cache-Control', 'no-cache');
    return c.redirect(`${localizedPath(lang, '/')}${search}`, 302);
  };
}
