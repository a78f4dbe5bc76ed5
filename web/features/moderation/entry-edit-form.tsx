import { lazy, Suspense, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { slugSchema, type Meta } from '../../../api/initiatives/initiatives.schema.ts';
import { sourceTitleSchema, sourceUrlSchema } from '../../../api/moderation/moderation.schema.ts';
import {
  LIMITS,
  QUOTE_MAX_WORDS,
  quoteBySchema,
  submissionFields,
} from '../../../api/submissions/submissions.schema.ts';
import { t } from '../../i18n/i18n.ts';
import { ApiError } from '../../lib/api-client.ts';
import type { StaffEntry } from './entry-types.ts';
import { errorMessage, isFlagsRefusal, staffApi } from './staff-api.ts';

const PointPicker = lazy(() => import('./point-picker.tsx'));

/** The same field schemas as the submission form, plus the catalogue's slug and source. */
const schemas = {
  slug: slugSchema,
  title: submissionFields.title,
  summary: submissionFields.summary,
  quote: submissionFields.quote,
  quoteBy: quoteBySchema,
  organization: submissionFields.organization,
  country: submissionFields.country,
  locality: submissionFields.locality,
  lat: submissionFields.lat,
  lon: submissionFields.lon,
  year: submissionFields.year,
  link: submissionFields.link,
  sourceUrl: sourceUrlSchema,
  sourceTitle: sourceTitleSchema,
  themes: submissionFields.themes,
  actions: submissionFields.actions,
} satisfies Record<string, z.ZodType>;
type Field = keyof typeof schemas;
type TextField =
  | 'title'
  | 'summary'
  | 'quote'
  | 'quoteBy'
  | 'organization'
  | 'locality'
  | 'link'
  | 'sourceUrl'
  | 'sourceTitle'
  | 'slug';

type Draft = Record<Exclude<Field, 'themes' | 'actions'>, string> & {
  themes: string[];
  actions: string[];
};
type Errors = Partial<Record<Field | '_', string[]>>;

function draftOf(e: StaffEntry): Draft {
  const s = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    slug: e.slug,
    title: e.title,
    summary: e.summary,
    quote: s(e.quote),
    quoteBy: s(e.quoteBy),
    organization: s(e.organization),
    country: e.country,
    locality: s(e.locality),
    lat: s(e.lat),
    lon: s(e.lon),
    year: s(e.year),
    link: s(e.link),
    sourceUrl: s(e.sourceUrl),
    sourceTitle: s(e.sourceTitle),
    themes: e.themes,
    actions: e.actions,
  };
}

/** Form text to the value the API takes: numbers for lat, lon and year; blank optional text null. */
function valueOf(field: Field, d: Draft): unknown {
  const raw = d[field];
  if (Array.isArray(raw)) return raw;
  if (field === 'lat' || field === 'lon' || field === 'year') {
    return raw.trim() === '' ? null : Number(raw.replace(',', '.'));
  }
  if ((field === 'sourceUrl' || field === 'sourceTitle') && raw.trim() === '') return null;
  return raw;
}

function original(field: Field, e: StaffEntry): unknown {
  return valueOf(field, draftOf(e));
}

function check(field: Field, d: Draft): string[] | undefined {
  const r = (schemas[field] as z.ZodType).safeParse(valueOf(field, d));
  return r.success ? undefined : r.error.issues.map((i) => i.message);
}

export function EntryEditForm({
  entry,
  meta,
  onSaved,
  onCancel,
  onReload,
}: {
  entry: StaffEntry;
  meta: Meta | undefined;
  onSaved: (e: StaffEntry) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const [errors, setErrors] = useState<Errors>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Set when the server refuses to make flagged text public without a confirmation.
  const [flagsRefused, setFlagsRefused] = useState(false);
  const [confirmFlags, setConfirmFlags] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();

  const changed = (Object.keys(schemas) as Field[]).filter(
    (f) => JSON.stringify(valueOf(f, draft)) !== JSON.stringify(original(f, entry)),
  );

  const update = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (errors[field]) setErrors({ ...errors, [field]: check(field, next) });
  };

  const country = meta?.countries.find((c) => c.code === draft.country);

  async function save(e: FormEvent) {
    e.preventDefault();
    const found: Errors = {};
    for (const f of changed) {
      const problems = check(f, draft);
      if (problems) found[f] = problems;
    }
    if ((draft.lat.trim() === '') !== (draft.lon.trim() === '')) {
      found.lat = [t('staff.latLonPair')];
    }
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length) {
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    if (!changed.length) {
      onCancel();
      return;
    }
    const body: Record<string, unknown> = {
      version: entry.version,
      ...(flagsRefused && confirmFlags ? { confirmFlags: true } : {}),
    };
    for (const f of changed) body[f] = valueOf(f, draft);
    if (changed.includes('lat') || changed.includes('lon')) {
      body.lat = valueOf('lat', draft);
      body.lon = valueOf('lon', draft);
    }
    setBusy(true);
    try {
      onSaved(await staffApi.patch<StaffEntry>(`/moderation/entries/${entry.id}`, body));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        setConflict(err.detail ?? t('staff.conflict'));
      } else if (isFlagsRefusal(err)) {
        setFlagsRefused(true);
        setFailure(`${t('personalData.flagsRefused')} ${err.detail ?? ''}`);
      } else if (err instanceof ApiError && err.errors) {
        setErrors(err.errors as Errors);
        setFailure(err.detail ?? t('staff.checkFields'));
      } else {
        setFailure(errorMessage(err, t('common.serverError')));
      }
    } finally {
      setBusy(false);
    }
  }

  const field = (
    name: Field,
    label: string,
    input: (props: {
      id: string;
      'aria-invalid': boolean;
      'aria-describedby'?: string;
    }) => ReactNode,
    hint?: string,
  ) => {
    const inputId = `${id}-${name}`;
    const describedBy = [hint ? `${inputId}-hint` : '', errors[name] ? `${inputId}-error` : '']
      .filter(Boolean)
      .join(' ');
    return (
      <div className="form-field staff-field">
        <label htmlFor={inputId}>{label}</label>
        {hint && (
          <p className="staff-hint" id={`${inputId}-hint`}>
            {hint}
          </p>
        )}
        {input({
          id: inputId,
          'aria-invalid': Boolean(errors[name]),
          'aria-describedby': describedBy || undefined,
        })}
        {errors[name] && (
          <p className="staff-field-error" id={`${inputId}-error`}>
            {errors[name]?.join(' ')}
          </p>
        )}
      </div>
    );
  };

  const text = (name: TextField, label: string, max?: number, hint?: string) =>
    field(
      name,
      label,
      (p) => (
        <input
          {...p}
          type={name === 'link' || name === 'sourceUrl' ? 'url' : 'text'}
          value={draft[name]}
          maxLength={max ? max * 2 : undefined}
          onChange={(e) => update(name, e.target.value)}
          onBlur={() => setErrors((er) => ({ ...er, [name]: check(name, draft) }))}
        />
      ),
      hint,
    );

  const tags = (
    name: 'themes' | 'actions',
    options: { code: string; label: string }[],
    max: number,
  ) => (
    <fieldset
      className="staff-fieldset"
      aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
    >
      <legend>{t(`staff.field.${name}`)}</legend>
      <p className="staff-hint">
        {t(name === 'themes' ? 'staff.themesHint' : 'staff.actionsHint')}
      </p>
      <div className="staff-checks">
        {options.map((o) => {
          const on = draft[name].includes(o.code);
          return (
            <label key={o.code} className="form-check staff-check">
              <input
                type="checkbox"
                checked={on}
                disabled={!on && draft[name].length >= max}
                onChange={() =>
                  update(
                    name,
                    on ? draft[name].filter((c) => c !== o.code) : [...draft[name], o.code],
                  )
                }
              />
              {o.label}
            </label>
          );
        })}
      </div>
      {errors[name] && (
        <p className="staff-field-error" id={`${id}-${name}-error`}>
          {errors[name]?.join(' ')}
        </p>
      )}
    </fieldset>
  );

  const latNum = draft.lat.trim() === '' ? null : Number(draft.lat);
  const lonNum = draft.lon.trim() === '' ? null : Number(draft.lon);

  return (
    <form ref={formRef} className="staff-form staff-edit" onSubmit={(e) => void save(e)} noValidate>
      <h2>{t('staff.editTitle')}</h2>
      {conflict && (
        <div className="staff-error" role="alert">
          <p>
            <strong>{t('staff.conflictTitle')}</strong> {conflict}
          </p>
          <button type="button" className="button secondary" onClick={onReload}>
            {t('staff.loadLatest')}
          </button>
        </div>
      )}
      {failure && (
        <p className="staff-error" role="alert">
          {failure}
        </p>
      )}
      {flagsRefused && (
        <label className="form-check staff-check">
          <input
            type="checkbox"
            checked={confirmFlags}
            onChange={(e) => setConfirmFlags(e.target.checked)}
          />
          {t('personalData.confirmChecked')}
        </label>
      )}
      {text('title', t('staff.field.title'), LIMITS.title.max)}
      {field(
        'summary',
        t('staff.field.summary'),
        (p) => (
          <textarea
            {...p}
            rows={7}
            value={draft.summary}
            onChange={(e) => update('summary', e.target.value)}
            onBlur={() => setErrors((er) => ({ ...er, summary: check('summary', draft) }))}
          />
        ),
        t('staff.summaryHint', {
          min: LIMITS.summary.min,
          max: LIMITS.summary.max,
          count: [...draft.summary].length,
        }),
      )}
      {field(
        'quote',
        t('staff.field.quote'),
        (p) => (
          <textarea
            {...p}
            rows={3}
            value={draft.quote}
            onChange={(e) => update('quote', e.target.value)}
            onBlur={() => setErrors((er) => ({ ...er, quote: check('quote', draft) }))}
          />
        ),
        t('staff.quoteHint', { max: QUOTE_MAX_WORDS }),
      )}
      {text('quoteBy', t('staff.field.quoteBy'), LIMITS.quoteBy.max, t('staff.quoteByHint'))}
      {text('organization', t('staff.field.organization'), LIMITS.organization.max)}
      {field('country', t('staff.field.country'), (p) => (
        <select {...p} value={draft.country} onChange={(e) => update('country', e.target.value)}>
          {meta?.countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          )) ?? <option value={draft.country}>{draft.country}</option>}
        </select>
      ))}
      {text('locality', t('staff.field.locality'), LIMITS.locality.max)}
      <fieldset className="staff-fieldset">
        <legend>{t('staff.pointLegend')}</legend>
        <p className="staff-hint">{t('staff.pointHint')}</p>
        <div className="staff-inline">
          {field('lat', t('staff.field.lat'), (p) => (
            <input
              {...p}
              inputMode="decimal"
              value={draft.lat}
              onChange={(e) => update('lat', e.target.value)}
            />
          ))}
          {field('lon', t('staff.field.lon'), (p) => (
            <input
              {...p}
              inputMode="decimal"
              value={draft.lon}
              onChange={(e) => update('lon', e.target.value)}
            />
          ))}
          <button
            type="button"
            className="button secondary"
            onClick={() => setDraft({ ...draft, lat: '', lon: '' })}
          >
            {t('staff.clearPoint')}
          </button>
        </div>
        <Suspense fallback={<div className="staff-map" />}>
          <PointPicker
            lat={latNum !== null && Number.isFinite(latNum) ? latNum : null}
            lon={lonNum !== null && Number.isFinite(lonNum) ? lonNum : null}
            center={country ? { lat: country.lat, lon: country.lon } : { lat: 0, lon: 0 }}
            town={draft.locality}
            onChange={(la, lo) => setDraft((d) => ({ ...d, lat: String(la), lon: String(lo) }))}
          />
        </Suspense>
      </fieldset>
      {field('year', t('staff.field.year'), (p) => (
        <input
          {...p}
          inputMode="numeric"
          value={draft.year}
          onChange={(e) => update('year', e.target.value)}
        />
      ))}
      {tags('themes', meta?.themes ?? [], LIMITS.themes.max)}
      {tags('actions', meta?.actions ?? [], LIMITS.actions.max)}
      {text('link', t('staff.field.link'), LIMITS.link.max)}
      {text('sourceUrl', t('staff.field.sourceUrl'))}
      {text('sourceTitle', t('staff.field.sourceTitle'))}
      {text('slug', t('staff.field.slug'), undefined, t('staff.slugHint'))}
      <div className="staff-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('staff.saving') : t('staff.save')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('staff.cancel')}
        </button>
        <span className="staff-muted" aria-live="polite">
          {t('staff.changedFields', { count: changed.length })}
        </span>
      </div>
    </form>
  );
}
