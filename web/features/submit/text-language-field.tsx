import { LANGUAGE_CODES as LANGUAGES, OTHER_LANGUAGE } from '../../../contract/languages.ts';
import { locale, t } from '../../i18n/i18n.ts';
import { fieldId } from './fields.tsx';

/** Each language in its own name ("français", "العربية"), so a child finds the one they wrote in. */
function ownName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Which language the title and summary are written in. The page's language unless the child
 * picks another; "another language" is sent as `und`, and staff can add translations.
 */
export function TextLanguageField({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const id = fieldId('textLanguage');
  return (
    <div className="tell-field">
      <label htmlFor={id} className="tell-label">
        {t('submit.textLanguageLabel')}
      </label>
      <select id={id} value={value || locale()} onChange={(e) => onChange(e.target.value)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {ownName(code)}
          </option>
        ))}
        <option value={OTHER_LANGUAGE}>{t('submit.textLanguageOther')}</option>
      </select>
    </div>
  );
}
