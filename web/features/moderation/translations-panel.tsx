import { useState, type FormEvent } from 'react';
import {
  LANGUAGE_CODES as LANGUAGES,
  OTHER_LANGUAGE,
  type LanguageCode as Language,
} from '../../../contract/languages.ts';
import { textLanguage } from '../../components/ui/text-language.ts';
import { locale, t } from '../../i18n/i18n.ts';
import { ApiError } from '../../lib/api-client.ts';
import type { StaffEntry } from '../../../contract/moderation.ts';
import { errorMessage, isFlagsRefusal, staffApi } from '../../lib/staff-api.ts';

type Translations = { translations: StaffEntry['translations'] };

const names = new Map<string, Intl.DisplayNames>();

/** A language's name in the page's language (CLDR), or the tag itself. */
function languageName(code: string): string {
  if (code === OTHER_LANGUAGE) return t('staff.languageOther');
  try {
    let n = names.get(locale());
    if (!n) {
      n = new Intl.DisplayNames([locale()], { type: 'language' });
      names.set(locale(), n);
    }
    return n.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The entry's language and its translations into the six UN languages: staff add, correct
 * or remove the title and summary in each. Every change is on the entry's history.
 */
export function TranslationsPanel({
  entry,
  onChanged,
}: {
  entry: Pick<StaffEntry, 'id' | 'language' | 'translations'>;
  onChanged: (message: string) => void;
}) {
  const targets = LANGUAGES.filter((l) => l !== entry.language);
  const [lang, setLang] = useState<Language>(targets[0] as Language);
  const existing = entry.translations.find((tr) => tr.language === lang);
  const [title, setTitle] = useState(existing?.title ?? '');
  const [summary, setSummary] = useState(existing?.summary ?? '');
  const [flagsRefused, setFlagsRefused] = useState(false);
  const [confirmFlags, setConfirmFlags] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The form only when asked for: the entry page stays short, most entries need none.
  const [open, setOpen] = useState(false);

  function choose(next: Language) {
    const tr = entry.translations.find((x) => x.language === next);
    setLang(next);
    setTitle(tr?.title ?? '');
    setSummary(tr?.summary ?? '');
    setFlagsRefused(false);
    setConfirmFlags(false);
    setFailure(null);
  }

  async function run(action: () => Promise<Translations>, message: string) {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      onChanged(message);
    } catch (err) {
      if (isFlagsRefusal(err)) {
        setFlagsRefused(true);
        setFailure(err.detail ?? err.title);
      } else if (err instanceof ApiError && err.errors) {
        setFailure(Object.values(err.errors).flat().join(' '));
      } else {
        setFailure(errorMessage(err, t('common.serverError')));
      }
    } finally {
      setBusy(false);
    }
  }

  const path = `/moderation/entries/${entry.id}/translations/${lang}`;
  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(
      () =>
        staffApi.put<Translations>(path, {
          title,
          summary,
          ...(confirmFlags ? { confirmFlags: true } : {}),
        }),
      t('staff.translationSaved'),
    );
  };

  return (
    <section aria-labelledby="translations-heading">
      <h2 id="translations-heading">{t('staff.translationsHeading')}</h2>
      <p>{t('staff.writtenIn', { language: languageName(entry.language) })}</p>
      {entry.translations.length ? (
        <dl className="staff-dl">
          {entry.translations.map((tr) => (
            <div key={tr.language}>
              <dt>{languageName(tr.language)}</dt>
              <dd {...textLanguage(tr.language)}>
                <strong>{tr.title}</strong> {tr.summary}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t('staff.translationsNone')}</p>
      )}
      {!open ? (
        <p>
          <button type="button" className="button secondary" onClick={() => setOpen(true)}>
            {t('staff.translationOpen')}
          </button>
        </p>
      ) : (
        <form onSubmit={save} className="staff-form">
          <label>
            {t('staff.translationLanguage')}
            <select value={lang} onChange={(e) => choose(e.target.value as Language)}>
              {targets.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('staff.translationTitle')}
            <input
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              required
              maxLength={200}
              {...textLanguage(lang)}
            />
          </label>
          <label>
            {t('staff.translationSummary')}
            <textarea
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
              required
              rows={5}
              maxLength={2000}
              {...textLanguage(lang)}
            />
          </label>
          {flagsRefused && (
            <label>
              <input
                type="checkbox"
                checked={confirmFlags}
                onChange={(e) => setConfirmFlags(e.target.checked)}
              />{' '}
              {t('staff.translationConfirmFlags')}
            </label>
          )}
          {failure && <p role="alert">{failure}</p>}
          <p>
            <button type="submit" className="button" disabled={busy}>
              {t('staff.translationSave')}
            </button>{' '}
            {existing && (
              <button
                type="button"
                className="button secondary"
                disabled={busy}
                onClick={() =>
                  void run(() => staffApi.delete<Translations>(path), t('staff.translationRemoved'))
                }
              >
                {t('staff.translationRemove', { language: languageName(lang) })}
              </button>
            )}
          </p>
        </form>
      )}
    </section>
  );
}
