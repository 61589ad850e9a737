import { cooperate } from '../domain/cooperate';
import { feedbackFileName } from '../domain/feedback/feedback';
import { writeInThread, type FeedbackSource, type FeedbackWriter } from '../domain/feedback/feedback-writer';
import type { NamedFile } from '../domain/feedback/feedback-zip';
import type { CaseDraftDatabase } from './database';
import { listBank } from './comment-bank-repository';
import { loadMarks } from './review-marks-repository';
import { findReview } from './review-repository';
import { loadTrainerIdentity } from './trainer-identity-repository';
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
 * chosen, each signed when this trainer has made their keys (the writer gets them; a worker's copy of a CryptoKey is
 * still not extractable). A work with no marks yet, or no longer stored, is left out. The page is offered the
 * thread between files.
 */
export async function* feedbackFiles(
  db: CaseDraftDatabase,
  reviewKey: string,
  digests: readonly string[],
  choices: FeedbackExportChoices,
  write: FeedbackWriter = writeInThread,
): AsyncGenerator<NamedFile> {
  const review = await findReview(db, reviewKey);
  if (!review) return;
  const bankTexts = new Map((await listBank(db, review.packId)).map((comment) => [comment.id, comment.text]));
  const modelAnswerHtml = choices.includeModelAnswer
    ? (await findTrainerKey(db, reviewKey))?.modelAnswer
    : undefined;
  const signer = await loadTrainerIdentity(db);
  const fileOf = async (digest: string): Promise<NamedFile | undefined> => {
    const [record, marks, content] = await Promise.all([
      db.reviewSubmissions.get(digest),
      loadMarks(db, digest),
      db.reviewSubmissionContents.get(digest),
    ]);
    if (!record || !marks || !content) return undefined;
    const input: FeedbackSource['input'] = {
      trainerName: marks.markedBy?.name ?? choices.trainerName,
      caseTitle: review.case.title,
      rubric: review.case.rubric,
      sheet: marks.sheet,
      bankTexts,
      ...(modelAnswerHtml !== undefined && { modelAnswerHtml }),
      ...(choices.now && { now: choices.now }),
      ...(signer && { signer }),
    };
    const { submissionJson, header } = content;
    const bytes = await write({ submission: submissionJson, ...(header && { header }), input });
    const label = choices.namesInFileNames ? record.participantName : record.anonymousCode;
    return { name: feedbackFileName(label, review.caseId), bytes };
  };
  // The next files are being written (by workers, when the writer has them) while this one is taken.
  const writing: Promise<NamedFile | undefined>[] = [];
  for (const digest of digests) {
    writing.push(fileOf(digest));
    if (writing.length < FILES_WRITTEN_AHEAD) continue;
    const file = await writing.shift();
    if (file) yield file;
    await cooperate();
  }
  for (const pending of writing) {
    const file = await pending;
    if (file) yield file;
  }
}

/** Files written at once: one per worker, few enough to hold little memory. */
const FILES_WRITTEN_AHEAD = 2;
