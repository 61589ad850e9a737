import { RECEIVED_DOCUMENT_LIMITS } from '../domain/act/received-document';
import {
  SUBMISSION_LIMITS,
  type SubmissionProblem,
  type SubmissionRefusal,
} from '../domain/submission/submission';
import type { Translate } from '../i18n/I18nProvider';
import type { MessageParams } from '../i18n/format-message';
import { megabytes } from './describe-pack-problem';

/** The limits a refusal's message names. */
const PARAMS: Partial<Record<SubmissionProblem, MessageParams>> = {
  tooLarge: { size: megabytes(SUBMISSION_LIMITS.maxFileBytes) },
  tooDeep: { depth: SUBMISSION_LIMITS.maxJsonDepth },
};

/** The refusals of a sealed file, which name the trainer keys it is sealed to. */
const SEALED_REASONS = new Set<SubmissionProblem>(['noTrainerKey', 'sealedForOtherTrainer', 'sealedChanged']);

/**
 * Why a submission file was not read, in the user's language. An act too large is said with the one limit it is
 * over (a refusal without its limit, say in a report kept by an earlier version, says only that it is too large).
 */
export function describeSubmissionRefusal(
  t: Translate,
  refusal: Pick<SubmissionRefusal, 'reason' | 'limit' | 'sealedTo'>,
): string {
  if (SEALED_REASONS.has(refusal.reason)) {
    // Which trainer keys open the file, so the trainer can tell whose it is (a report kept without them: «?»).
    return t(`submissionProblem.${refusal.reason}`, { fingerprints: refusal.sealedTo?.join(', ') || '?' });
  }
  if (refusal.reason === 'documentTooLarge' && refusal.limit) {
    return t(`submissionProblem.documentTooLarge.${refusal.limit}`, {
      max: RECEIVED_DOCUMENT_LIMITS[refusal.limit],
    });
  }
  return t(`submissionProblem.${refusal.reason}`, PARAMS[refusal.reason]);
}
