import { useEffect } from 'react';
import { Link } from 'wouter';
import '../i18n/en/contact.ts';
import { privacy } from '../i18n/en/privacy.ts';
import { registerMessages, t } from '../i18n/i18n.ts';

registerMessages('privacy', privacy);

const SECTIONS = ['collect', 'email', 'child', 'review', 'network', 'draft', 'rights'] as const;

/** A plain statement of what is kept and why. */
export function PrivacyPage() {
  useEffect(() => {
    document.title = `${t('privacy.title')} · ${t('common.appName')}`;
  }, []);
  return (
    <main id="main" className="page narrow">
      <h1>{t('privacy.title')}</h1>
      <p>{t('privacy.intro')}</p>
      {SECTIONS.map((s) => (
        <section key={s} aria-labelledby={`privacy-${s}`}>
          <h2 id={`privacy-${s}`}>{t(`privacy.${s}Title`)}</h2>
          <p>{t(`privacy.${s}`)}</p>
        </section>
      ))}
      <p>
        <Link href="/contact">{t('contact.askOffice')}</Link>
      </p>
    </main>
  );
}
