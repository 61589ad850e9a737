import type { ReceivedDocumentLimit } from '../act/received-document';
import type { TrainerIdentity } from '../keys/identity';
import { receiptCode } from '../keys/receipt';
import { openSubmissionFile, type OpenedSubmission } from '../submission/sealed-submission';
import { submissionHeader, type Submission, type SubmissionHeader } from '../submission/submission';
import { excerpt } from '../text/excerpt';
import { anonymousCodeCharacters } from './anonymous-code';
import type { ImportRefusalReason } from './import-report';
import { matchReview, type ReviewTarget, type SubmissionSummary } from './review-match';

/** What a cohort's file is checked against: the review's case, and the secret its anonymous codes come from. */
export interface CohortCheckContext {
  /** Undefined when the review's act type is unknown to this app: no file can then be one of the review's. */
  target: ReviewTarget | undefined;
  /** The act type the review's case names, for the report when there is no target. */
  actType: string;
  anonymitySecret: string;
  /**
   * The trainer keys on this computer that may open sealed files. CryptoKeys cross to the worker as they are
   * (structured clone), so the private keys are never bytes outside WebCrypto there.
   */
  identities: TrainerIdentity[];
}

/** A file that is one of the review's submissions: what is stored of it. Plain data, to cross from a worker. */
export interface AcceptedSubmission {
  digest: string;
  participantName: string;
  exportedAt: string;
  summary: SubmissionSummary;
  /** Every character the participant's anonymous code may take (anonymousCodeCharacters). */
  codeCharacters: string;
  /**
   * The submission as JSON text (SubmissionCheck's `storedJson`), to store, in a Blob: made where the file is
   * checked, so the thread that writes it to the database does not copy its 1 MB (ReviewSubmissionContentRecord).
   */
  submissionJson: Blob;
  /** Stored beside it, so that what a feedback file restates of it is known without parsing it. */
  header: SubmissionHeader;
  /** receiptCode of the file's bytes: the code the trainee's app showed when the file was saved. */
  receipt: string;
  /** Whether the file was sealed to the trainer (format 3) rather than plain. */
  sealed: boolean;
}

export type CohortFileCheck =
  | { ok: true; accepted: AcceptedSubmission }
  | {
      ok: false;
      reason: ImportRefusalReason;
      detail: string;
      /** For `documentTooLarge`: the limit the act is over. */
      limit?: ReceivedDocumentLimit;
      /** For a sealed file: the fingerprints of the trainers it is sealed to. */
      sealedTo?: string[];
    };

/**
 * Everything a cohort import asks of one file's bytes that does not touch the database: readSubmission's checks,
 * whether it is one of the review's (matchReview: the act against the review's template, the completeness
 * checker, the word count), and its participant's code characters. Never throws for anything the file holds.
 */
export async function checkCohortFile(
  bytes: Uint8Array,
  context: CohortCheckContext,
): Promise<CohortFileCheck> {
  const check = await openSubmissionSafely(bytes, context.identities);
  if (!check.ok) {
    const { reason, detail, limit, sealedTo } = check;
    return { ok: false, reason, detail, ...(limit && { limit }), ...(sealedTo && { sealedTo }) };
  }
  // A review of a case whose act type this app does not know cannot take any act; say so as for any other file.
  if (!context.target) return { ok: false, reason: 'otherTemplate', detail: context.actType };
  const match = matchReview(check, context.target);
  if (!match.ok) return { ok: false, reason: match.reason, detail: describeCase(check.submission) };
  const { submission } = check;
  return {
    ok: true,
    accepted: {
      digest: submission.digest.value,
      participantName: submission.participant.name,
      exportedAt: submission.exportedAt,
      summary: match.summary,
      codeCharacters: await anonymousCodeCharacters(context.anonymitySecret, submission.participant.name),
      submissionJson: check.storedJson,
      header: submissionHeader(submission),
      receipt: await receiptCode(bytes),
      sealed: check.sealedTo !== undefined,
    },
  };
}

/**
 * openSubmissionFile, with anything it throws made a refusal: a file nested deeper than the call stack, say, must be
 * one refused file in the report, not an import that stops there.
 */
async function openSubmissionSafely(
  bytes: Uint8Array,
  identities: readonly TrainerIdentity[],
): Promise<OpenedSubmission> {
  try {
    return await openSubmissionFile(bytes, identities);
  } catch (error) {
    return { ok: false, reason: 'invalidStructure', detail: excerpt(String(error), 300) };
  }
}

/** Which case a refused file is for, for the log: no participant name. */
function describeCase({ pack, case: packCase }: Submission): string {
  return `${pack.id} v${pack.version}, case ${packCase.id} (${packCase.actType})`;
}
