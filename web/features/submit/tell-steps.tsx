import Bird from 'lucide-react/icons/bird';
import Handshake from 'lucide-react/icons/handshake';
import HeartHandshake from 'lucide-react/icons/heart-handshake';
import HeartPulse from 'lucide-react/icons/heart-pulse';
import House from 'lucide-react/icons/house';
import Landmark from 'lucide-react/icons/landmark';
import Lightbulb from 'lucide-react/icons/lightbulb';
import Link2Off from 'lucide-react/icons/link-2-off';
import Luggage from 'lucide-react/icons/luggage';
import Megaphone from 'lucide-react/icons/megaphone';
import Scale from 'lucide-react/icons/scale';
import School from 'lucide-react/icons/school';
import ScrollText from 'lucide-react/icons/scroll-text';
import Search from 'lucide-react/icons/search';
import SearchCheck from 'lucide-react/icons/search-check';
import ShieldCheck from 'lucide-react/icons/shield-check';
import Smartphone from 'lucide-react/icons/smartphone';
import Sprout from 'lucide-react/icons/sprout';
import type { LucideIcon } from 'lucide-react';
import {
  AGE_RANGES,
  CHILD_LED,
  GROUP_SIZES,
  LIMITS,
  QUOTE_MAX_WORDS,
  ACTION_CODES,
  THEME_CODES,
} from '../../../contract/vocabulary.ts';
import { Icon } from '../../components/ui/icon.tsx';
import { t } from '../../i18n/i18n.ts';
import { ChoiceGroup, FieldError, fieldId, TextField } from './fields.tsx';
import { PersonalDetailsCheck } from './personal-details-check.tsx';
import { PlacePicker } from './place-picker.tsx';
import { SafetyNotice } from './safety-notice.tsx';
import type { Country } from './use-countries.ts';
import type { TellDraft } from './use-tell-draft.ts';

const THEME_ICONS: Record<string, LucideIcon> = {
  'mental-health': HeartPulse,
  bullying: Handshake,
  'online-safety': Smartphone,
  misinformation: SearchCheck,
  'sexual-violence': ShieldCheck,
  trafficking: Link2Off,
  'children-on-the-move': Luggage,
  climate: Sprout,
  'sustainable-development': House,
  peacebuilding: Bird,
  gender: Scale,
  'home-school-violence': School,
  justice: ScrollText,
};
const ACTION_ICONS: Record<string, LucideIcon> = {
  awareness: Megaphone,
  'peer-support': HeartHandshake,
  advocacy: Search,
  'decision-making': Landmark,
  innovation: Lightbulb,
};

/** What every step reads from and writes to the draft. */
export type StepProps = { form: Pick<TellDraft, 'values' | 'update' | 'touch' | 'errorOf'> };

/** The fields the personal-details check reads, named as the form labels them. */
export const personalLabels = () => ({
  title: t('submit.titleLabel'),
  summary: t('submit.summaryLabel'),
  organization: t('submit.organizationLabel'),
  locality: t('submit.localityLabel'),
  link: t('submit.linkLabel'),
  quote: t('submit.quoteLabel'),
});

export function AboutStep({ form: { values, update, touch, errorOf } }: StepProps) {
  return (
    <>
      <SafetyNotice compact />
      <TextField
        name="title"
        label={t('submit.titleLabel')}
        hint={t('submit.titleHint')}
        value={values.title}
        onChange={(v) => update({ title: v })}
        onBlur={() => touch('title')}
        error={errorOf('title')}
        min={LIMITS.title.min}
        max={LIMITS.title.max}
      />
      <TextField
        name="summary"
        label={t('submit.summaryLabel')}
        hint={t('submit.summaryHint')}
        value={values.summary}
        onChange={(v) => update({ summary: v })}
        onBlur={() => touch('summary')}
        error={errorOf('summary')}
        multiline
        min={LIMITS.summary.min}
        max={LIMITS.summary.max}
      />
      <TextField
        name="quote"
        label={t('submit.quoteLabel')}
        hint={t('submit.quoteHint', { max: QUOTE_MAX_WORDS })}
        value={values.quote}
        onChange={(v) => update({ quote: v })}
        onBlur={() => touch('quote')}
        error={errorOf('quote')}
        multiline
        optional
        max={LIMITS.quote.max}
      />
      <TextField
        name="organization"
        label={t('submit.organizationLabel')}
        hint={t('submit.organizationHint')}
        value={values.organization}
        onChange={(v) => update({ organization: v })}
        onBlur={() => touch('organization')}
        error={errorOf('organization')}
        optional
        max={LIMITS.organization.max}
      />
      <PersonalDetailsCheck values={values} labels={personalLabels()} />
    </>
  );
}

export function WhereStep({
  form: { values, update, touch, errorOf },
  countries,
  retry,
}: StepProps & { countries: Country[] | 'error' | undefined; retry: () => void }) {
  const currentYear = new Date().getFullYear();
  return (
    <>
      <div className={`tell-field${errorOf('country') ? ' has-error' : ''}`}>
        <label htmlFor={fieldId('country')} className="tell-label">
          {t('submit.countryLabel')}
        </label>
        {countries === 'error' ? (
          <p className="tell-notice" role="alert">
            {t('submit.countriesFailed')}{' '}
            <button type="button" className="button secondary" onClick={retry}>
              {t('common.retry')}
            </button>
          </p>
        ) : null}
        <select
          id={fieldId('country')}
          value={values.country}
          onChange={(e) => update({ country: e.target.value, locality: '', lat: null, lon: null })}
          onBlur={() => touch('country')}
          aria-describedby={`${fieldId('country')}-error`}
          aria-invalid={errorOf('country') ? true : undefined}
          aria-required
        >
          <option value="">{t('submit.countryChoose')}</option>
          {Array.isArray(countries)
            ? countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))
            : values.country && <option value={values.country}>{values.country}</option>}
        </select>
        <FieldError name="country" error={errorOf('country')} />
      </div>
      <PlacePicker
        country={values.country}
        locality={values.locality}
        picked={values.lat !== null}
        onType={(v) => update({ locality: v, lat: null, lon: null })}
        onPick={(place) => update({ locality: place.name, lat: place.lat, lon: place.lon })}
        onBlur={() => touch('locality')}
        error={errorOf('locality')}
      />
      <div className="tell-field">
        <label htmlFor={fieldId('year')} className="tell-label">
          {t('submit.yearLabel')}
          <span className="tell-optional"> {t('submit.optional')}</span>
        </label>
        <select
          id={fieldId('year')}
          value={values.year}
          onChange={(e) => update({ year: e.target.value })}
          aria-describedby={`${fieldId('year')}-error`}
        >
          <option value="">{t('submit.yearNotSure')}</option>
          {Array.from({ length: currentYear - LIMITS.year.min + 1 }, (_, i) => (
            <option key={i} value={String(currentYear - i)}>
              {currentYear - i}
            </option>
          ))}
        </select>
        <FieldError name="year" error={errorOf('year')} />
      </div>
    </>
  );
}

export function ThemesStep({ form: { values, update, touch, errorOf } }: StepProps) {
  return (
    <ChoiceGroup
      name="themes"
      legend={t('submit.themesHint')}
      options={THEME_CODES.map((c) => ({
        value: c,
        label: t(`submit.theme.${c}`),
        icon: THEME_ICONS[c] && <Icon icon={THEME_ICONS[c]} size={28} />,
      }))}
      multiple
      max={LIMITS.themes.max}
      selected={values.themes}
      onChange={(themes) => {
        update({ themes });
        touch('themes');
      }}
      status={t('submit.themesCount', { count: values.themes.length })}
      error={errorOf('themes')}
    />
  );
}

export function ActionsStep({ form: { values, update, touch, errorOf } }: StepProps) {
  return (
    <ChoiceGroup
      name="actions"
      legend={t('submit.actionsHint')}
      options={ACTION_CODES.map((c) => ({
        value: c,
        label: t(`submit.action.${c}`),
        icon: ACTION_ICONS[c] && <Icon icon={ACTION_ICONS[c]} size={28} />,
      }))}
      multiple
      max={LIMITS.actions.max}
      selected={values.actions}
      onChange={(actions) => {
        update({ actions });
        touch('actions');
      }}
      status={t('submit.actionsCount', { count: values.actions.length })}
      error={errorOf('actions')}
    />
  );
}

export function WhoStep({ form: { values, update, errorOf } }: StepProps) {
  return (
    <>
      <ChoiceGroup
        name="ageRange"
        legend={t('submit.ageRangeLabel')}
        options={AGE_RANGES.map((v) => ({ value: v, label: t(`submit.ageRange.${v}`) }))}
        selected={values.ageRange ? [values.ageRange] : []}
        onChange={([v]) => update({ ageRange: v ?? '' })}
        error={errorOf('ageRange')}
      />
      <ChoiceGroup
        name="groupSize"
        legend={t('submit.groupSizeLabel')}
        options={GROUP_SIZES.map((v) => ({ value: v, label: t(`submit.groupSize.${v}`) }))}
        selected={values.groupSize ? [values.groupSize] : []}
        onChange={([v]) => update({ groupSize: v ?? '' })}
        error={errorOf('groupSize')}
      />
      <ChoiceGroup
        name="childLed"
        legend={t('submit.childLedLabel')}
        options={CHILD_LED.map((v) => ({ value: v, label: t(`submit.childLed.${v}`) }))}
        selected={values.childLed ? [values.childLed] : []}
        onChange={([v]) => update({ childLed: v ?? '' })}
        error={errorOf('childLed')}
      />
    </>
  );
}

export function ContactStep({ form: { values, update, touch, errorOf } }: StepProps) {
  return (
    <>
      <TextField
        name="contactEmail"
        label={t('submit.contactEmailLabel')}
        hint={t('submit.contactEmailHint')}
        value={values.contactEmail}
        onChange={(v) => update({ contactEmail: v })}
        onBlur={() => touch('contactEmail')}
        error={errorOf('contactEmail')}
        optional
        type="email"
        inputMode="email"
        autoComplete="email"
      />
      <TextField
        name="link"
        label={t('submit.linkLabel')}
        hint={t('submit.linkHint')}
        value={values.link}
        onChange={(v) => update({ link: v })}
        onBlur={() => touch('link')}
        error={errorOf('link')}
        optional
        type="url"
        inputMode="url"
        max={LIMITS.link.max}
      />
    </>
  );
}
