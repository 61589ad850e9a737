import { RECEIVED_DOCUMENT_LIMITS } from '../domain/act/received-document';
import {
  SUBMISSION_LIMITS,
  type SubmissionProblem,
  type SubmissionRefusal,
} from '../domain/submission/submission';
import type { Translate } from '../i18n/I18nProvider';
import type { MessageParams } from '../i18n/format-message';
import { megabytes } from './describe-pack-problem';

/** The limits a refusal's message names; the refusal's `detail` (English, for the log) says which one was hit. */
const PARAMS: Partial<Record<SubmissionProblem, MessageParams>> = {
  tooLarge: { size: megabytes(SUBMISSION_LIMITS.maxFileBytes) },
  tooDeep: { depth: SUBMISSION_LIMITS.maxJsonDepth },
  documentTooLarge: {
    nodes: RECEIVED_DOCUMENT_LIMITS.maxNodes,
    characters: RECEIVED_DOCUMENT_LIMITS.maxTextCharacters,
    span: RECEIVED_DOCUMENT_LIMITS.maxCellSpan,
    cells: RECEIVED_DOCUMENT_LIMITS.maxTableCells,
  },
};

/** Why a submission file was not read, as one sentence in the user's language. */
export function describeSubmissionRefusal(t: Translate, refusal: SubmissionRefusal): string {
  return t(`submissionProblem.${refusal.reason}`, PARAMS[refusal.reason]);
}
