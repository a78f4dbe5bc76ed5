import { Component, type ReactNode } from 'react';
import { t } from '../../i18n/i18n.ts';

type Props = { children: ReactNode; fallback?: ReactNode };

/** Root error boundary: a crash in one view shows a friendly message, never a blank page. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      this.props.fallback ?? (
        <main className="page narrow" role="alert">
          <h1>{t('common.errorTitle')}</h1>
          <p>{t('common.errorBody')}</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('common.reload')}
          </button>
        </main>
      )
    );
  }
}
