import { useSyncExternalStore } from 'react';
import type { LanguageCode } from '../../contract/languages.ts';
import { locale, onLocaleChange } from './i18n.ts';

/**
 * The interface's language, re-rendering the component when it changes: data fetched in a
 * language (the API's labels) is fetched again in the new one.
 */
export function useLocale(): LanguageCode {
  return useSyncExternalStore(onLocaleChange, locale, locale);
}
