import { checkCompleteness } from '../../../domain/act/completeness';
import { parseActDocument } from '../../../domain/act/document';
import type { ActTemplate } from '../../../domain/act/template';
import { cooperate } from '../../../domain/cooperate';
import type { CohortWork } from '../../../domain/review/cohort-analytics';
import { missingRequisitesOf } from '../../../domain/review/review-match';
import { listBank } from '../../../storage/comment-bank-repository';
import type { CaseDraftDatabase } from '../../../storage/database';
import type { CommentBankRecord, ReviewRecord, ReviewSubmissionRecord } from '../../../storage/records';
import { listQueue, readReviewSubmission, reviewTarget } from '../../../storage/review-repository';

/** What the cohort's charts are drawn from: each participant's newest work, and the pack's comment bank. */
export interface LoadedCohort {
  works: CohortWork[];
  bank: Map<string, CommentBankRecord>;
  template: ActTemplate | undefined;
}

/**
 * Reads a review's cohort for its charts: the queue (each participant's newest work, as the trainer marks it), the
 * trainer's own marks of each (the mark of a submission, whoever gave it first: see ReviewMarkRecord.markedBy), and
 * the bank. Works are labelled by code unless `showNames`. A work imported before the import kept which requisites
 * it lacks has them worked out from its stored act here, once, and written to its row.
 */
export async function loadCohort(
  db: CaseDraftDatabase,
  review: ReviewRecord,
  showNames: boolean,
): Promise<LoadedCohort> {
  const template = reviewTarget(review)?.template;
  const [queue, bank] = await Promise.all([listQueue(db, review.key), listBank(db, review.packId)]);
  const marks = await db.reviewMarks.bulkGet(queue.map((entry) => entry.digest));
  const works: CohortWork[] = [];
  for (const [index, entry] of queue.entries()) {
    works.push({
      digest: entry.digest,
      label: showNames ? entry.participantName : entry.anonymousCode,
      sheet: marks[index]?.sheet,
      missingRequisiteIds: entry.missingRequisiteIds ?? (await missingOfStoredAct(db, entry, template)),
    });
  }
  return { works, bank: new Map(bank.map((comment) => [comment.id, comment])), template };
}

/**
 * The requisites a stored act lacks, by the completeness checker, kept on its row for the next time. Tens of
 * milliseconds for a long act: the page is given back between acts.
 */
async function missingOfStoredAct(
  db: CaseDraftDatabase,
  entry: ReviewSubmissionRecord,
  template: ActTemplate | undefined,
): Promise<string[]> {
  const submission = template && (await readReviewSubmission(db, entry.digest));
  if (!template || !submission) return [];
  const missing = missingRequisitesOf(checkCompleteness(parseActDocument(submission.document), template));
  await db.reviewSubmissions.update(entry.digest, { missingRequisiteIds: missing });
  await cooperate();
  return missing;
}
