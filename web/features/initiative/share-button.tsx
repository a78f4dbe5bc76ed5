import { useId, useState } from 'react';
import { t } from '../../i18n/i18n.ts';

/** Copies the page address; shows it for manual copying when the browser refuses. */
export function ShareButton({ url }: { url: string }) {
  const id = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <div className="share">
      <button type="button" className="button secondary" onClick={() => void copy()}>
        {t('initiative.copyLink')}
      </button>
      <p role="status" className="share-status">
        {state === 'copied' && t('initiative.copied')}
        {state === 'failed' && t('initiative.copyFailed')}
      </p>
      {state === 'failed' && (
        <div className="field">
          <label htmlFor={id}>{t('initiative.shareLinkLabel')}</label>
          <input id={id} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </div>
  );
}
