import Hand from 'lucide-react/icons/hand';
import { useId, useMemo } from 'react';
import { safeguardingFlags, type FlagKind } from '../../../contract/safeguarding.ts';
import { Icon } from '../../components/ui/icon.tsx';
import { t } from '../../i18n/i18n.ts';
import './personal-details-check.css';

type Text = {
  title?: string;
  summary?: string;
  organization?: string;
  locality?: string;
  link?: string;
  quote?: string;
};

/**
 * Runs the server's own safeguarding detector (contract/safeguarding.ts) on what the child
 * wrote and, before anything is sent, says kindly what to take out and why. It never blocks
 * sending: the server flags the same pieces for staff.
 */
export function PersonalDetailsCheck({
  values,
  labels,
}: {
  values: Text;
  /** The form's label for each checked field, as the child sees it. */
  labels: Partial<Record<keyof Text, string>>;
}) {
  const id = useId();
  const flags = useMemo(
    () =>
      safeguardingFlags({
        title: values.title,
        summary: values.summary,
        organization: values.organization,
        locality: values.locality,
        link: values.link,
        quote: values.quote,
      }),
    [values.title, values.summary, values.organization, values.locality, values.link, values.quote],
  );
  const kinds = [...new Set(flags.map((f) => f.kind))] as FlagKind[];
  return (
    // The live region stays in the page so that a new finding is announced politely.
    <div aria-live="polite" aria-atomic="true">
      {flags.length > 0 ? (
        <section className="tell-personal" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>
            <Icon icon={Hand} />
            {t('safeguarding.title')}
          </h2>
          <p>{t('safeguarding.intro')}</p>
          <ul>
            {flags.map((f) => (
              <li key={`${f.field}|${f.kind}|${f.match}`}>
                {t(`safeguarding.item.${f.kind}`, {
                  field: labels[f.field as keyof Text] ?? f.field,
                  match: f.match,
                })}
              </li>
            ))}
          </ul>
          {kinds.map((k) => (
            <p key={k}>{t(`safeguarding.why.${k}`)}</p>
          ))}
          <p>{t('safeguarding.outro')}</p>
        </section>
      ) : null}
    </div>
  );
}
