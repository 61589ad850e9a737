import './SaveIndicator.css';
import { useI18n } from '../../../i18n/I18nProvider';
import type { SaveStatus } from '../../../storage/autosave';
import { DraftConflictError, ExamLockedError } from '../../../storage/draft-repository';
import { saveErrorReason } from '../../../ui/error-message';

interface SaveIndicatorProps {
  status: SaveStatus;
  /** The last successful save: while typing goes on, saves keep happening and the trainee sees when. */
  lastSavedAt: Date | null;
  onRetry: () => void;
  onSaveCopy: () => void;
}

/** Always visible: whether the text on screen is safely on disk, and what to do when it is not. */
export function SaveIndicator({ status, lastSavedAt, onRetry, onSaveCopy }: SaveIndicatorProps) {
  const { t, locale } = useI18n();
  const time = (at: Date) =>
    at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const saveCopy = (
    <button type="button" className="button button--small" onClick={onSaveCopy}>
      {t('workspace.saveCopy')}
    </button>
  );
  switch (status.state) {
    case 'saved':
      return (
        <span className="save-indicator save-indicator--saved" role="status" data-save-state="saved">
          {status.at ? t('save.savedAt', { time: time(status.at) }) : t('save.saved')}
        </span>
      );
    case 'pending':
    case 'saving':
      return (
        <span className="save-indicator save-indicator--busy" role="status" data-save-state={status.state}>
          {lastSavedAt ? t('save.savedAt', { time: time(lastSavedAt) }) : t('save.pending')}
        </span>
      );
    case 'failed':
      return (
        <span className="save-indicator save-indicator--error" role="alert" data-save-state="failed">
          {t('save.failed', {
            reason: saveErrorReason(t, status.error),
            seconds: Math.round(status.retryInMs / 1000),
          })}{' '}
          <button type="button" className="button button--small" onClick={onRetry}>
            {t('save.retryNow')}
          </button>{' '}
          {saveCopy}
        </span>
      );
    case 'stopped':
      return (
        <span className="save-indicator save-indicator--error" role="alert" data-save-state="stopped">
          {status.error instanceof DraftConflictError
            ? t('save.stoppedConflict')
            : status.error instanceof ExamLockedError
              ? t('exam.saveLocked')
              : t('save.stopped', { reason: saveErrorReason(t, status.error) })}{' '}
          {saveCopy}
        </span>
      );
  }
}
