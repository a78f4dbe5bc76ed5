import type { ReactNode } from 'react';
import { t } from '../../i18n/i18n.ts';

type InputProps = { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string };

/** A labelled field of the staff edit form, with its hint and errors tied to the input. */
export function StaffField({
  inputId,
  label,
  hint,
  errors,
  input,
}: {
  inputId: string;
  label: string;
  hint?: string;
  errors: string[] | undefined;
  input: (props: InputProps) => ReactNode;
}) {
  const describedBy = [hint ? `${inputId}-hint` : '', errors ? `${inputId}-error` : '']
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
        'aria-invalid': Boolean(errors),
        'aria-describedby': describedBy || undefined,
      })}
      {errors && (
        <p className="staff-field-error" id={`${inputId}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}

/** Themes or actions as checkboxes, at most `max` of them. */
export function TagChecks({
  name,
  options,
  max,
  value,
  errors,
  baseId: id,
  onChange,
}: {
  name: 'themes' | 'actions';
  options: { code: string; label: string }[];
  max: number;
  value: string[];
  errors: string[] | undefined;
  baseId: string;
  onChange: (value: string[]) => void;
}) {
  return (
    <fieldset
      className="staff-fieldset"
      aria-describedby={errors ? `${id}-${name}-error` : undefined}
    >
      <legend>{t(`staff.field.${name}`)}</legend>
      <p className="staff-hint">
        {t(name === 'themes' ? 'staff.themesHint' : 'staff.actionsHint')}
      </p>
      <div className="staff-checks">
        {options.map((o) => {
          const on = value.includes(o.code);
          return (
            <label key={o.code} className="form-check staff-check">
              <input
                type="checkbox"
                checked={on}
                disabled={!on && value.length >= max}
                onChange={() =>
                  onChange(on ? value.filter((c) => c !== o.code) : [...value, o.code])
                }
              />
              {o.label}
            </label>
          );
        })}
      </div>
      {errors && (
        <p className="staff-field-error" id={`${id}-${name}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
