import { useEffect, type ReactNode } from 'react';
import { Router, useLocation } from 'wouter';
import { localizedPath, splitLanguagePath } from '../../contract/languages.ts';
import { Loading } from '../components/ui/loading.tsx';
import { availableLocales, setLocale } from './i18n.ts';
import { useLocale } from './use-locale.ts';

/**
 * The address's language prefix (`/fr/...`) sets the interface's language, and the pages
 * inside route without it (`<Router base="/fr">`), so every link keeps the language. A change
 * of address to another language (the switcher, Back) switches once its text is loaded.
 */
export function LanguageRouter({ children }: { children: ReactNode }) {
  const [path] = useLocation();
  const wanted = splitLanguagePath(path, availableLocales()).lang;
  const active = useLocale();
  useEffect(() => {
    setLocale(wanted).catch(() => undefined);
  }, [wanted]);
  if (wanted !== active) return <Loading fill />;
  return (
    <Router key={active} base={localizedPath(active, '/').replace(/\/$/, '')}>
      {children}
    </Router>
  );
}
