import Copy from 'lucide-react/icons/copy';
import PartyPopper from 'lucide-react/icons/party-popper';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { Icon } from '../../components/ui/icon.tsx';
import { t } from '../../i18n/i18n.ts';

export function ThankYou({ reference, onAnother }: { reference: string; onAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'' | 'copied' | 'failed'>('');
  useEffect(() => {
    document.title = `${t('submit.thanksHeading')} · ${t('common.appName')}`;
    heading.current?.focus();
  }, []);
  async function copy() {
    try {
      // Absent outside a secure context (plain http); then the child is told to copy by hand.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(reference);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <main id="main" className="page narrow tell">
      <div className="tell-thanks">
        <p className="tell-big-icon">
          <Icon icon={PartyPopper} size={56} />
        </p>
        <h1 ref={heading} tabIndex={-1}>
          {t('submit.thanksHeading')}
        </h1>
        <p>{t('submit.thanksBody')}</p>
        <p className="tell-label">{t('submit.referenceLabel')}</p>
        <p className="tell-reference" data-testid="reference">
          {reference}
        </p>
        <p className="tell-row tell-copy">
          <button type="button" className="button secondary" onClick={() => void copy()}>
            <Icon icon={Copy} />
            {t('submit.copyCode')}
          </button>
          <span role="status" data-testid="copy-status" className="tell-hint">
            {copied ? t(copied === 'copied' ? 'submit.codeCopied' : 'submit.copyFailed') : ''}
          </span>
        </p>
        <p className="tell-hint">{t('submit.referenceHint')}</p>
        <p className="tell-hint">{t('submit.savePageHint')}</p>
        <p className="tell-row">
          <Link href={`/tell/status/${reference}`} className="button tell-primary">
            {t('submit.checkStatus')}
          </Link>
          <button type="button" className="button secondary" onClick={onAnother}>
            {t('submit.tellAnother')}
          </button>
        </p>
      </div>
    </main>
  );
}
