import type { LanguageCode } from '../../../contract/languages.ts';

/**
 * Saves the visitor's choice of language for a year, so `/` opens in it next time
 * (the server reads it; stated on the privacy page). Functional, no personal data.
 */
export function saveLanguageChoice(code: LanguageCode): void {
  document.cookie = `lang=${code}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
}
