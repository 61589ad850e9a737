import type { SaveStatus } from '../../../storage/autosave';
import { shortDateTimeFormat } from '../../../i18n/format-date';
import { useI18n } from '../../../i18n/I18nProvider';
import { Notice } from '../../../ui/Notice';
import { saveErrorReason } from '../../../ui/error-message';
import type { KeptAsideMarks } from './mark-sheet-session';

interface MarksStatusProps {
  status: SaveStatus;
  /** An earlier version, open to be read: nothing is marked there, so the line says nothing about saving (only a failure). */
  readOnly?: boolean;
  keptAside: readonly KeptAsideMarks[];
  /** Why the last restore or discard of kept-aside marks failed, if it did. */
  keptAsideFailure?: unknown;
  /** The criteria whose score field holds a score it refused: the marks are not all as typed, whatever is saved. */
  refusedScores?: readonly string[];
  onRestore: (index: number) => void;
  onDiscard: (index: number) => void;
}

/**
 * Whether the marks are saved, said in words (and loudly when saving fails), and the marks kept aside when another
 * window saved over them: each offered back, or let go, by the trainer's choice, never silently.
 */
export function MarksStatus({
  status,
  readOnly = false,
  keptAside,
  keptAsideFailure,
  refusedScores = [],
  onRestore,
  onDiscard,
}: MarksStatusProps) {
  const { t, locale } = useI18n();
  const time = shortDateTimeFormat(locale);
  return (
    <>
      {status.state === 'failed' || status.state === 'stopped' ? (
        <Notice tone="error">
          {t(status.state === 'failed' ? 'marking.saveFailed' : 'marking.saveStopped', {
            reason: saveErrorReason(t, status.error),
          })}
        </Notice>
      ) : readOnly ? null : refusedScores.length > 0 ? (
        <span className="marking__save marking__save--refused" role="status" data-save-state={status.state}>
          {t('marking.scoreRefused', { count: refusedScores.length, criteria: refusedScores.join(', ') })}
        </span>
      ) : (
        <span className="marking__save" role="status" data-save-state={status.state}>
          {status.state === 'saved' ? t('marking.saved') : t('marking.saving')}
        </span>
      )}
      {keptAsideFailure !== undefined && (
        <Notice tone="error">
          {t('marking.keptAsideFailed', { reason: saveErrorReason(t, keptAsideFailure) })}
        </Notice>
      )}
      {keptAside.map((kept, index) => (
        <Notice key={kept.savedAt} tone="info">
          {t('marking.keptAside', { time: time.format(new Date(kept.savedAt)) })}{' '}
          <button type="button" className="button button--compact" onClick={() => onRestore(index)}>
            {t('marking.keptAsideRestore')}
          </button>{' '}
          <button type="button" className="button button--compact" onClick={() => onDiscard(index)}>
            {t('marking.keptAsideDiscard')}
          </button>
        </Notice>
      ))}
    </>
  );
}
