import type { RubricCriterion } from '../domain/pack/pack-fields';
import {
  emptyMarkSheet,
  isValidPoints,
  markStatus,
  scoredCriteria,
  totalPoints,
  type MarkSheet,
} from '../domain/review/marks';
import type { CaseDraftDatabase } from './database';
import type { ReviewMarkRecord, ReviewSubmissionRecord } from './records';

/**
 * A sheet with a score the rubric does not allow (a criterion it lacks, a score beyond its maximum or not in
 * halves). The marking screen only ever builds valid sheets, so this is a programming error, thrown rather than
 * stored: a stored bad score would show a wrong total in the queue and the exports.
 */
export class InvalidMarksError extends Error {
  constructor(
    readonly digest: string,
    readonly criterionId: string,
  ) {
    super(`Marks of ${digest}: the score of criterion ${criterionId} is not one its rubric allows`);
    this.name = 'InvalidMarksError';
  }
}

/** The first criterion of the sheet whose score the rubric does not allow; undefined when every score is valid. */
export function invalidScoreOf(sheet: MarkSheet, rubric: readonly RubricCriterion[]): string | undefined {
  const maxPoints = new Map(rubric.map((criterion) => [criterion.id, criterion.maxPoints]));
  return Object.entries(sheet.criteria).find(([id, mark]) => {
    if (mark.points === undefined) return false;
    const max = maxPoints.get(id);
    return max === undefined || !isValidPoints(mark.points, max);
  })?.[0];
}

export async function loadMarks(
  db: CaseDraftDatabase,
  digest: string,
): Promise<ReviewMarkRecord | undefined> {
  return db.reviewMarks.get(digest);
}

export interface MarksToSave {
  digest: string;
  reviewKey: string;
  sheet: MarkSheet;
  /** The revision this window last wrote or loaded; 0 when no marks were stored yet. */
  expectedRevision: number;
  /** The window saving (its random id), recorded as `savedBy` so its own rescue copy may go over this save. */
  writerId: string;
  rubric: readonly RubricCriterion[];
}

export type SaveMarksResult =
  { ok: true; revision: number } | { ok: false; reason: 'conflict'; current: ReviewMarkRecord };

/**
 * Saves a trainer's marks of one submission, as drafts are saved: one transaction (strict durability, as the
 * database is opened) that first checks nobody saved these marks since `expectedRevision`. A save that was
 * overtaken is refused with the marks now stored, so the caller can keep its own aside instead of overwriting
 * them. The same transaction sets the queue row's status and total, so the queue never disagrees with the marks.
 * Marks kept aside stay with the record. Throws InvalidMarksError for a score the rubric does not allow.
 */
export async function saveMarks(
  db: CaseDraftDatabase,
  marks: MarksToSave,
  now = new Date(),
): Promise<SaveMarksResult> {
  const { digest, reviewKey, sheet, expectedRevision, writerId, rubric } = marks;
  const invalid = invalidScoreOf(sheet, rubric);
  if (invalid !== undefined) throw new InvalidMarksError(digest, invalid);
  return db.transaction('rw', [db.reviewMarks, db.reviewSubmissions], async () => {
    const current = await db.reviewMarks.get(digest);
    if ((current?.revision ?? 0) !== expectedRevision) {
      // No stored marks while this window expected some: they were removed, and this window's are the only ones.
      if (!current) return { ok: false, reason: 'conflict', current: emptyRecord(digest, reviewKey) };
      return { ok: false, reason: 'conflict', current };
    }
    const revision = expectedRevision + 1;
    const record: ReviewMarkRecord = {
      ...current,
      digest,
      reviewKey,
      sheet,
      revision,
      updatedAt: now.toISOString(),
      savedBy: writerId,
    };
    await db.reviewMarks.put(record);
    await writeQueueRow(db, digest, sheet, rubric);
    return { ok: true, revision };
  });
}

/** What a conflict reports when the marks this window expected are gone: nothing stored, at revision 0. */
function emptyRecord(digest: string, reviewKey: string): ReviewMarkRecord {
  return {
    digest,
    reviewKey,
    sheet: emptyMarkSheet(),
    revision: 0,
    updatedAt: new Date(0).toISOString(),
  };
}

/** The queue row's status and total from the marks; inside the caller's transaction. */
async function writeQueueRow(
  db: CaseDraftDatabase,
  digest: string,
  sheet: MarkSheet,
  rubric: readonly RubricCriterion[],
): Promise<void> {
  const row = await db.reviewSubmissions.get(digest);
  if (row) await db.reviewSubmissions.put(queueRowWithMarks(row, sheet, rubric));
}

/** A queue row with the status and total of these marks (the review merge writes many at once). */
export function queueRowWithMarks(
  row: ReviewSubmissionRecord,
  sheet: MarkSheet,
  rubric: readonly RubricCriterion[],
): ReviewSubmissionRecord {
  const { total: _previous, ...rest } = row;
  return {
    ...rest,
    status: markStatus(sheet, rubric),
    ...(scoredCriteria(sheet, rubric) > 0 && { total: totalPoints(sheet, rubric) }),
  };
}

/**
 * Keeps a window's marks that could not be saved (another window saved first) with the stored record, newest
 * last, without touching its sheet or revision: the other window's next save goes through as usual, and these
 * marks wait until the trainer restores or discards them. With no stored record, one at revision 0 holds them.
 */
export async function keepMarksAside(
  db: CaseDraftDatabase,
  { digest, reviewKey }: { digest: string; reviewKey: string },
  sheet: MarkSheet,
  savedAt: Date,
): Promise<ReviewMarkRecord> {
  return db.transaction('rw', db.reviewMarks, async () => {
    const current = (await db.reviewMarks.get(digest)) ?? emptyRecord(digest, reviewKey);
    const entry = { sheet, savedAt: savedAt.toISOString() };
    const record = { ...current, keptAside: [...(current.keptAside ?? []), entry] };
    await db.reviewMarks.put(record);
    return record;
  });
}

/** Removes one sheet kept aside (named by when it was kept); the stored marks stay as they are. */
export async function discardKeptAsideMarks(
  db: CaseDraftDatabase,
  digest: string,
  savedAt: string,
): Promise<ReviewMarkRecord | undefined> {
  return db.transaction('rw', db.reviewMarks, async () => {
    const current = await db.reviewMarks.get(digest);
    if (!current) return undefined;
    const keptAside = (current.keptAside ?? []).filter((entry) => entry.savedAt !== savedAt);
    const { keptAside: _before, ...rest } = current;
    const record: ReviewMarkRecord = { ...rest, ...(keptAside.length > 0 && { keptAside }) };
    await db.reviewMarks.put(record);
    return record;
  });
}

/**
 * Makes a sheet kept aside (named by when it was kept) the marks again, under the same revision check as any
 * save, and keeps the marks it replaces aside in its place: restoring never loses the other version either.
 */
export async function restoreKeptAsideMarks(
  db: CaseDraftDatabase,
  marks: Omit<MarksToSave, 'sheet'> & { savedAt: string },
  now = new Date(),
): Promise<SaveMarksResult | { ok: false; reason: 'gone' }> {
  const { digest, expectedRevision, writerId, rubric, savedAt } = marks;
  return db.transaction('rw', [db.reviewMarks, db.reviewSubmissions], async () => {
    const current = await db.reviewMarks.get(digest);
    if (!current || current.revision !== expectedRevision) {
      return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'gone' };
    }
    const restored = current.keptAside?.find((entry) => entry.savedAt === savedAt);
    if (!restored) return { ok: false, reason: 'gone' };
    const invalid = invalidScoreOf(restored.sheet, rubric);
    if (invalid !== undefined) throw new InvalidMarksError(digest, invalid);
    // Marks never given (a record that only held sheets kept aside) are nothing to keep.
    const replaced =
      markStatus(current.sheet, rubric) === 'not-started'
        ? []
        : [{ sheet: current.sheet, savedAt: current.updatedAt }];
    const keptAside = [...(current.keptAside ?? []).filter((entry) => entry !== restored), ...replaced];
    const { keptAside: _before, ...rest } = current;
    const revision = expectedRevision + 1;
    await db.reviewMarks.put({
      ...rest,
      sheet: restored.sheet,
      revision,
      updatedAt: now.toISOString(),
      savedBy: writerId,
      ...(keptAside.length > 0 && { keptAside }),
    });
    await writeQueueRow(db, digest, restored.sheet, rubric);
    return { ok: true, revision };
  });
}
