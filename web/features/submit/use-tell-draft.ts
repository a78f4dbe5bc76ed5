import { useEffect, useMemo, useState } from 'react';
import type { SubmissionField } from '../../../contract/submissions.ts';
import { t } from '../../i18n/i18n.ts';
import {
  clearDraft,
  emptyValues,
  loadDraft,
  saveDraft,
  type Draft,
  type DraftValues,
} from './draft.ts';
import { fieldId } from './fields.tsx';
import { STEP_FIELDS, validateFields } from './validation.ts';

export const ALL_FIELDS = STEP_FIELDS.flat();

function newDraft(): Draft {
  return { values: emptyValues(), step: -1, startedAt: Date.now() };
}

const stepOf = (field: SubmissionField) => STEP_FIELDS.findIndex((fs) => fs.includes(field));

function focusField(field: string) {
  // After React has shown the step that holds the field.
  setTimeout(() => {
    const el = document.getElementById(fieldId(field));
    const target = el instanceof HTMLFieldSetElement ? (el.querySelector('input') ?? el) : el;
    target?.focus();
  }, 0);
}

/**
 * The form's draft: values, step, which fields were touched and what the server refused.
 * The draft is kept in the browser while `keep` is true, so a child can come back to it.
 */
export function useTellDraft({ keep, onEdit }: { keep: boolean; onEdit: () => void }) {
  const [restored] = useState(loadDraft);
  const [draft, setDraft] = useState<Draft>(() => restored ?? newDraft());
  const [welcomeBack, setWelcomeBack] = useState(Boolean(restored && restored.step >= 0));
  const [confirmReset, setConfirmReset] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<Partial<Record<string, string>>>({});

  const { values, step } = draft;
  const errors = useMemo(() => validateFields(values, ALL_FIELDS), [values]);

  useEffect(() => {
    if (keep) saveDraft(draft);
  }, [draft, keep]);

  const update = (patch: Partial<DraftValues>) => {
    setDraft((d) => ({ ...d, values: { ...d.values, ...patch } }));
    setServerErrors((e) => {
      const next = { ...e };
      for (const k of Object.keys(patch)) delete next[k];
      return next;
    });
    onEdit();
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

  /** Marks the fields touched; if one is wrong, shows its step, focuses it and says false. */
  function check(fields: SubmissionField[]): boolean {
    touch(...fields);
    const first = fields.find((f) => errors[f] || serverErrors[f]);
    if (!first) return true;
    const at = stepOf(first);
    if (at !== step) goTo(at);
    focusField(first);
    return false;
  }

  /** Shows the server's field errors (keys like `themes.0`) next to the fields, first one focused. */
  function showServerErrors(keys: string[]) {
    const mapped: Record<string, string> = {};
    for (const key of keys) {
      const field = key.split('.')[0] as SubmissionField;
      if ((ALL_FIELDS as string[]).includes(field)) {
        mapped[field] = errors[field] ?? t(`submit.error.invalid`);
      }
    }
    setServerErrors(mapped);
    const first = ALL_FIELDS.find((f) => mapped[f]);
    if (first) {
      goTo(stepOf(first));
      focusField(first);
    }
  }

  function startOver() {
    clearDraft();
    setDraft({ ...newDraft(), step: 0 });
    setTouched(new Set());
    setServerErrors({});
    setWelcomeBack(false);
    setConfirmReset(false);
  }

  function startAnother() {
    setDraft(newDraft());
    setTouched(new Set());
  }

  return {
    draft,
    values,
    step,
    welcomeBack,
    confirmReset,
    setConfirmReset,
    update,
    touch,
    errorOf,
    goTo,
    check,
    showServerErrors,
    startOver,
    startAnother,
  };
}

export type TellDraft = ReturnType<typeof useTellDraft>;
