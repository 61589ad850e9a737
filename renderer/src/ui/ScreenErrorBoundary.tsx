import { Component, Fragment, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { AppHeader } from './AppHeader';
import { useAppLinks } from './app-links';
import { errorMessage } from './error-message';
import { Notice } from './Notice';
import './ScreenErrorBoundary.css';

interface ScreenErrorBoundaryProps {
  /** The library's own boundary: it offers no way back to itself. */
  onLibrary?: boolean;
  children: ReactNode;
}

interface ScreenErrorBoundaryState {
  /** What the screen threw while it rendered, if it did. */
  failure: { error: unknown } | null;
  /** Counts the tries: each mounts the screen afresh. */
  attempt: number;
}

/**
 * One screen, and in its place, if it fails while it renders, a translated message with the way back: try again (the
 * screen mounted afresh) or go to the library. The failed screen is unmounted, so its own cleanups keep the work: the
 * workspace saves the open text on leaving and copies it for rescue first (use-draft-autosave).
 */
export class ScreenErrorBoundary extends Component<ScreenErrorBoundaryProps, ScreenErrorBoundaryState> {
  override state: ScreenErrorBoundaryState = { failure: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ScreenErrorBoundaryState> {
    return { failure: { error } };
  }

  override render() {
    const { failure, attempt } = this.state;
    if (failure)
      return (
        <ScreenFailure
          error={failure.error}
          onLibrary={this.props.onLibrary ?? false}
          onRetry={() => this.setState({ failure: null, attempt: attempt + 1 })}
        />
      );
    return <Fragment key={attempt}>{this.props.children}</Fragment>;
  }
}

function ScreenFailure({
  error,
  onLibrary,
  onRetry,
}: {
  error: unknown;
  onLibrary: boolean;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  const links = useAppLinks();
  return (
    <div className="screen">
      <AppHeader title={t('screenError.title')} onLibrary={onLibrary} />
      <main className="screen__body">
        <Notice tone="error">
          <p>{errorMessage(t, 'screenError.body', error)}</p>
          <p className="screen-failure__actions">
            <button type="button" className="button button--primary" onClick={onRetry}>
              {t('screenError.retry')}
            </button>
            {!onLibrary && (
              <a className="button" href={links.library}>
                {t('screenError.library')}
              </a>
            )}
          </p>
        </Notice>
      </main>
    </div>
  );
}
