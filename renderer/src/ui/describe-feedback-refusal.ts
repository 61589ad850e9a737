import { FEEDBACK_LIMITS, type FeedbackProblem, type FeedbackRefusal } from '../domain/feedback/feedback';
import type { Translate } from '../i18n/I18nProvider';
import type { MessageParams } from '../i18n/format-message';
import { megabytes } from './describe-pack-problem';
import { describeSubmissionRefusal } from './describe-submission-refusal';

/** The limits a refusal's message names. */
const PARAMS: Partial<Record<FeedbackProblem, MessageParams>> = {
  tooLarge: { size: megabytes(FEEDBACK_LIMITS.maxFileBytes) },
  tooDeep: { depth: FEEDBACK_LIMITS.maxJsonDepth },
};

/**
 * Why a feedback file was not read, in the user's language. When the work inside it was refused, the message
 * goes on with the submission refusal's own words (the same a trainer sees for that submission).
 */
export function describeFeedbackRefusal(
  t: Translate,
  refusal: Pick<FeedbackRefusal, 'reason' | 'submissionReason' | 'limit'>,
): string {
  if (refusal.reason === 'invalidSubmission') {
    const reason = refusal.submissionReason
      ? describeSubmissionRefusal(t, {
          reason: refusal.submissionReason,
          ...(refusal.limit && { limit: refusal.limit }),
        })
      : '';
    return t('feedbackProblem.invalidSubmission', { reason }).trim();
  }
  return t(`feedbackProblem.${refusal.reason}`, PARAMS[refusal.reason]);
}
