import { PackError, type PackProblem } from '../domain/pack/pack-error';
import { readKeyFile, type ReadKeyOptions } from '../domain/pack/read-key';
import type { CaseDraftDatabase } from './database';
import type { TrainerKeyRecord } from './records';

/**
 * Why a trainer key was not attached to a review: unreadable (`problems` as for a pack: not a key, a pack offered
 * as a key, unsafe rich text…), or a key of another pack or pack version, or one without an answer for the case.
 */
export type AttachTrainerKeyResult =
  | { ok: true; outcome: 'attached' | 'replaced' | 'unchanged' }
  | { ok: false; reason: 'unreadable'; problems: PackProblem[] }
  | { ok: false; reason: 'otherPack' | 'otherPackVersion' | 'caseNotInKey' | 'reviewNotFound' };

/**
 * Reads a `.cdkey` file with the pack key reader and stores the answer for the review's case. The key stays on
 * the trainer's side: it lives in `trainerKeys`, which only the trainer's screens read. A different key for the
 * same review replaces the one stored (`replaced`), which the screen says; the same answer again is `unchanged`.
 */
export async function attachTrainerKey(
  db: CaseDraftDatabase,
  reviewKey: string,
  bytes: Uint8Array,
  options: ReadKeyOptions & { now?: Date },
): Promise<AttachTrainerKeyResult> {
  let key;
  try {
    key = readKeyFile(bytes, options);
  } catch (error) {
    if (error instanceof PackError) return { ok: false, reason: 'unreadable', problems: error.problems };
    throw error;
  }
  return db.transaction('rw', [db.reviews, db.trainerKeys], async (): Promise<AttachTrainerKeyResult> => {
    const review = await db.reviews.get(reviewKey);
    if (!review) return { ok: false, reason: 'reviewNotFound' };
    if (key.packId !== review.packId) return { ok: false, reason: 'otherPack' };
    if (key.packVersion !== review.packVersion) return { ok: false, reason: 'otherPackVersion' };
    const answer = key.cases.find((keyCase) => keyCase.caseId === review.caseId);
    if (!answer) return { ok: false, reason: 'caseNotInKey' };
    const existing = await db.trainerKeys.get(reviewKey);
    if (
      existing &&
      existing.modelAnswer === answer.modelAnswer &&
      existing.gradingNotes === answer.gradingNotes
    ) {
      return { ok: true, outcome: 'unchanged' };
    }
    await db.trainerKeys.put({
      reviewKey,
      modelAnswer: answer.modelAnswer,
      ...(answer.gradingNotes !== undefined && { gradingNotes: answer.gradingNotes }),
      importedAt: (options.now ?? new Date()).toISOString(),
    });
    return { ok: true, outcome: existing ? 'replaced' : 'attached' };
  });
}

export async function findTrainerKey(
  db: CaseDraftDatabase,
  reviewKey: string,
): Promise<TrainerKeyRecord | undefined> {
  return db.trainerKeys.get(reviewKey);
}
