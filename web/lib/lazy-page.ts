import { lazy, type ComponentType } from 'react';
import type { LanguageCode, MessageGroup } from '../../contract/languages.ts';
import { loadMessages } from '../i18n/i18n.ts';

/**
 * React.lazy for a page: its code and its groups of text, loaded together. `preload` starts
 * them before React renders (web/page-preload.ts), the text in the page's language, as the
 * interface's may not be set yet. A page whose code and text are already here renders in the
 * first pass instead of suspending: React.lazy takes a thenable that answers at once, so the
 * app's first render never puts a loading message in place of the server's first paint.
 */
export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
  groups: readonly MessageGroup[] = [],
) {
  let ready: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = (lang?: LanguageCode): Promise<ComponentType<P>> => {
    pending ??= Promise.all([load(), ...groups.map((group) => loadMessages(group, lang))]).then(
      ([page]) => (ready = page),
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
