import { lazy, type ComponentType } from 'react';
import type { LanguageCode } from '../../contract/languages.ts';

/**
 * React.lazy for a page, with `preload` to start its code (and text, in the page's language,
 * as the interface's may not be set yet) before React renders (web/page-preload.ts). A page whose code is already here renders in the first pass instead
 * of suspending: React.lazy takes a thenable that answers at once, so the app's first render
 * never puts a loading message in place of the server's first paint for a frame.
 */
export function lazyPage<P extends object>(
  load: (lang?: LanguageCode) => Promise<ComponentType<P>>,
) {
  let ready: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = (lang?: LanguageCode): Promise<ComponentType<P>> => {
    pending ??= load(lang).then(
      (page) => (ready = page),
      (error: unknown) => {
        // A failed load (offline) may be tried again by the next visit to the page.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Page = lazy(() => {
    if (ready) {
      const module = { default: ready };
      // Answers at once, where a resolved promise would answer only after React has suspended.
      return { then: (resolve: (m: typeof module) => void) => resolve(module) } as Promise<
        typeof module
      >;
    }
    return preload().then((page) => ({ default: page }));
  });
  return { Page, preload };
}
