import { textLanguage } from '../../components/ui/text-language.ts';
import { t } from '../../i18n/i18n.ts';
import type { DraftValues } from './draft.ts';
import { FieldError, fieldId } from './fields.tsx';
import { SafetyNotice } from './safety-notice.tsx';
import type { Country } from './use-countries.ts';

/** The last step: every answer with a way back to change it, then consent. */
export function CheckStep(p: {
  values: DraftValues;
  countries: Country[];
  onChange: (step: number) => void;
  consentError?: string;
  onConsent: (consent: boolean) => void;
}) {
  const v = p.values;
  const none = t('submit.notGiven');
  const country = p.countries.find((c) => c.code === v.country)?.name ?? v.country;
  // The child's title and summary, in the language they chose on the first step.
  const written = textLanguage(v.textLanguage || undefined);
  const rows: { step: number; label: string; value: string; lang?: typeof written }[] = [
    { step: 0, label: t('submit.titleLabel'), value: v.title, lang: written },
    { step: 0, label: t('submit.summaryLabel'), value: v.summary, lang: written },
    { step: 0, label: t('submit.quoteLabel'), value: v.quote || none },
    { step: 0, label: t('submit.organizationLabel'), value: v.organization || none },
    {
      step: 1,
      label: t('submit.stepWhere'),
      value: [v.locality, country].filter(Boolean).join(', ') || none,
    },
    { step: 1, label: t('submit.yearLabel'), value: v.year || none },
    {
      step: 2,
      label: t('submit.stepThemes'),
      value: v.themes.map((c) => t(`submit.theme.${c}`)).join('; ') || none,
    },
    {
      step: 3,
      label: t('submit.stepActions'),
      value: v.actions.map((c) => t(`submit.action.${c}`)).join('; ') || none,
    },
    {
      step: 4,
      label: t('submit.stepWho'),
      value:
        [
          v.ageRange && t(`submit.ageRange.${v.ageRange}`),
          v.groupSize && t(`submit.groupSize.${v.groupSize}`),
          v.childLed && t(`submit.childLed.${v.childLed}`),
        ]
          .filter(Boolean)
          .join('; ') || none,
    },
    { step: 5, label: t('submit.contactEmailLabel'), value: v.contactEmail || none },
    { step: 5, label: t('submit.linkLabel'), value: v.link || none },
  ];
  const id = fieldId('consent');
  return (
    <>
      <p>{t('submit.checkIntro')}</p>
      <dl className="tell-review">
        {rows.map((r, i) => (
          <div key={i} className="tell-review-row">
            <dt>{r.label}</dt>
            <dd {...r.lang}>{r.value}</dd>
            <dd>
              <button
                type="button"
                className="tell-link-button"
                onClick={() => p.onChange(r.step)}
                aria-label={t('submit.changeStep', { name: r.label })}
              >
                {t('submit.change')}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <SafetyNotice compact />
      <p className="tell-hint" id={`${id}-reuse`}>
        {t('submit.openDataNote')}
      </p>
      <div className={`tell-consent${p.consentError ? ' has-error' : ''}`}>
        <input
          id={id}
          type="checkbox"
          checked={v.consent}
          onChange={(e) => p.onConsent(e.target.checked)}
          aria-describedby={`${id}-reuse ${id}-error`}
          aria-invalid={p.consentError ? true : undefined}
          aria-required
        />
        <label htmlFor={id}>{t('submit.consentLabel')}</label>
      </div>
      <FieldError name="consent" error={p.consentError} />
      <p className="tell-hint">{t('submit.whatHappens')}</p>
    </>
  );
}
