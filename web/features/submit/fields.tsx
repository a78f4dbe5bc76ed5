import TriangleAlert from 'lucide-react/icons/triangle-alert';
import type { ReactNode } from 'react';
import { normaliseText, textLength } from '../../../contract/text.ts';
import { Icon } from '../../components/ui/icon.tsx';
import { t } from '../../i18n/i18n.ts';

/** Ids that tie a field to its hint, counter and error (aria-describedby). */
export const fieldId = (name: string) => `tell-${name}`;

export function FieldError({ name, error }: { name: string; error?: string }) {
  // Always in the page so screen readers notice when a message appears.
  return (
    <p id={`${fieldId(name)}-error`} className="tell-error" aria-live="polite">
      {error ? (
        <>
          <Icon icon={TriangleAlert} label={t('submit.problem')} size={18} /> {error}
        </>
      ) : null}
    </p>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  optional?: boolean;
  multiline?: boolean;
  min?: number;
  max?: number;
  type?: 'text' | 'email' | 'url';
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'url';
  children?: ReactNode;
  /** Extra attributes for a combobox-like input (town search). */
  extra?: Record<string, string | boolean | undefined>;
};

/** A labelled text input or textarea with its hint, a length counter and a friendly error. */
export function TextField(p: TextFieldProps) {
  const id = fieldId(p.name);
  const count = textLength(normaliseText(p.value));
  const describedBy = [p.hint ? `${id}-hint` : '', p.max ? `${id}-count` : '', `${id}-error`]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name: p.name,
    value: p.value,
    onChange: (e: { target: { value: string } }) => p.onChange(e.target.value),
    onBlur: p.onBlur,
    'aria-describedby': describedBy,
    'aria-invalid': p.error ? true : undefined,
    'aria-required': p.optional ? undefined : true,
    autoComplete: p.autoComplete ?? 'off',
    ...p.extra,
  };
  const over = p.max !== undefined && count > p.max;
  return (
    <div className={`tell-field${p.error ? ' has-error' : ''}`}>
      <label htmlFor={id} className="tell-label">
        {p.label}
        {p.optional ? <span className="tell-optional"> {t('submit.optional')}</span> : null}
      </label>
      {p.hint ? (
        <p id={`${id}-hint`} className="tell-hint">
          {p.hint}
        </p>
      ) : null}
      {p.multiline ? (
        <textarea {...common} rows={5} />
      ) : (
        <input {...common} type={p.type ?? 'text'} inputMode={p.inputMode} />
      )}
      {p.max !== undefined ? (
        <p id={`${id}-count`} className={`tell-counter${over ? ' over' : ''}`}>
          {p.min && count < p.min
            ? t('submit.counterWithMin', { count, max: p.max, min: p.min })
            : t('submit.counter', { count, max: p.max })}
        </p>
      ) : null}
      {p.children}
      <FieldError name={p.name} error={p.error} />
    </div>
  );
}

type Option = { value: string; label: string; icon?: ReactNode };

/** A group of big, tappable radio buttons or check boxes, with a legend and an error. */
export function ChoiceGroup(p: {
  name: string;
  legend: string;
  hint?: string;
  options: Option[];
  multiple?: boolean;
  selected: string[];
  max?: number;
  onChange: (selected: string[]) => void;
  error?: string;
  status?: string;
}) {
  const id = fieldId(p.name);
  const full = p.max !== undefined && p.selected.length >= p.max;
  const describedBy = [
    p.hint ? `${id}-hint` : '',
    p.status ? `${id}-status` : '',
    p.max !== undefined ? `${id}-limit` : '',
    `${id}-error`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className={`tell-choices${p.error ? ' has-error' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy}
      aria-invalid={p.error ? true : undefined}
    >
      <legend className="tell-label">{p.legend}</legend>
      {p.hint ? (
        <p id={`${id}-hint`} className="tell-hint">
          {p.hint}
        </p>
      ) : null}
      <div className="tell-options">
        {p.options.map((o) => {
          const checked = p.selected.includes(o.value);
          return (
            <label key={o.value} className={`tell-option${checked ? ' checked' : ''}`}>
              <input
                type={p.multiple ? 'checkbox' : 'radio'}
                name={p.name}
                value={o.value}
                checked={checked}
                disabled={p.multiple && full && !checked}
                onChange={() => {
                  if (!p.multiple) p.onChange([o.value]);
                  else if (checked) p.onChange(p.selected.filter((v) => v !== o.value));
                  else p.onChange([...p.selected, o.value]);
                }}
              />
              {o.icon ? (
                <span className="tell-icon" aria-hidden="true">
                  {o.icon}
                </span>
              ) : null}
              <span>{o.label}</span>
            </label>
          );
        })}
      </div>
      {p.status ? (
        <p id={`${id}-status`} className="tell-hint" aria-live="polite">
          {p.status}
        </p>
      ) : null}
      {p.max !== undefined ? (
        // Always in the page, so screen readers announce the sentence when the limit is hit.
        <p id={`${id}-limit`} className="tell-limit" aria-live="polite">
          {full ? t('submit.limitReached', { max: p.max }) : null}
        </p>
      ) : null}
      <FieldError name={p.name} error={p.error} />
    </fieldset>
  );
}
