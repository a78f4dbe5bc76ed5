import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { PrivacyFacts } from '../../contract/privacy.ts';
import { t } from '../i18n/i18n.ts';
import { api } from '../lib/api-client.ts';

const SECTIONS = [
  'collect',
  'email',
  'retention',
  'child',
  'review',
  'network',
  'draft',
  'language',
  'rights',
] as const;

/** A plain statement of what is kept and why. */
export function PrivacyPage() {
  const [days, setDays] = useState<number | null>(null);
  useEffect(() => {
    document.title = `${t('privacy.title')} · ${t('common.appName')}`;
    let live = true;
    // The retention is the server's setting (CONTACT_RETENTION_DAYS), so it is asked for.
    api.get<PrivacyFacts>('/privacy').then(
      (f) => live && setDays(f.contactRetentionDays),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  const text = (s: (typeof SECTIONS)[number]) =>
    s !== 'retention'
      ? t(`privacy.${s}`)
      : days === null
        ? t('privacy.retentionUnknown')
        : t('privacy.retention', { count: days });
  return (
    <main id="main" className="page narrow">
      <h1>{t('privacy.title')}</h1>
      <p>{t('privacy.intro')}</p>
      {SECTIONS.map((s) => (
        <section key={s} aria-labelledby={`privacy-${s}`}>
          <h2 id={`privacy-${s}`}>{t(`privacy.${s}Title`)}</h2>
          <p>{text(s)}</p>
        </section>
      ))}
      <p>
        <Link href="/contact">{t('contact.askOffice')}</Link>
      </p>
    </main>
  );
}
