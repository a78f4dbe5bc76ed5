import { t } from '../../i18n/i18n.ts';

/**
 * The children's own words, verbatim and in the original language, with who said them: the
 * group, or "a member, aged 14" as staff wrote it (never a name). Renders nothing without one.
 */
export function ChildrenQuote({
  quote,
  quoteBy,
  className,
}: {
  quote: string | null;
  quoteBy: string | null;
  className?: string;
}) {
  if (!quote) return null;
  return (
    <figure className={['children-quote', className].filter(Boolean).join(' ')}>
      <blockquote>
        <p>{t('common.quoteMarks', { quote })}</p>
      </blockquote>
      <figcaption>{t('common.quoteBy', { who: quoteBy ?? t('common.quoteByGroup') })}</figcaption>
    </figure>
  );
}
