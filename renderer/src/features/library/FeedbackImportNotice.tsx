import { routeHref } from '../../app/route';
import { participantKey } from '../../domain/review/anonymous-code';
import { formatPoints } from '../../i18n/format-points';
import { useI18n } from '../../i18n/I18nProvider';
import { Notice } from '../../ui/Notice';
import { describeFeedbackRefusal } from '../../ui/describe-feedback-refusal';
import { saveErrorReason } from '../../ui/error-message';
import { SignerLine } from '../../ui/SignerLine';
import type { FeedbackImportState } from './use-feedback-import';

/**
 * What became of the last feedback file: read, kept (with a link to it) with who signed it, here already, or refused and why. A file
 * made for another participant is kept too (it may be a shared computer, or a renamed trainee), but said so.
 */
export function FeedbackImportNotice({
  state,
  caseInLibrary,
  onDismiss,
}: {
  state: FeedbackImportState;
  /** Whether the case a feedback marks is in the library, so the trainee knows where to find it. */
  caseInLibrary: (caseKey: string) => boolean;
  onDismiss: () => void;
}) {
  const { t, locale } = useI18n();
  switch (state.phase) {
    case 'idle':
      return null;
    case 'importing':
      return state.fileName ? (
        <Notice tone="info">{t('feedback.importing', { name: state.fileName })}</Notice>
      ) : null;
    case 'done': {
      const { outcome, record } = state.result;
      const forOther =
        outcome !== 'idTaken' &&
        state.traineeName !== undefined &&
        state.traineeName.trim() !== '' &&
        participantKey(state.traineeName) !== participantKey(state.result.participantName);
      const link = (
        <a href={routeHref({ screen: 'feedback', feedbackId: record.id })}>{t('feedback.open')}</a>
      );
      if (outcome === 'idTaken') {
        return (
          <Notice tone="error" onDismiss={onDismiss}>
            <p>{t('feedback.idTaken')}</p>
            <p>{link}</p>
          </Notice>
        );
      }
      return (
        <Notice tone={forOther ? 'info' : outcome === 'imported' ? 'success' : 'info'} onDismiss={onDismiss}>
          <p>
            {outcome === 'imported'
              ? t('feedback.imported', {
                  title: record.caseTitle,
                  trainer: record.trainerName,
                  points: formatPoints(locale, record.total),
                  max: formatPoints(locale, record.maxTotal),
                })
              : t('feedback.alreadyHad', { title: record.caseTitle })}
          </p>
          <SignerLine signer={state.result.signedBy} />
          {forOther && (
            <p>
              {t('feedback.forOther', { name: state.result.participantName, own: state.traineeName ?? '' })}
            </p>
          )}
          {!caseInLibrary(record.caseKey) && <p>{t('feedback.importedElsewhere')}</p>}
          <p>{link}</p>
        </Notice>
      );
    }
    case 'refused':
      return (
        <Notice tone="error" onDismiss={onDismiss}>
          {t('feedback.refused', { name: state.fileName, reason: describeFeedbackRefusal(t, state.refusal) })}
        </Notice>
      );
    case 'unreadable':
      return (
        <Notice tone="error" onDismiss={onDismiss}>
          {state.fileName
            ? t('feedback.unreadable', { name: state.fileName, detail: state.detail })
            : t('feedback.unreadableUnnamed', { detail: state.detail })}
        </Notice>
      );
    case 'failed':
      return (
        <Notice tone="error" onDismiss={onDismiss}>
          {t('feedback.storageFailed', { name: state.fileName, detail: saveErrorReason(t, state.error) })}
        </Notice>
      );
  }
}
