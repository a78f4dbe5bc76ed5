import ArrowLeft from 'lucide-react/icons/arrow-left';
import ArrowRight from 'lucide-react/icons/arrow-right';
import Rocket from 'lucide-react/icons/rocket';
import { useEffect, useRef, type FormEvent, type RefObject } from 'react';
import { Link } from 'wouter';
import { Icon } from '../../components/ui/icon.tsx';
import { t } from '../../i18n/i18n.ts';
import { CheckStep } from './check-step.tsx';
import { PersonalDetailsCheck } from './personal-details-check.tsx';
import { SafetyNotice } from './safety-notice.tsx';
import './submit.css';
import {
  AboutStep,
  ActionsStep,
  ContactStep,
  personalLabels,
  ThemesStep,
  WhereStep,
  WhoStep,
} from './tell-steps.tsx';
import { ThankYou } from './thank-you.tsx';
import { useCountries } from './use-countries.ts';
import { useSendSubmission, type SendState } from './use-send-submission.ts';
import { ALL_FIELDS, useTellDraft, type TellDraft } from './use-tell-draft.ts';
import { STEP_FIELDS } from './validation.ts';

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

export function TellPage() {
  const submission = useSendSubmission();
  const { send } = submission;
  const form = useTellDraft({ keep: send.kind !== 'sent', onEdit: submission.clearFailure });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const { countries, retry } = useCountries();
  const { values, step, goTo } = form;

  useEffect(() => {
    const name = step >= 0 && step <= LAST ? ` · ${t(`submit.${STEP_NAMES[step]}`)}` : '';
    document.title = `${t('submit.pageTitle')}${name} · ${t('common.appName')}`;
    // Move focus to the new heading, except on first arrival.
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [step, send.kind]);

  function next(e: FormEvent) {
    e.preventDefault();
    if (form.check(STEP_FIELDS[step] ?? [])) goTo(step + 1);
  }

  async function sendNow(e: FormEvent) {
    e.preventDefault();
    if (!form.check(ALL_FIELDS)) return;
    await submission.sendDraft(form.draft, form.showServerErrors);
  }

  if (send.kind === 'sent') {
    return (
      <ThankYou
        reference={send.reference}
        onAnother={() => {
          form.startAnother();
          submission.reset();
        }}
      />
    );
  }

  if (step < 0 || step > LAST) return <TellIntro headingRef={headingRef} onStart={() => goTo(0)} />;

  return (
    <main id="main" className="page narrow tell">
      <p className="tell-page-name">{t('submit.pageTitle')}</p>
      <TellProgress step={step} />
      {form.welcomeBack ? (
        <WelcomeBack
          form={form}
          onStartOver={() => {
            form.startOver();
            submission.reset();
          }}
        />
      ) : null}

      <form noValidate onSubmit={step === LAST ? sendNow : next} className="tell-form">
        <h1 ref={headingRef} tabIndex={-1} className="tell-step-heading">
          {stepHeading(step)}
        </h1>

        {step === 0 ? <AboutStep form={form} /> : null}
        {step === 1 ? <WhereStep form={form} countries={countries} retry={retry} /> : null}
        {step === 2 ? <ThemesStep form={form} /> : null}
        {step === 3 ? <ActionsStep form={form} /> : null}
        {step === 4 ? <WhoStep form={form} /> : null}
        {step === 5 ? <ContactStep form={form} /> : null}
        {step === LAST ? <PersonalDetailsCheck values={values} labels={personalLabels()} /> : null}
        {step === LAST ? (
          <CheckStep
            values={values}
            countries={Array.isArray(countries) ? countries : []}
            onChange={goTo}
            consentError={form.errorOf('consent')}
            onConsent={(consent) => {
              form.update({ consent });
              form.touch('consent');
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
            onChange={(e) => form.update({ website: e.target.value })}
          />
        </div>

        {send.kind === 'failed' ? (
          <div className="tell-send-error" role="alert">
            <p>{send.message}</p>
          </div>
        ) : null}

        <TellNav step={step} send={send} onBack={() => goTo(step - 1)} />
      </form>
    </main>
  );
}

function TellIntro({
  headingRef,
  onStart,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  onStart: () => void;
}) {
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
      <button type="button" className="button tell-primary" onClick={onStart}>
        {t('submit.start')}
      </button>
    </main>
  );
}

function TellProgress({ step }: { step: number }) {
  const stepName = t(`submit.${STEP_NAMES[step]}`);
  return (
    <div className="tell-progress">
      <p id="tell-progress-label">
        {t('submit.progress', { step: step + 1, total: LAST + 1, name: stepName })}
      </p>
      <div className="tell-progress-bar" aria-hidden="true">
        <span style={{ inlineSize: `${((step + 1) / (LAST + 1)) * 100}%` }} />
      </div>
    </div>
  );
}

/** Greets a child whose draft was restored, with a way to throw it away and start again. */
function WelcomeBack(p: {
  form: Pick<TellDraft, 'confirmReset' | 'setConfirmReset'>;
  onStartOver: () => void;
}) {
  const { confirmReset, setConfirmReset } = p.form;
  return (
    <div className="tell-notice" role="status">
      <p>{t('submit.draftRestored')}</p>
      {confirmReset ? (
        <p className="tell-row">
          <span>{t('submit.startOverConfirm')}</span>
          <button type="button" className="button secondary" onClick={p.onStartOver}>
            {t('submit.startOver')}
          </button>
          <button type="button" className="button secondary" onClick={() => setConfirmReset(false)}>
            {t('common.close')}
          </button>
        </p>
      ) : (
        <button type="button" className="button secondary" onClick={() => setConfirmReset(true)}>
          {t('submit.startOver')}
        </button>
      )}
    </div>
  );
}

function TellNav(p: { step: number; send: SendState; onBack: () => void }) {
  const sending = p.send.kind === 'sending';
  return (
    <div className="tell-nav">
      {p.step > 0 ? (
        <button type="button" className="button secondary" onClick={p.onBack}>
          <Icon icon={ArrowLeft} className="icon-flip" />
          {t('submit.back')}
        </button>
      ) : null}
      {p.step < LAST ? (
        <button type="submit" className="button tell-primary">
          {t('submit.next')}
          <Icon icon={ArrowRight} className="icon-flip" />
        </button>
      ) : (
        <button
          type="submit"
          className="button tell-primary"
          disabled={sending}
          aria-disabled={sending ? true : undefined}
        >
          {sending ? t('submit.sending') : t('submit.send')}
          <Icon icon={Rocket} />
        </button>
      )}
    </div>
  );
}

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
