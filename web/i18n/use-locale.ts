import { useSyncExternalStore } from 'react';
import { locale, onLocaleChange } from './i18n.ts';

/** The interface's language; the component renders again when it changes. */
export function useLocale() {
  return useSyncExternalStore(onLocaleChange, locale, locale);
}
