import {
  lazy,
  Suspense,
  useId,
  useRef,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';
import type { z } from 'zod';
import { slugSchema, type Meta } from '../../../contract/initiatives.ts';
import { sourceTitleSchema, sourceUrlSchema } from '../../../contract/moderation.ts';
import { LIMITS, QUOTE_MAX_WORDS } from '../../../contract/vocabulary.ts';
import { quoteBySchema, submissionFields } from '../../../contract/submissions.ts';
import { t } from '../../i18n/i18n.ts';
import type { StaffEntry } from '../../../contract/moderation.ts';
import { withBasemap } from '../../lib/basemap-data.ts';
import { StaffField, TagChecks } from './staff-field.tsx';
import { useEntrySave } from './use-entry-save.ts';

const PointPicker = lazy(() => withBasemap(import('./point-picker.tsx')));

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
type InputProps = { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string };

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
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();

  const changed = (Object.keys(schemas) as Field[]).filter(
    (f) => JSON.stringify(valueOf(f, draft)) !== JSON.stringify(original(f, entry)),
  );
  const saving = useEntrySave({
    entry,
    draft,
    changed,
    check,
    valueOf,
    pointError: (d) =>
      (d.lat.trim() === '') !== (d.lon.trim() === '') ? t('staff.latLonPair') : undefined,
    formRef,
    onSaved,
    onCancel,
  });
  const { errors, setErrors, conflict, failure, flagsRefused, confirmFlags, busy } = saving;

  const update = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (errors[field]) setErrors({ ...errors, [field]: check(field, next) });
  };

  const country = meta?.countries.find((c) => c.code === draft.country);

  const { field, text, area, tags } = fieldBuilders({ id, draft, errors, setErrors, update });

  return (
    <form
      ref={formRef}
      className="staff-form staff-edit"
      onSubmit={(e) => void saving.save(e)}
      noValidate
    >
      <h2>{t('staff.editTitle')}</h2>
      <EditProblems
        conflict={conflict}
        failure={failure}
        flagsRefused={flagsRefused}
        confirmFlags={confirmFlags}
        setConfirmFlags={saving.setConfirmFlags}
        onReload={onReload}
      />
      {text('title', t('staff.field.title'), LIMITS.title.max)}
      {area(
        'summary',
        t('staff.field.summary'),
        7,
        t('staff.summaryHint', {
          min: LIMITS.summary.min,
          max: LIMITS.summary.max,
          count: [...draft.summary].length,
        }),
      )}
      {area('quote', t('staff.field.quote'), 3, t('staff.quoteHint', { max: QUOTE_MAX_WORDS }))}
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
      <PointFields
        draft={draft}
        setDraft={setDraft}
        update={update}
        field={field}
        center={country ? { lat: country.lat, lon: country.lon } : { lat: 0, lon: 0 }}
      />
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

/** The entry's point: typed, cleared, or picked on a small map. */
function PointFields({
  draft,
  setDraft,
  update,
  field,
  center,
}: {
  draft: Draft;
  setDraft: Dispatch<SetStateAction<Draft>>;
  update: (name: 'lat' | 'lon', value: string) => void;
  field: (name: Field, label: string, input: (p: InputProps) => ReactNode) => ReactNode;
  center: { lat: number; lon: number };
}) {
  const latNum = draft.lat.trim() === '' ? null : Number(draft.lat);
  const lonNum = draft.lon.trim() === '' ? null : Number(draft.lon);
  return (
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
          center={center}
          town={draft.locality}
          onChange={(la, lo) => setDraft((d) => ({ ...d, lat: String(la), lon: String(lo) }))}
        />
      </Suspense>
    </fieldset>
  );
}

/** A conflict with a newer version, a refused save, or flagged text to confirm. */
function EditProblems(p: {
  conflict: string | null;
  failure: string | null;
  flagsRefused: boolean;
  confirmFlags: boolean;
  setConfirmFlags: (on: boolean) => void;
  onReload: () => void;
}) {
  const { conflict, failure, flagsRefused, confirmFlags, onReload } = p;
  return (
    <>
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
            onChange={(e) => p.setConfirmFlags(e.target.checked)}
          />
          {t('personalData.confirmChecked')}
        </label>
      )}
    </>
  );
}

/** The form's field makers: each field labelled, described and checked the same way. */
function fieldBuilders({
  id,
  draft,
  errors,
  setErrors,
  update,
}: {
  id: string;
  draft: Draft;
  errors: Partial<Record<Field | '_' | 'lat', string[]>>;
  setErrors: Dispatch<SetStateAction<Partial<Record<Field | '_' | 'lat', string[]>>>>;
  update: <K extends keyof Draft>(field: K, value: Draft[K]) => void;
}) {
  const field = (
    name: Field,
    label: string,
    input: (props: InputProps) => ReactNode,
    hint?: string,
  ) => (
    <StaffField
      inputId={`${id}-${name}`}
      label={label}
      hint={hint}
      errors={errors[name]}
      input={input}
    />
  );

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

  const area = (name: 'summary' | 'quote', label: string, rows: number, hint: string) =>
    field(
      name,
      label,
      (p) => (
        <textarea
          {...p}
          rows={rows}
          value={draft[name]}
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
    <TagChecks
      name={name}
      options={options}
      max={max}
      value={draft[name]}
      errors={errors[name]}
      baseId={id}
      onChange={(v) => update(name, v)}
    />
  );

  return { field, text, area, tags };
}
