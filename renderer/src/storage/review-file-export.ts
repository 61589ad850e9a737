import { markStatus } from '../domain/review/marks';
import { encodeReviewFile, reviewFileName, sealReviewFile } from '../domain/review/review-file';
import {
  REVIEW_FILE_FORMAT,
  type BankCommentV1,
  type ReviewedSubmissionV1,
} from '../domain/review/review-file-v1';
import type { CaseDraftDatabase } from './database';
import type { ReviewMarkRecord, ReviewRecord } from './records';
import { adoptedWriter } from './review-merge';
import { loadTrainerIdentity } from './trainer-identity-repository';

/** Who exports: this trainer (settings `markerId`, `trainerName`). */
export interface Marker {
  markerId: string;
  name: string;
}

export interface ExportedReviewFile {
  fileName: string;
  bytes: Uint8Array;
  /** How many marked submissions it carries. */
  marked: number;
}

/**
 * The trainer's review file of a review: every submission with marks (anything given at all), with its file and
 * the bank comments the marks use. Marks adopted from a colleague and not changed here go out under that colleague's
 * name and revision (`markedBy`), so a third trainer gets them as theirs; anything changed here is this trainer's.
 * Colleagues' marks kept beside one's own (colleagueMarks) are not passed on: each trainer sends their own. The
 * file is signed with the trainer's key when they have made it (review file format 2), sealed by its digest if not.
 */
export async function exportReviewFile(
  db: CaseDraftDatabase,
  review: ReviewRecord,
  marker: Marker,
  now = new Date(),
): Promise<ExportedReviewFile> {
  // Read in one transaction, so the marks, rows and bank agree; the submissions' Blobs are read after it, as a
  // transaction ends at the first wait that is not its own.
  const { submissions, contents, bankComments } = await db.transaction(
    'r',
    [db.reviewMarks, db.reviewSubmissions, db.reviewSubmissionContents, db.commentBank],
    async () => {
      const records = (await db.reviewMarks.where('reviewKey').equals(review.key).toArray()).filter(
        (record) => markStatus(record.sheet, review.case.rubric) !== 'not-started',
      );
      const digests = records.map((record) => record.digest);
      const rows = await db.reviewSubmissions.bulkGet(digests);
      const stored = await db.reviewSubmissionContents.bulkGet(digests);
      const kept = records.flatMap((record, index) => {
        const row = rows[index];
        const content = stored[index];
        return row && content ? [{ record, row, content }] : [];
      });
      const marked = kept.map(({ record, row }) => ({
        ...markedBy(record),
        digest: record.digest,
        participantKey: row.participantKey,
      }));
      return {
        submissions: marked,
        contents: kept.map(({ content }) => content),
        bankComments: await usedBankComments(db, marked),
      };
    },
  );
  const files = new Map<string, Uint8Array>();
  for (const { digest, submissionJson } of contents) {
    const text = typeof submissionJson === 'string' ? submissionJson : await submissionJson.text();
    files.set(digest, new TextEncoder().encode(text));
  }
  const signer = await loadTrainerIdentity(db);
  const sealed = await sealReviewFile(
    {
      format: REVIEW_FILE_FORMAT,
      formatVersion: 2,
      markerId: marker.markerId,
      markerName: marker.name,
      exportedAt: now.toISOString(),
      review: { packId: review.packId, caseId: review.caseId, packVersion: review.packVersion },
      submissions,
      bankComments,
    },
    signer,
  );
  const bytes = encodeReviewFile(sealed, files);
  return { fileName: reviewFileName(marker.name, review.caseId), bytes, marked: submissions.length };
}

/** The marks of a record as the file gives them: whose, at which of their revisions. */
function markedBy(record: ReviewMarkRecord): Omit<ReviewedSubmissionV1, 'digest' | 'participantKey'> {
  const { sheet, updatedAt } = record;
  const passedOn = record.markedBy && record.savedBy === adoptedWriter(record.markedBy.markerId);
  if (passedOn && record.markedBy) {
    const { markerId, name, revision } = record.markedBy;
    return { sheet, revision, updatedAt, markedBy: { markerId, name } };
  }
  return { sheet, revision: record.revision, updatedAt };
}

async function usedBankComments(
  db: CaseDraftDatabase,
  submissions: readonly ReviewedSubmissionV1[],
): Promise<BankCommentV1[]> {
  const ids = new Set<string>();
  for (const { sheet } of submissions) {
    for (const mark of Object.values(sheet.criteria)) mark.bankComments.forEach((id) => ids.add(id));
    for (const comment of sheet.anchored) if (comment.bankId !== undefined) ids.add(comment.bankId);
  }
  const found = await db.commentBank.bulkGet([...ids]);
  return found.flatMap((record) =>
    record ? [{ id: record.id, criterionId: record.criterionId, text: record.text }] : [],
  );
}
