import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { Initiative } from '../../../contract/initiatives.ts';
import { t } from '../../i18n/i18n.ts';
import { loadRelated } from './use-initiative.ts';

/** Initiatives from the same country or with the same main theme. */
export function RelatedInitiatives({ item }: { item: Initiative }) {
  const [related, setRelated] = useState<{ slug: string; items: Initiative[] } | null>(null);
  useEffect(() => {
    let live = true;
    loadRelated(item).then(
      (items) => live && setRelated({ slug: item.slug, items }),
      () => live && setRelated({ slug: item.slug, items: [] }),
    );
    return () => {
      live = false;
    };
  }, [item]);
  if (!related || related.slug !== item.slug) return null;
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title">{t('initiative.related')}</h2>
      {related.items.length === 0 ? (
        <p className="muted">{t('initiative.relatedNone')}</p>
      ) : (
        <>
          <p className="muted">{t('initiative.relatedWhy')}</p>
          <ul className="related-list">
            {related.items.map((r) => (
              <li key={r.slug}>
                <Link href={`/initiatives/${r.slug}`}>{r.title}</Link>
                <span className="muted">
                  {' '}
                  · {[r.locality, r.countryName].filter(Boolean).join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
