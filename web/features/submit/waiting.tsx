import Hourglass from 'lucide-react/icons/hourglass';
import { useEffect, useRef, useState } from 'react';
import { Icon } from '../../components/ui/icon.tsx';
import { t } from '../../i18n/i18n.ts';
import { sendQueuedStories } from './outbox.ts';

/** The story is kept on the device until the connection is back, then sent by itself. */
export function Waiting() {
  const heading = useRef<HTMLHeadingElement>(null);
  const [trying, setTrying] = useState(false);
  useEffect(() => {
    document.title = `${t('submit.queuedHeading')} · ${t('common.appName')}`;
    heading.current?.focus();
  }, []);
  return (
    <main id="main" className="page narrow tell">
      <div className="tell-thanks" data-testid="story-waiting">
        <p className="tell-big-icon">
          <Icon icon={Hourglass} size={56} />
        </p>
        <h1 ref={heading} tabIndex={-1}>
          {t('submit.queuedHeading')}
        </h1>
        <p role="status">{t('submit.queuedBody')}</p>
        <p>{t('submit.queuedLater')}</p>
        <p className="tell-row">
          <button
            type="button"
            className="button secondary"
            disabled={trying}
            onClick={() => {
              setTrying(true);
              void sendQueuedStories().finally(() => setTrying(false));
            }}
          >
            {trying ? t('submit.sending') : t('submit.queuedRetry')}
          </button>
        </p>
      </div>
    </main>
  );
}
