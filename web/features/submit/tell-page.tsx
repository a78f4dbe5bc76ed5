import ArrowLeft from 'lucide-react/icons/arrow-left';
import ArrowRight from 'lucide-react/icons/arrow-right';
import Bird from 'lucide-react/icons/bird';
import Copy from 'lucide-react/icons/copy';
import Handshake from 'lucide-react/icons/handshake';
import HeartHandshake from 'lucide-react/icons/heart-handshake';
import HeartPulse from 'lucide-react/icons/heart-pulse';
import House from 'lucide-react/icons/house';
import Landmark from 'lucide-react/icons/landmark';
import Lightbulb from 'lucide-react/icons/lightbulb';
import Link2Off from 'lucide-react/icons/link-2-off';
import Luggage from 'lucide-react/icons/luggage';
import Megaphone from 'lucide-react/icons/megaphone';
import PartyPopper from 'lucide-react/icons/party-popper';
import Rocket from 'lucide-react/icons/rocket';
import Scale from 'lucide-react/icons/scale';
import School from 'lucide-react/icons/school';
import ScrollText from 'lucide-react/icons/scroll-text';
import Search from 'lucide-react/icons/search';
import SearchCheck from 'lucide-react/icons/search-check';
import ShieldCheck from 'lucide-react/icons/shield-check';
import Smartphone from 'lucide-react/icons/smartphone';
import Sprout from 'lucide-react/icons/sprout';
import type { LucideIcon } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import type { Meta } from '../../../api/initiatives/initiatives.schema.ts';
import {
  AGE_RANGES,
  CHILD_LED,
  GROUP_SIZES,
  LIMITS,
  QUOTE_MAX_WORDS,
  SUBMISSION_ACTIONS,
  SUBMISSION_THEMES,
  type Created,
  type SubmissionField,
} from '../../../api/submissions/submissions.schema.ts';
import { Icon } from '../../components/ui/icon.tsx';
import { locale, t } from '../../i18n/i18n.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { api, ApiError, serverTime } from '../../lib/api-client.ts';
import {
  clearDraft,
  emptyValues,
  loadDraft,
  saveDraft,
  toBody,
  type Draft,
  type DraftValues,
} from './draft.ts';
import { ChoiceGroup, FieldError, fieldId, TextField } from './fields.tsx';
import { PersonalDetailsCheck } from './personal-details-check.tsx';
import { PlacePicker } from './place-picker.tsx';
import './submit.css';
import { STEP_FIELDS, validateFields } from './validation.ts';

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

const STEP_NAMES = [
  'stepAbout',
  'stepWhere',
  'stepThemes',
  'stepActions',
  'stepWho',
  'stepContact',
  'stepCheck',
] as const;
const LAST = STEP_NAMES.length - 1;
const ALL_FIELDS = STEP_FIELDS.flat();

type Country = { code: string; name: string };
type SendState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'failed'; message: string }
  | { kind: 'sent'; reference: string };

function newDraft(): Draft {
  return { values: emptyValues(), step: -1, startedAt: Date.now() };
}

function useCountries() {
  const lang = useLocale();
  const [countries, setCountries] = useState<Country[] | 'error' | undefined>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    api
      .get<Meta>('/meta', { lang })
      .then((meta) => {
        if (!live) return;
        let names: Intl.DisplayNames | undefined;
        try {
          names = new Intl.DisplayNames([lang], { type: 'region' });
        } catch {
          names = undefined;
        }
        const collator = new Intl.Collator(lang);
        setCountries(
          meta.countries
            .map((c) => ({ code: c.code, name: names?.of(c.code) ?? c.name }))
            .sort((a, b) => collator.compare(a.name, b.name)),
        );
      })
      .catch(() => live && setCountries('error'));
    return () => {
      live = false;
    };
  }, [attempt, lang]);
  return { countries, retry: () => setAttempt((n) => n + 1) };
}

export function TellPage() {
  const [restored] = useState(loadDraft);
  const [draft, setDraft] = useState<Draft>(() => restored ?? newDraft());
  const [welcomeBack, setWelcomeBack] = useState(Boolean(restored && restored.step >= 0));
  const [confirmReset, setConfirmReset] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<Partial<Record<string, string>>>({});
  const [send, setSend] = useState<SendState>({ kind: 'idle' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const { countries, retry } = useCountries();

  const { values, step } = draft;
  const errors = useMemo(() => validateFields(values, ALL_FIELDS), [values]);

  useEffect(() => {
    if (send.kind !== 'sent') saveDraft(draft);
  }, [draft, send.kind]);

  useEffect(() => {
    const name = step >= 0 && step <= LAST ? ` · ${t(`submit.${STEP_NAMES[step]}`)}` : '';
    document.title = `${t('submit.pageTitle')}${name} · ${t('common.appName')}`;
    // Move focus to the new heading, except on first arrival.
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [step, send.kind]);

  const update = (patch: Partial<DraftValues>) => {
    setDraft((d) => ({ ...d, values: { ...d.values, ...patch } }));
    setServerErrors((e) => {
      const next = { ...e };
      for (const k of Object.keys(patch)) delete next[k];
      return next;
    });
    if (send.kind === 'failed') setSend({ kind: 'idle' });
  };
  const touch = (...fields: string[]) => setTouched((s) => new Set([...s, ...fields]));
  const errorOf = (f: SubmissionField) =>
    serverErrors[f] ?? (touched.has(f) ? errors[f] : undefined);
  const goTo = (n: number) => {
    setDraft((d) => ({ ...d, step: n }));
    // "Welcome back" greets the return, on the step where it happened; not on every later one.
    setWelcomeBack(false);
    setConfirmReset(false);
  };

  function focusField(field: string) {
    // After React has shown the step that holds the field.
    setTimeout(() => {
      const el = document.getElementById(fieldId(field));
      const target = el instanceof HTMLFieldSetElement ? (el.querySelector('input') ?? el) : el;
      target?.focus();
    }, 0);
  }

  function next(e: FormEvent) {
    e.preventDefault();
    const fields = STEP_FIELDS[step] ?? [];
    touch(...fields);
    const first = fields.find((f) => errors[f] || serverErrors[f]);
    if (first) return focusField(first);
    goTo(step + 1);
  }

  async function sendNow(e: FormEvent) {
    e.preventDefault();
    touch(...ALL_FIELDS);
    const firstBad = ALL_FIELDS.find((f) => errors[f] || serverErrors[f]);
    if (firstBad) {
      const at = STEP_FIELDS.findIndex((fs) => fs.includes(firstBad));
      if (at !== step) goTo(at);
      return focusField(firstBad);
    }
    setSend({ kind: 'sending' });
    try {
      // The anti-spam check reads the start time on the server's clock (decision 071).
      const startedAt = await serverTime(draft.startedAt);
      const created = await api.post<Created>('/submissions', toBody(values, startedAt, locale()));
      clearDraft();
      setSend({ kind: 'sent', reference: created.reference });
    } catch (err) {
      setSend({ kind: 'failed', message: failureMessage(err) });
      if (err instanceof ApiError && err.status === 400 && err.errors) {
        const mapped: Record<string, string> = {};
        for (const key of Object.keys(err.errors)) {
          const field = key.split('.')[0] as SubmissionField;
          if ((ALL_FIELDS as string[]).includes(field)) {
            mapped[field] = errors[field] ?? t(`submit.error.invalid`);
          }
        }
        setServerErrors(mapped);
        const first = ALL_FIELDS.find((f) => mapped[f]);
        if (first) {
          goTo(STEP_FIELDS.findIndex((fs) => fs.includes(first)));
          focusField(first);
        }
      }
    }
  }

  function startOver() {
    clearDraft();
    setDraft({ ...newDraft(), step: 0 });
    setTouched(new Set());
    setServerErrors({});
    setSend({ kind: 'idle' });
    setWelcomeBack(false);
    setConfirmReset(false);
  }

  if (send.kind === 'sent') {
    return (
      <ThankYou
        reference={send.reference}
        onAnother={() => {
          setDraft(newDraft());
          setSend({ kind: 'idle' });
          setTouched(new Set());
        }}
      />
    );
  }

  if (step < 0 || step > LAST) {
    return (
      <main id="main" className="page narrow tell" tabIndex={-1}>
        <h1 ref={headingRef} tabIndex={-1}>
          {t('submit.pageTitle')}
        </h1>
        <p className="tell-lead">{t('submit.intro')}</p>
        <p>{t('submit.introTime')}</p>
        <SafetyNotice />
        <section className="tell-card" aria-labelledby="tell-next-heading">
          <h2 id="tell-next-heading">{t('submit.whatHappensTitle')}</h2>
          <p>{t('submit.whatHappens')}</p>
          <p>{t('submit.whatIsKept')}</p>
          <p>
            <Link href="/privacy">{t('submit.privacyLink')}</Link>
          </p>
        </section>
        <button type="button" className="button tell-primary" onClick={() => goTo(0)}>
          {t('submit.start')}
        </button>
      </main>
    );
  }

  const stepName = t(`submit.${STEP_NAMES[step]}`);
  const currentYear = new Date().getFullYear();

  return (
    <main id="main" className="page narrow tell">
      <p className="tell-page-name">{t('submit.pageTitle')}</p>
      <div className="tell-progress">
        <p id="tell-progress-label">
          {t('submit.progress', { step: step + 1, total: LAST + 1, name: stepName })}
        </p>
        <div className="tell-progress-bar" aria-hidden="true">
          <span style={{ inlineSize: `${((step + 1) / (LAST + 1)) * 100}%` }} />
        </div>
      </div>

      {welcomeBack ? (
        <div className="tell-notice" role="status">
          <p>{t('submit.draftRestored')}</p>
          {confirmReset ? (
            <p className="tell-row">
              <span>{t('submit.startOverConfirm')}</span>
              <button type="button" className="button secondary" onClick={startOver}>
                {t('submit.startOver')}
              </button>
              <button
                type="button"
                className="button secondary"
                onClick={() => setConfirmReset(false)}
              >
                {t('common.close')}
              </button>
            </p>
          ) : (
            <button
              type="button"
              className="button secondary"
              onClick={() => setConfirmReset(true)}
            >
              {t('submit.startOver')}
            </button>
          )}
        </div>
      ) : null}

      <form noValidate onSubmit={step === LAST ? sendNow : next} className="tell-form">
        <h1 ref={headingRef} tabIndex={-1} className="tell-step-heading">
          {stepHeading(step)}
        </h1>

        {step === 0 ? (
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
        ) : null}

        {step === 1 ? (
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
                onChange={(e) =>
                  update({ country: e.target.value, locality: '', lat: null, lon: null })
                }
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
        ) : null}

        {step === 2 ? (
          <ChoiceGroup
            name="themes"
            legend={t('submit.themesHint')}
            options={SUBMISSION_THEMES.map((c) => ({
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
        ) : null}

        {step === 3 ? (
          <ChoiceGroup
            name="actions"
            legend={t('submit.actionsHint')}
            options={SUBMISSION_ACTIONS.map((c) => ({
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
        ) : null}

        {step === 4 ? (
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
        ) : null}

        {step === 5 ? (
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
        ) : null}

        {step === LAST ? <PersonalDetailsCheck values={values} labels={personalLabels()} /> : null}
        {step === LAST ? (
          <CheckStep
            values={values}
            countries={Array.isArray(countries) ? countries : []}
            onChange={goTo}
            consentError={errorOf('consent')}
            onConsent={(consent) => {
              update({ consent });
              touch('consent');
            }}
          />
        ) : null}

        {/* Honeypot: hidden from people and assistive technology; bots fill every field. */}
        <div className="tell-hp" aria-hidden="true">
          <label htmlFor="tell-website">Website</label>
          <input
            id="tell-website"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={values.website}
            onChange={(e) => update({ website: e.target.value })}
          />
        </div>

        {send.kind === 'failed' ? (
          <div className="tell-send-error" role="alert">
            <p>{send.message}</p>
          </div>
        ) : null}

        <div className="tell-nav">
          {step > 0 ? (
            <button type="button" className="button secondary" onClick={() => goTo(step - 1)}>
              <Icon icon={ArrowLeft} className="icon-flip" />
              {t('submit.back')}
            </button>
          ) : null}
          {step < LAST ? (
            <button type="submit" className="button tell-primary">
              {t('submit.next')}
              <Icon icon={ArrowRight} className="icon-flip" />
            </button>
          ) : (
            <button
              type="submit"
              className="button tell-primary"
              disabled={send.kind === 'sending'}
              aria-disabled={send.kind === 'sending' ? true : undefined}
            >
              {send.kind === 'sending' ? t('submit.sending') : t('submit.send')}
              <Icon icon={Rocket} />
            </button>
          )}
        </div>
      </form>
    </main>
  );
}

/** The fields the personal-details check reads, named as the form labels them. */
const personalLabels = () => ({
  title: t('submit.titleLabel'),
  summary: t('submit.summaryLabel'),
  organization: t('submit.organizationLabel'),
  locality: t('submit.localityLabel'),
  link: t('submit.linkLabel'),
  quote: t('submit.quoteLabel'),
});

function stepHeading(step: number): string {
  const keys = [
    'aboutHeading',
    'whereHeading',
    'themesHeading',
    'actionsHeading',
    'whoHeading',
    'contactHeading',
    'checkHeading',
  ];
  return t(`submit.${keys[step]}`);
}

function failureMessage(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return t('submit.sendOffline');
    if (err.status === 429) return t('submit.sendTooMany', { seconds: err.retryAfter ?? 60 });
    if (err.status === 400) return t('submit.sendInvalid');
  }
  return t('submit.sendServer');
}

function SafetyNotice({ compact = false }: { compact?: boolean }) {
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

function CheckStep(p: {
  values: DraftValues;
  countries: Country[];
  onChange: (step: number) => void;
  consentError?: string;
  onConsent: (consent: boolean) => void;
}) {
  const v = p.values;
  const none = t('submit.notGiven');
  const country = p.countries.find((c) => c.code === v.country)?.name ?? v.country;
  const rows: { step: number; label: string; value: string }[] = [
    { step: 0, label: t('submit.titleLabel'), value: v.title },
    { step: 0, label: t('submit.summaryLabel'), value: v.summary },
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
            <dd>{r.value}</dd>
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

function ThankYou({ reference, onAnother }: { reference: string; onAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'' | 'copied' | 'failed'>('');
  useEffect(() => {
    document.title = `${t('submit.thanksHeading')} · ${t('common.appName')}`;
    heading.current?.focus();
  }, []);
  async function copy() {
    try {
      // Absent outside a secure context (plain http); then the child is told to copy by hand.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(reference);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <main id="main" className="page narrow tell">
      <div className="tell-thanks">
        <p className="tell-big-icon">
          <Icon icon={PartyPopper} size={56} />
        </p>
        <h1 ref={heading} tabIndex={-1}>
          {t('submit.thanksHeading')}
        </h1>
        <p>{t('submit.thanksBody')}</p>
        <p className="tell-label">{t('submit.referenceLabel')}</p>
        <p className="tell-reference" data-testid="reference">
          {reference}
        </p>
        <p className="tell-row tell-copy">
          <button type="button" className="button secondary" onClick={() => void copy()}>
            <Icon icon={Copy} />
            {t('submit.copyCode')}
          </button>
          <span role="status" data-testid="copy-status" className="tell-hint">
            {copied ? t(copied === 'copied' ? 'submit.codeCopied' : 'submit.copyFailed') : ''}
          </span>
        </p>
        <p className="tell-hint">{t('submit.referenceHint')}</p>
        <p className="tell-hint">{t('submit.savePageHint')}</p>
        <p className="tell-row">
          <Link href={`/tell/status/${reference}`} className="button tell-primary">
            {t('submit.checkStatus')}
          </Link>
          <button type="button" className="button secondary" onClick={onAnother}>
            {t('submit.tellAnother')}
          </button>
        </p>
      </div>
    </main>
  );
}
