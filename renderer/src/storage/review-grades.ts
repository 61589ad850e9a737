import type { CaseDraftDatabase } from './database';
import type { ReviewMarkRecord, ReviewRecord } from './records';
import { listBank } from './comment-bank-repository';
import { type QueueEntry, listQueue } from './review-repository';
import { readSetting } from './settings-repository';

/** A participant's marked submission (the newest they sent, as the queue shows) with this trainer's marks of it. */
export interface ParticipantMarks {
  entry: QueueEntry;
  /** Absent while the work has no marks at all. */
  marks?: ReviewMarkRecord;
}

export interface ReviewGrades {
  participants: ParticipantMarks[];
  /** Bank comment texts by id, for every file that leaves the app. */
  bankTexts: Map<string, string>;
  /** The name written as the marker where the marks are this trainer's own. */
  trainerName: string;
}

/**
 * Everything grades leave the app with, read at once: each participant's marks are the trainer's own record (a
 * colleague's only where they were taken over, `markedBy`), never the colleagues' marks shown beside.
 */
export async function loadReviewGrades(db: CaseDraftDatabase, review: ReviewRecord): Promise<ReviewGrades> {
  const queue = await listQueue(db, review.key);
  const marks = await db.reviewMarks.bulkGet(queue.map((entry) => entry.digest));
  const bank = await listBank(db, review.packId);
  return {
    participants: queue.map((entry, index) => {
      const record = marks[index];
      return record ? { entry, marks: record } : { entry };
    }),
    bankTexts: new Map(bank.map((comment) => [comment.id, comment.text])),
    trainerName: (await readSetting(db, 'trainerName')) ?? '',
  };
}
