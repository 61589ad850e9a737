import type { ImportFileOutcome } from './import-report';
import type { Signer } from '../keys/signed-digest';
import type { ReviewFileProblem } from './review-file';

/**
 * What became of one submission of a colleague's review file:
 * - `adopted`: this trainer had no marks of it; the colleague's became the marks (ReviewMarkRecord.markedBy);
 * - `updated`: marks adopted from this colleague earlier and not changed here since, replaced by their newer ones;
 * - `colleagueAdded`: this trainer marked it too; the colleague's marks are kept beside (a double-marked work);
 * - `colleagueUpdated`: the colleague's marks kept beside, replaced by a newer revision of theirs;
 * - `unchanged`: this or a newer revision of the colleague's marks is already here;
 * - `ownMarks`: the marks are this trainer's own, passed on in the colleague's file: nothing to take;
 * - `refused`: nothing of the submission was taken, for `reason` (`submission`: the cohort import's own outcome).
 * `submissionImported`: the submission itself was not here and came in with the file, through the cohort import.
 */
export type MergeOutcome =
  | {
      kind: 'adopted' | 'updated' | 'colleagueAdded' | 'colleagueUpdated' | 'unchanged' | 'ownMarks';
      submissionImported: boolean;
    }
  | {
      kind: 'refused';
      reason: 'invalidScore' | 'submissionMissing' | 'submissionMismatch' | 'otherReview' | 'storageFailed';
      detail: string;
    }
  | { kind: 'refused'; reason: 'submission'; submission: ImportFileOutcome };

export interface MergeReportEntry {
  digest: string;
  /** The submission's code in this review, when it is here (to name it without the participant's name). */
  anonymousCode?: string;
  /** Who gave these marks (the colleague, or the trainer whose marks they passed on). */
  markerName: string;
  outcome: MergeOutcome;
}

/**
 * What a review file did: refused as a whole (nothing imported), this trainer's own file (nothing to do), or merged
 * with an outcome for every submission it carries and how many bank comments came into the comment bank, and who
 * signed the file (the signature checked; absent for an unsigned file).
 */
export type MergeReport =
  | { kind: 'refused'; reason: ReviewFileProblem | 'otherReview'; detail: string }
  | { kind: 'ownFile' }
  | {
      kind: 'merged';
      markerName: string;
      signedBy?: Signer;
      entries: MergeReportEntry[];
      bankCommentsAdded: number;
    };

/** How many submissions ended each way, for the summary line. */
export function countMergeOutcomes(
  entries: readonly MergeReportEntry[],
): Record<MergeOutcome['kind'], number> {
  const counts = {
    adopted: 0,
    updated: 0,
    colleagueAdded: 0,
    colleagueUpdated: 0,
    unchanged: 0,
    ownMarks: 0,
    refused: 0,
  };
  for (const { outcome } of entries) counts[outcome.kind]++;
  return counts;
}
