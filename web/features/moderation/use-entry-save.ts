import { useState, type FormEvent, type RefObject } from 'react';
import { t } from '../../i18n/i18n.ts';
import { ApiError } from '../../lib/api-client.ts';
import type { StaffEntry } from '../../../contract/moderation.ts';
import { errorMessage, isFlagsRefusal, staffApi } from '../../lib/staff-api.ts';

/**
 * Saving the edit form: checks the changed fields, sends only them with the version read,
 * and turns the server's answers into field errors, a conflict, or a request to confirm
 * flagged text.
 */
export function useEntrySave<Field extends string, Draft>(p: {
  entry: StaffEntry;
  draft: Draft;
  changed: Field[];
  check: (field: Field, draft: Draft) => string[] | undefined;
  valueOf: (field: Field, draft: Draft) => unknown;
  /** Both empty or both given. */
  pointError: (draft: Draft) => string | undefined;
  formRef: RefObject<HTMLFormElement | null>;
  onSaved: (e: StaffEntry) => void;
  onCancel: () => void;
}) {
  type Errors = Partial<Record<Field | '_' | 'lat', string[]>>;
  const { entry, draft, changed, check, valueOf, formRef, onSaved, onCancel } = p;
  const [errors, setErrors] = useState<Errors>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Set when the server refuses to make flagged text public without a confirmation.
  const [flagsRefused, setFlagsRefused] = useState(false);
  const [confirmFlags, setConfirmFlags] = useState(false);
  const [busy, setBusy] = useState(false);

  async function save(e: FormEvent) {
    e.preventDefault();
    const found: Errors = {};
    for (const f of changed) {
      const problems = check(f, draft);
      if (problems) found[f] = problems;
    }
    const pointError = p.pointError(draft);
    if (pointError) found.lat = [pointError];
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
    if (changed.includes('lat' as Field) || changed.includes('lon' as Field)) {
      body.lat = valueOf('lat' as Field, draft);
      body.lon = valueOf('lon' as Field, draft);
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

  return {
    errors,
    setErrors,
    conflict,
    failure,
    flagsRefused,
    confirmFlags,
    setConfirmFlags,
    busy,
    save,
  };
}
