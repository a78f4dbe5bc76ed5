import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ImportReport } from '../../../contract/moderation.ts';
import { t } from '../../i18n/i18n.ts';
import { ApiError } from '../../lib/api-client.ts';
import { useStaffSession } from './session-context.ts';
import { errorMessage, isFlagsRefusal, staffApi } from '../../lib/staff-api.ts';

/** Export the whole catalogue (all staff); import CSV or JSON Lines (admins). */
export function DataPage() {
  const { user } = useStaffSession();
  const admin = user.role === 'admin';
  const [includeContact, setIncludeContact] = useState(false);

  useEffect(() => {
    document.title = `${t('staff.dataTitle')} · ${t('common.appName')}`;
  }, []);

  const href = (format: 'csv' | 'jsonl') =>
    `/api/moderation/export.${format}${includeContact ? '?includeContact=true' : ''}`;

  return (
    <main id="main" className="page staff-page" tabIndex={-1}>
      <h1>{t('staff.dataTitle')}</h1>
      <section aria-labelledby="export-heading" className="staff-panel">
        <h2 id="export-heading">{t('staff.exportHeading')}</h2>
        <p>{t('staff.exportIntro')}</p>
        {admin && (
          <label className="form-check staff-check">
            <input
              type="checkbox"
              checked={includeContact}
              onChange={(e) => setIncludeContact(e.target.checked)}
            />
            {t('staff.includeContact')}
          </label>
        )}
        <p className="staff-actions">
          <a className="button secondary" href={href('csv')} download>
            {t('staff.exportCsv')}
          </a>
          <a className="button secondary" href={href('jsonl')} download>
            {t('staff.exportJsonl')}
          </a>
        </p>
      </section>
      {admin ? <ImportPanel /> : <p>{t('staff.importAdminsOnly')}</p>}
    </main>
  );
}

function ImportPanel() {
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<'pending' | 'published'>('pending');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmFlags, setConfirmFlags] = useState(false);
  const id = useId();

  async function run(dryRun: boolean) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const text = await file.text();
      const jsonl = /\.(jsonl|ndjson|json)$/i.test(file.name);
      const r = await staffApi.postText<ImportReport>(
        '/moderation/import',
        text,
        jsonl ? 'application/jsonl' : 'text/csv',
        { dryRun: String(dryRun), status, ...(confirmFlags ? { confirmFlags: 'true' } : {}) },
      );
      setReport(r);
    } catch (e) {
      if (isFlagsRefusal(e)) setError(`${t('personalData.flagsRefused')} ${e.detail ?? ''}`);
      else if (e instanceof ApiError && e.status === 422) setError(t('staff.importRefused'));
      else setError(errorMessage(e, t('common.serverError')));
    } finally {
      setBusy(false);
    }
  }

  const check = (e: FormEvent) => {
    e.preventDefault();
    void run(true);
  };
  // Rows that would make flagged text public: new published entries and updates.
  const flagged = report?.dryRun
    ? report.rows.filter(
        (r) =>
          r.flags?.length &&
          ((r.action === 'create' && report.status === 'published') || r.action === 'update'),
      ).length
    : 0;
  const canApply =
    report?.dryRun &&
    report.counts.invalid === 0 &&
    report.counts.create + report.counts.update > 0;

  return (
    <section aria-labelledby="import-heading" className="staff-panel">
      <h2 id="import-heading">{t('staff.importHeading')}</h2>
      <p>{t('staff.importIntro')}</p>
      <form className="staff-form" onSubmit={check}>
        <div className="form-field staff-field">
          <label htmlFor={`${id}-file`}>{t('staff.importFile')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.jsonl,.ndjson,text/csv,application/jsonl"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
            }}
          />
        </div>
        <fieldset className="staff-fieldset">
          <legend>{t('staff.importStatus')}</legend>
          {(['pending', 'published'] as const).map((s) => (
            <label key={s} className="form-check staff-check">
              <input
                type="radio"
                name={`${id}-status`}
                value={s}
                checked={status === s}
                onChange={() => {
                  setStatus(s);
                  setReport(null);
                }}
              />
              {t(`staff.importAs.${s}`)}
            </label>
          ))}
        </fieldset>
        {flagged > 0 && (
          <label className="form-check staff-check">
            <input
              type="checkbox"
              checked={confirmFlags}
              onChange={(e) => setConfirmFlags(e.target.checked)}
            />
            {t('personalData.importConfirm')}
          </label>
        )}
        <div className="staff-actions">
          <button type="submit" className="button secondary" disabled={!file || busy}>
            {t('staff.importCheck')}
          </button>
          {canApply && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void run(false)}
            >
              {t('staff.importApply', {
                count: (report?.counts.create ?? 0) + (report?.counts.update ?? 0),
              })}
            </button>
          )}
        </div>
      </form>
      {error && (
        <p className="staff-error" role="alert">
          {error}
        </p>
      )}
      {report && <ImportResult report={report} />}
    </section>
  );
}

/** What a check or an import found, line by line. */
function ImportResult({ report }: { report: ImportReport }) {
  return (
    <div role="status">
      <p>
        {report.applied
          ? t('staff.importApplied', report.counts)
          : t('staff.importSummary', report.counts)}
      </p>
      <div className="staff-table-wrap">
        <table className="staff-table">
          <caption className="visually-hidden">{t('staff.importRows')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staff.importLine')}</th>
              <th scope="col">{t('staff.field.slug')}</th>
              <th scope="col">{t('staff.importResult')}</th>
              <th scope="col">{t('staff.importDetails')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={r.line} className={r.action === 'invalid' ? 'staff-row-bad' : undefined}>
                <td>{r.line}</td>
                <td>{r.slug ?? ''}</td>
                <td>{t(`staff.importAction.${r.action}`)}</td>
                <td>
                  {r.problems.length ? r.problems.join('; ') : (r.changes ?? []).join(', ')}
                  {r.flags?.length ? (
                    <span className="staff-flag-note">
                      {' '}
                      {t('personalData.importFlags', {
                        flags: r.flags.map((f) => `${f.kind} “${f.match}”`).join(', '),
                      })}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
