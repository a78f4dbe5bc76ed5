import { useEffect, useId, useRef, useState } from 'react';
import { availableLocales, locale, t } from '../../i18n/i18n.ts';
import { clampHeight, EMBED_HEIGHT, embedUrl, iframeCode } from './embed-code.ts';

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([locale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * "Embed this map": the <iframe> code for the current view, with its height and language.
 * A native modal <dialog> (focus stays inside, Escape closes).
 */
export function EmbedDialog({ search, onClose }: { search: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), height: useId(), hint: useId(), lang: useId(), code: useId() };
  const [height, setHeight] = useState<number>(EMBED_HEIGHT.initial);
  const [lang, setLang] = useState<string>(locale());
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const languages = availableLocales();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);

  const origin = window.location.origin;
  const code = iframeCode({ origin, lang, search, height, title: t('openData.embedFrameTitle') });

  async function copyCode() {
    try {
      await navigator.clipboard.writeText(code);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <dialog
      ref={ref}
      className="embed-dialog"
      aria-labelledby={ids.title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={ids.title}>{t('openData.embedTitle')}</h2>
      <p>{t('openData.embedIntro')}</p>
      <div className="embed-options">
        <div className="field">
          <label htmlFor={ids.height}>{t('openData.embedHeight')}</label>
          <input
            id={ids.height}
            type="number"
            inputMode="numeric"
            min={EMBED_HEIGHT.min}
            max={EMBED_HEIGHT.max}
            step={20}
            value={height}
            aria-describedby={ids.hint}
            onChange={(e) => setHeight(Number(e.target.value))}
            onBlur={() => setHeight((h) => clampHeight(h))}
          />
          <p id={ids.hint} className="hint">
            {t('openData.embedHeightHint', { min: EMBED_HEIGHT.min, max: EMBED_HEIGHT.max })}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.lang}>{t('openData.embedLanguage')}</label>
          <select id={ids.lang} value={lang} onChange={(e) => setLang(e.target.value)}>
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.code}>{t('openData.embedCode')}</label>
        <textarea
          id={ids.code}
          readOnly
          rows={4}
          value={code}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="embed-code"
        />
      </div>
      <p role="status" className="embed-copy-status">
        {copy === 'copied' && t('openData.embedCopied')}
        {copy === 'failed' && t('openData.embedCopyFailed')}
      </p>
      <div className="embed-actions">
        <a href={embedUrl(origin, lang, search)} target="_blank" rel="noopener">
          {t('openData.embedPreview')}
        </a>
        <button type="button" className="button secondary" onClick={onClose}>
          {t('openData.embedClose')}
        </button>
        <button type="button" className="button" onClick={() => void copyCode()}>
          {t('openData.embedCopy')}
        </button>
      </div>
    </dialog>
  );
}
