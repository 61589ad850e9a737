import { cooperate } from '../domain/cooperate';
import { feedbackFileName, writeFeedback } from '../domain/feedback/feedback';
import type { NamedFile } from '../domain/feedback/feedback-zip';
import type { CaseDraftDatabase } from './database';
import { listBank } from './comment-bank-repository';
import { loadMarks } from './review-marks-repository';
import { findReview } from './review-repository';
import { findTrainerKey } from './trainer-key-repository';

/** What the trainer chose in the export dialog. */
export interface FeedbackExportChoices {
  /** The trainer's name (Settings.trainerName); marks taken over from a colleague carry the colleague's. */
  trainerName: string;
  /** Sends the trainer key's model answer with each file (when the review has one). */
  includeModelAnswer: boolean;
  /** Names the files by the participants' names; otherwise by their anonymous codes. */
  namesInFileNames: boolean;
  now?: Date;
}

/** The digests of a review's marked works (every criterion scored), in the order they were imported. */
export async function markedSubmissions(db: CaseDraftDatabase, reviewKey: string): Promise<string[]> {
  const records = await db.reviewSubmissions.where('reviewKey').equals(reviewKey).toArray();
  return records
    .filter((record) => record.status === 'marked')
    .sort((a, b) => a.importedAt.localeCompare(b.importedAt))
    .map((record) => record.digest);
}

/**
 * The feedback file of each of the given submissions of a review, one by one, with the trainer's own marks (a
 * colleague's only where they became this trainer's record): bank comments as their texts, the model answer when
 * chosen. A work with no marks yet, or no longer stored, is left out. The page is offered the thread between files.
 */
export async function* feedbackFiles(
  db: CaseDraftDatabase,
  reviewKey: string,
  digests: readonly string[],
  choices: FeedbackExportChoices,
): AsyncGenerator<NamedFile> {
  const review = await findReview(db, reviewKey);
  if (!review) return;
  const bankTexts = new Map((await listBank(db, review.packId)).map((comment) => [comment.id, comment.text]));
  const modelAnswerHtml = choices.includeModelAnswer
    ? (await findTrainerKey(db, reviewKey))?.modelAnswer
    : undefined;
  for (const digest of digests) {
    const [record, marks, content] = await Promise.all([
      db.reviewSubmissions.get(digest),
      loadMarks(db, digest),
      db.reviewSubmissionContents.get(digest),
    ]);
    if (!record || !marks || !content) continue;
    const { submissionJson } = content;
    const bytes = await writeFeedback({
      submissionText: typeof submissionJson === 'string' ? submissionJson : await submissionJson.text(),
      trainerName: marks.markedBy?.name ?? choices.trainerName,
      caseTitle: review.case.title,
      rubric: review.case.rubric,
      sheet: marks.sheet,
      bankTexts,
      ...(modelAnswerHtml !== undefined && { modelAnswerHtml }),
      ...(choices.now && { now: choices.now }),
    });
    const label = choices.namesInFileNames ? record.participantName : record.anonymousCode;
    yield { name: feedbackFileName(label, review.caseId), bytes };
    await cooperate();
  }
}
