import { useEffect, useState } from 'react';
import { t } from '../i18n/i18n.ts';
import { api } from '../lib/api-client.ts';

type Contact = { email: string | null; url: string | null; officeWebsite: string };

/** The office's website, also shown when the contact details cannot be loaded. */
const OFFICE_WEBSITE = 'https://violenceagainstchildren.un.org/';

function ContactWays() {
  const [contact, setContact] = useState<Contact | 'failed'>();
  useEffect(() => {
    const ctrl = new AbortController();
    api.get<Contact>('/contact', undefined, { signal: ctrl.signal }).then(setContact, () => {
      if (!ctrl.signal.aborted) setContact('failed');
    });
    return () => ctrl.abort();
  }, []);
  if (!contact) {
    return (
      <p className="contact-ways" role="status">
        {t('contact.loading')}
      </p>
    );
  }
  const website = contact === 'failed' ? OFFICE_WEBSITE : contact.officeWebsite;
  const direct = contact !== 'failed' && (contact.email || contact.url);
  return (
    <div className="contact-ways">
      {contact === 'failed' ? <p>{t('contact.loadFailed')}</p> : null}
      {contact !== 'failed' && !direct ? <p>{t('contact.noDirect')}</p> : null}
      <dl>
        {contact !== 'failed' && contact.email ? (
          <>
            <dt>{t('contact.emailLabel')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </>
        ) : null}
        {contact !== 'failed' && contact.url ? (
          <>
            <dt>{t('contact.urlLabel')}</dt>
            <dd>
              <a href={contact.url}>{contact.url}</a>
            </dd>
          </>
        ) : null}
        <dt>{t('contact.websiteLabel')}</dt>
        <dd>
          <a href={website}>{new URL(website).host}</a>
        </dd>
      </dl>
    </div>
  );
}

/** Who runs the map and how to reach the office: the contact set by configuration. */
export function ContactPage() {
  useEffect(() => {
    document.title = t('contact.pageTitle');
  }, []);
  return (
    <main id="main" className="page narrow contact-page">
      <h1>{t('contact.title')}</h1>
      <p>{t('contact.owner')}</p>
      <ContactWays />
      <h2>{t('contact.childrenTitle')}</h2>
      <p>{t('contact.children')}</p>
      <h2>{t('contact.storyTitle')}</h2>
      <p>{t('contact.story')}</p>
      <h2>{t('contact.dangerTitle')}</h2>
      <p>{t('contact.danger')}</p>
    </main>
  );
}
