import type { ReceivedDocumentLimit } from '../act/received-document';
import type { PackProblem } from '../pack/pack-error';
import type { SubmissionProblem } from '../submission/submission';
import type { ReviewMismatch } from './review-match';

/**
 * Why a file of a cohort import was refused: what readSubmission says of it (its message is
 * `submissionProblem.<reason>`, the reader's own; `tooLarge` is also said of a file refused unread), why it is not
 * one of the review's, or what went wrong around it (`review.refused.<reason>` in the review catalogue):
 * - `notSubmissionFile`: an entry of a zip whose name does not end in `.cdsub` (a stray `.DS_Store`, a PDF);
 * - `unreadableArchive`: a zip that fails the archive checks (`problem` says which); none of its files is read;
 * - `unreadableEntry`: one entry of a good zip that fails to unpack (its checksum, its size);
 * - `storageFailed`: the database refused the write (a full disk); nothing of the file was stored.
 */
export type ImportRefusalReason =
  | SubmissionProblem
  | ReviewMismatch
  | 'notSubmissionFile'
  | 'unreadableArchive'
  | 'unreadableEntry'
  | 'storageFailed';

/**
 * What became of one file:
 * - `imported`: the participant's first submission in this review;
 * - `newerVersion`: a participant's later version (by export time): stored, and now the one the queue shows;
 * - `earlierVersion`: an earlier version than one already here: stored and reachable, the queue keeps the newer;
 * - `duplicate`: this very submission (same digest) is already here; nothing changed;
 * - `refused`: not stored, for `reason` (`detail`: the checker's own words, for the log, never for the trainer);
 * - `notImported`: the import was cancelled before this file was read; nothing of it was stored.
 */
export type ImportFileOutcome =
  | {
      kind: 'imported' | 'newerVersion' | 'earlierVersion' | 'duplicate';
      digest: string;
      anonymousCode: string;
      /** The file's receipt code (absent in reports of an earlier version): the trainee was shown the same. */
      receipt?: string;
    }
  | {
      kind: 'refused';
      reason: ImportRefusalReason;
      detail: string;
      problem?: PackProblem;
      /** For `documentTooLarge`: the limit the act is over. */
      limit?: ReceivedDocumentLimit;
      /** For a sealed file: the fingerprints of the trainers it is sealed to. */
      sealedTo?: string[];
    }
  | { kind: 'notImported' };

export interface ImportReportEntry {
  /**
   * The file's name; an entry of a zip as `archive.zip/entry.cdsub`. A name usually holds the participant's name
   * (submissionFileName), so a screen that keeps the trainer anonymous shows the code of a stored file instead.
   */
  fileName: string;
  outcome: ImportFileOutcome;
}

/** Every file offered, in the order offered (a zip's entries in place of the zip), and what became of it. */
export interface ImportReport {
  entries: ImportReportEntry[];
  cancelled: boolean;
}

/** How many files ended each way, for a summary line ("38 imported, 2 refused"). */
export function countOutcomes(report: ImportReport): Record<ImportFileOutcome['kind'], number> {
  const counts = {
    imported: 0,
    newerVersion: 0,
    earlierVersion: 0,
    duplicate: 0,
    refused: 0,
    notImported: 0,
  };
  for (const { outcome } of report.entries) counts[outcome.kind]++;
  return counts;
}
