import type { ImportFileOutcome } from '../domain/review/import-report';
import { markStatus, type MarkSheet } from '../domain/review/marks';
import { readReviewFile } from '../domain/review/review-file';
import type { ReviewedSubmissionV1 } from '../domain/review/review-file-v1';
import type { ReviewFile } from '../domain/review/review-file-v2';
import type { MergeOutcome, MergeReport, MergeReportEntry } from '../domain/review/review-merge-report';
import { importCohort } from './cohort-import';
import type { CaseDraftDatabase } from './database';
import type { ColleagueMarkRecord, ReviewMarkRecord, ReviewRecord, ReviewSubmissionRecord } from './records';
import { invalidScoreOf, queueRowWithMarks } from './review-marks-repository';

/**
 * The writer id (ReviewMarkRecord.savedBy) of marks the merge took over from a colleague: while a record still
 * has it, nobody here changed those marks, and a newer file from that colleague may replace them.
 */
export function adoptedWriter(markerId: string): string {
  return `review-file:${markerId}`;
}

/** Submissions missing here are handed to the cohort import this many at a time, so a zip is never all unpacked. */
const IMPORT_BATCH = 16;

/**
 * Merges a colleague's review file into a review. The file is refused whole for anything wrong with it as a file
 * (nothing is imported then), and is nothing to do when it is this trainer's own (`ownMarkerId`). Otherwise:
 * 1. each submission this trainer lacks is imported from the file by the cohort import, with all its checks,
 *    whole or not at all; a refused one's marks are refused with it;
 * 2. in one transaction, the bank comments the file carries and this bank lacks are added (so the marks' ids
 *    resolve), and for each submission: with no marks here the colleague's become the marks (`markedBy`); marks
 *    adopted from the same colleague and unchanged here since are replaced by a newer revision of theirs; otherwise
 *    the colleague's sit beside in `colleagueMarks`, a newer revision replacing an older one of the same colleague.
 *    An equal or older revision changes nothing, so the same file twice changes nothing.
 * Never throws for anything the file holds; a database failure in step 2 leaves no mark of the file stored (the
 * submissions of step 1 stay, each whole, and importing the file again takes the marks).
 */
export async function mergeReviewFile(
  db: CaseDraftDatabase,
  review: ReviewRecord,
  bytes: Uint8Array,
  ownMarkerId: string,
  now = new Date(),
): Promise<MergeReport> {
  const check = await readReviewFile(bytes);
  if (!check.ok) return { kind: 'refused', reason: check.reason, detail: check.detail };
  const { file } = check;
  const signed = check.signedBy && { signedBy: check.signedBy };
  if (file.markerId === ownMarkerId) return { kind: 'ownFile' };
  const { packId, caseId, packVersion } = file.review;
  if (packId !== review.packId || caseId !== review.caseId || packVersion !== review.packVersion) {
    return { kind: 'refused', reason: 'otherReview', detail: `${packId}/${caseId}@${packVersion}` };
  }
  const imported = await importMissing(db, review, file, check.submission, now);
  try {
    return await db.transaction(
      'rw',
      [db.reviewMarks, db.colleagueMarks, db.reviewSubmissions, db.commentBank],
      async () => {
        const bankCommentsAdded = await addBankComments(db, review, file, now);
        const entries = await mergeEntries(db, review, file, imported, ownMarkerId, now);
        return { kind: 'merged', markerName: file.markerName, ...signed, entries, bankCommentsAdded };
      },
    );
  } catch (error) {
    const outcome: MergeOutcome = { kind: 'refused', reason: 'storageFailed', detail: String(error) };
    return {
      kind: 'merged',
      markerName: file.markerName,
      ...signed,
      entries: file.submissions.map(({ digest, markedBy }) => ({
        digest,
        markerName: markedBy?.name ?? file.markerName,
        outcome,
      })),
      bankCommentsAdded: 0,
    };
  }
}

/**
 * Every submission's marks by the merge rules, inside the caller's transaction: what is here read in three requests
 * and what changes written in three, as a request per work per table took several times as long (150 works).
 */
async function mergeEntries(
  db: CaseDraftDatabase,
  review: ReviewRecord,
  file: ReviewFile,
  imported: ReadonlyMap<string, Extract<MergeOutcome, { kind: 'refused' }> | undefined>,
  ownMarkerId: string,
  now: Date,
): Promise<MergeReportEntry[]> {
  const digests = file.submissions.map((entry) => entry.digest);
  const fileMarker = { markerId: file.markerId, name: file.markerName };
  const markers = file.submissions.map((entry) => entry.markedBy ?? fileMarker);
  const [marks, rows, beside] = await Promise.all([
    db.reviewMarks.bulkGet(digests),
    db.reviewSubmissions.bulkGet(digests),
    db.colleagueMarks.bulkGet(
      digests.map((digest, index): [string, string] => [digest, (markers[index] ?? fileMarker).markerId]),
    ),
  ]);
  const markPuts: ReviewMarkRecord[] = [];
  const colleaguePuts: ColleagueMarkRecord[] = [];
  const rowPuts: ReviewSubmissionRecord[] = [];
  const entries = file.submissions.map((entry, index): MergeReportEntry => {
    const marker = markers[index] ?? fileMarker;
    const row = rows[index];
    const refusal = imported.get(entry.digest);
    const decided: Decision = refusal
      ? { outcome: refusal }
      : marker.markerId === ownMarkerId
        ? { outcome: { kind: 'ownMarks', submissionImported: false } }
        : decide(review, entry, marker, marks[index], beside[index], now);
    if (decided.marks) {
      markPuts.push(decided.marks);
      if (row) rowPuts.push(queueRowWithMarks(row, decided.marks.sheet, review.case.rubric));
    }
    if (decided.colleague) colleaguePuts.push(decided.colleague);
    const { outcome } = decided;
    const submissionImported = imported.has(entry.digest) && !refusal;
    return {
      digest: entry.digest,
      ...(row?.reviewKey === review.key && { anonymousCode: row.anonymousCode }),
      markerName: marker.name,
      outcome: outcome.kind === 'refused' ? outcome : { ...outcome, submissionImported },
    };
  });
  await db.reviewMarks.bulkPut(markPuts);
  await db.colleagueMarks.bulkPut(colleaguePuts);
  await db.reviewSubmissions.bulkPut(rowPuts);
  return entries;
}

/**
 * Imports the file's submissions this review lacks through the cohort import. Answers, by digest, those it took
 * (undefined) and those it refused (the refusal to report); a digest not in the answer was already here.
 */
async function importMissing(
  db: CaseDraftDatabase,
  review: ReviewRecord,
  file: ReviewFile,
  submission: (digest: string) => Promise<Uint8Array> | undefined,
  now: Date,
): Promise<Map<string, Extract<MergeOutcome, { kind: 'refused' }> | undefined>> {
  const answers = new Map<string, Extract<MergeOutcome, { kind: 'refused' }> | undefined>();
  const here = await db.reviewSubmissions.bulkGet(file.submissions.map((entry) => entry.digest));
  const missing: string[] = [];
  file.submissions.forEach(({ digest }, index) => {
    const row = here[index];
    if (!row) missing.push(digest);
    else if (row.reviewKey !== review.key) {
      answers.set(digest, { kind: 'refused', reason: 'otherReview', detail: row.reviewKey });
    }
  });
  for (let start = 0; start < missing.length; start += IMPORT_BATCH) {
    const batch: { digest: string; name: string; bytes: Uint8Array }[] = [];
    for (const digest of missing.slice(start, start + IMPORT_BATCH)) {
      const read = await readEntry(submission, digest);
      if (read instanceof Uint8Array) batch.push({ digest, name: `${digest}.cdsub`, bytes: read });
      else answers.set(digest, read);
    }
    const report = await importCohort(db, review, batch, { now: () => now });
    report.entries.forEach(({ outcome }, index) => {
      const digest = batch[index]?.digest;
      if (digest !== undefined) answers.set(digest, importAnswer(digest, outcome));
    });
  }
  return answers;
}

async function readEntry(
  submission: (digest: string) => Promise<Uint8Array> | undefined,
  digest: string,
): Promise<Uint8Array | Extract<MergeOutcome, { kind: 'refused' }>> {
  const reading = submission(digest);
  if (!reading) return { kind: 'refused', reason: 'submissionMissing', detail: digest };
  try {
    return await reading;
  } catch (error) {
    const submissionOutcome: ImportFileOutcome = {
      kind: 'refused',
      reason: 'unreadableEntry',
      detail: String(error),
    };
    return { kind: 'refused', reason: 'submission', submission: submissionOutcome };
  }
}

/** What the cohort import's outcome of a submission means for its marks. */
function importAnswer(
  digest: string,
  outcome: ImportFileOutcome,
): Extract<MergeOutcome, { kind: 'refused' }> | undefined {
  if (outcome.kind === 'refused' || outcome.kind === 'notImported') {
    return { kind: 'refused', reason: 'submission', submission: outcome };
  }
  // A file that is a good submission of the review, but not the one the marks were given to: kept as any imported
  // submission is, and its marks are not taken.
  if (outcome.digest !== digest)
    return { kind: 'refused', reason: 'submissionMismatch', detail: outcome.digest };
  return undefined;
}

/** Adds the bank comments of the file this bank lacks (by id), under the review's pack. Inside the transaction. */
async function addBankComments(
  db: CaseDraftDatabase,
  review: ReviewRecord,
  file: ReviewFile,
  now: Date,
): Promise<number> {
  const here = await db.commentBank.bulkGet(file.bankComments.map((comment) => comment.id));
  const at = now.toISOString();
  const added = file.bankComments
    .filter((_, index) => !here[index])
    .map(({ id, criterionId, text }) => ({
      id,
      packId: review.packId,
      criterionId,
      text,
      createdAt: at,
      updatedAt: at,
    }));
  await db.commentBank.bulkAdd(added);
  return added.length;
}

/** What one submission's marks from a colleague come to, and what to write for it. */
interface Decision {
  outcome: MergeOutcome;
  /** The trainer's marks, taken over or updated (the queue row follows them). */
  marks?: ReviewMarkRecord;
  /** The colleague's marks kept beside. */
  colleague?: ColleagueMarkRecord;
}

/** One submission's marks from a colleague, by the merge rules, against what is stored of it. */
function decide(
  review: ReviewRecord,
  entry: ReviewedSubmissionV1,
  marker: { markerId: string; name: string },
  current: ReviewMarkRecord | undefined,
  beside: ColleagueMarkRecord | undefined,
  now: Date,
): Decision {
  const rubric = review.case.rubric;
  const sheet: MarkSheet = entry.sheet;
  const invalid = invalidScoreOf(sheet, rubric);
  if (invalid !== undefined) return { outcome: { kind: 'refused', reason: 'invalidScore', detail: invalid } };
  const unchanged: Decision = { outcome: { kind: 'unchanged', submissionImported: false } };
  const { markerId } = marker;
  const unchangedAdoption =
    current?.markedBy?.markerId === markerId && current.savedBy === adoptedWriter(markerId);
  const hasOwnMarks =
    current && (markStatus(current.sheet, rubric) !== 'not-started' || (current.keptAside?.length ?? 0) > 0);
  if (!hasOwnMarks || unchangedAdoption) {
    if (unchangedAdoption && current.markedBy && entry.revision <= current.markedBy.revision)
      return unchanged;
    return {
      outcome: { kind: unchangedAdoption ? 'updated' : 'adopted', submissionImported: false },
      marks: {
        ...current,
        digest: entry.digest,
        reviewKey: review.key,
        sheet,
        // Past any revision a window may hold, so a window still open on these marks is refused, not written over.
        revision: (current?.revision ?? 0) + 1,
        updatedAt: now.toISOString(),
        savedBy: adoptedWriter(markerId),
        markedBy: { markerId, name: marker.name, revision: entry.revision },
      },
    };
  }
  // Marks adopted from this colleague and changed here since: their same or an older revision brings nothing new.
  if (current.markedBy?.markerId === markerId && entry.revision <= current.markedBy.revision)
    return unchanged;
  if (beside && beside.revision >= entry.revision) return unchanged;
  return {
    outcome: { kind: beside ? 'colleagueUpdated' : 'colleagueAdded', submissionImported: false },
    colleague: {
      digest: entry.digest,
      reviewKey: review.key,
      markerId,
      markerName: marker.name,
      sheet,
      revision: entry.revision,
      updatedAt: entry.updatedAt,
      importedAt: now.toISOString(),
    },
  };
}
