import { useEffect } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n/i18n.ts';

export function NotFound({ title = t('common.notFoundTitle'), body = t('common.notFoundBody') }) {
  useEffect(() => {
    document.title = `${title} · ${t('common.appName')}`;
  }, [title]);
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link href="/" className="button">
          {t('common.backToMap')}
        </Link>
      </p>
    </main>
  );
}
