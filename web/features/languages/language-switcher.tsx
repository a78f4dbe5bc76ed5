import { Languages } from 'lucide-react';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { LANGUAGES, localizedPath, type LanguageCode } from '../../../contract/languages.ts';
import { Icon } from '../../components/ui/icon.tsx';
import { availableLocales, locale, preloadLocale, t } from '../../i18n/i18n.ts';
import { saveLanguageChoice } from './language-choice.ts';
import './language-switcher.css';

/** After a switch the page is drawn anew: focus returns to the switcher, not the top. */
let refocus = false;

/**
 * The language switcher in the header: each language by its own name (with its `lang`), as
 * links to the same view in that language (path, filters, selected entry), so a choice can
 * also be opened in a new tab or shared. Choosing one saves it (the `lang` cookie) and
 * switches without reloading the page once its text is in.
 */
export function LanguageSwitcher() {
  const [path] = useLocation();
  const search = useSearch();
  const current = locale();
  const summary = useRef<HTMLElement>(null);
  const enabled = availableLocales();
  const languages = LANGUAGES.filter((l) => enabled.includes(l.code));
  const currentName = LANGUAGES.find((l) => l.code === current)?.autonym ?? current;

  useEffect(() => {
    if (refocus) {
      refocus = false;
      summary.current?.focus();
    }
  }, []);

  if (languages.length < 2) return null;
  const hrefOf = (code: LanguageCode) =>
    `${localizedPath(code, path)}${search ? `?${search}` : ''}${typeof window === 'undefined' ? '' : window.location.hash}`;

  const choose = (code: LanguageCode) => async (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const href = hrefOf(code);
    saveLanguageChoice(code);
    if (code === current) return;
    await preloadLocale(code).catch(() => undefined);
    refocus = true;
    window.history.pushState(null, '', href);
  };

  return (
    <details
      className="language-switcher"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !e.currentTarget.open) return;
        e.currentTarget.open = false;
        summary.current?.focus();
      }}
    >
      <summary ref={summary}>
        <Icon icon={Languages} />
        <span className="visually-hidden">{t('common.language')}: </span>
        <span lang={current}>{currentName}</span>
      </summary>
      <ul aria-label={t('common.language')}>
        {languages.map((l) => (
          <li key={l.code}>
            <a
              href={hrefOf(l.code)}
              lang={l.code}
              hrefLang={l.code}
              dir={l.dir}
              aria-current={l.code === current ? 'true' : undefined}
              onClick={choose(l.code)}
            >
              {l.autonym}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
