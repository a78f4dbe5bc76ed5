import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { languageOf } from '../../../contract/languages.ts';
import { LanguageSwitcher } from '../../features/languages/language-switcher.tsx';
import { locale, t } from '../../i18n/i18n.ts';
import { useRouteFocus } from './use-route-focus.ts';

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [location] = useLocation();
  const active = href === '/' ? location === '/' : location.startsWith(href);
  return (
    <Link href={href} className="nav-link" aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** Header, skip link and footer around every page. Pages render their own <main id="main">. */
export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  useRouteFocus(location);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>
            <span className="brand-name">{t('common.appName')}</span>
            <span className="brand-tagline">{t('common.tagline')}</span>
          </span>
        </Link>
        <nav aria-label={t('common.navPrimary')} className="site-nav">
          <NavLink href="/">{t('common.navMap')}</NavLink>
          <NavLink href="/tell">{t('common.navTell')}</NavLink>
          <NavLink href="/about">{t('common.navAbout')}</NavLink>
        </nav>
        <LanguageSwitcher />
      </header>
      {children}
      <footer className="site-footer">
        <p>{t('common.footerNote')}</p>
        {languageOf(locale()).review !== 'reviewed' && (
          <p className="footer-draft">{t('common.translationDraft')}</p>
        )}
        <p className="footer-owner">{t('contact.ownerShort')}</p>
        <ul className="footer-links">
          <li>
            <Link href="/contact">{t('contact.navContact')}</Link>
          </li>
          <li>
            <Link href="/privacy">{t('common.navPrivacy')}</Link>
          </li>
          <li>
            <a href="/api/initiatives.csv">{t('common.openData')}</a>
          </li>
          <li>
            <a href="/api/docs">{t('common.apiDocs')}</a>
          </li>
          <li>
            <Link href="/staff">{t('common.navStaff')}</Link>
          </li>
        </ul>
      </footer>
    </div>
  );
}
