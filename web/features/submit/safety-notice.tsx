import ShieldCheck from 'lucide-react/icons/shield-check';
import { Icon } from '../../components/ui/icon.tsx';
import { t } from '../../i18n/i18n.ts';

export function SafetyNotice({ compact = false }: { compact?: boolean }) {
  return (
    <section className="tell-safety" aria-labelledby={compact ? undefined : 'tell-safety-heading'}>
      {compact ? null : (
        <h2 id="tell-safety-heading">
          <Icon icon={ShieldCheck} size={24} />
          {t('submit.safetyTitle')}
        </h2>
      )}
      <ul>
        <li>{t('submit.safety1')}</li>
        <li>{t('submit.safety2')}</li>
        <li>{t('submit.safety3')}</li>
        <li>{t('submit.safety4')}</li>
      </ul>
      <p className="tell-strong">{t('submit.noPersonalData')}</p>
    </section>
  );
}
