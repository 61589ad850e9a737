import { cooperate } from '../domain/cooperate';
import { PackError } from '../domain/pack/pack-error';
import { anonymousCodeCharacters, codeNotTaken, participantKey } from '../domain/review/anonymous-code';
import {
  hasSubmissionExtension,
  listCohortFiles,
  MAX_SUBMISSION_FILE_BYTES,
  type CohortFile,
  type PendingFile,
} from '../domain/review/cohort-files';
import type { ImportFileOutcome, ImportReport, ImportReportEntry } from '../domain/review/import-report';
import { matchReview, type ReviewTarget } from '../domain/review/review-match';
import { readSubmission, type Submission, type SubmissionCheck } from '../domain/submission/submission';
import { excerpt } from '../domain/text/excerpt';
import type { CaseDraftDatabase } from './database';
import type { ReviewRecord, ReviewSubmissionRecord } from './records';
import { isNewer, reviewTarget } from './review-repository';

export interface CohortImportProgress {
  /** Files dealt with so far, and in all (a zip counts as its entries). */
  done: number;
  total: number;
  /** The file just dealt with. Holds the participant's name, as file names do: not for an anonymous screen. */
  fileName: string;
}

export interface CohortImportOptions {
  onProgress?: (progress: CohortImportProgress) => void;
  /** Stops before the next file; the files already stored stay, the rest are reported `notImported`. */
  signal?: AbortSignal;
  now?: () => Date;
}

/**
 * Imports a cohort's submission files into a review, one file at a time, each in a transaction of its own: a file
 * lands whole or not at all, and a refused or failed file never stops the others. Every file gets a line in the
 * report. The thread is yielded between files (and inside long ones, by the readers), so the screen stays
 * responsive and Cancel can be clicked. Never throws for anything a file holds.
 */
export async function importCohort(
  db: CaseDraftDatabase,
  review: ReviewRecord,
  files: readonly CohortFile[],
  options: CohortImportOptions = {},
): Promise<ImportReport> {
  const pending = listCohortFiles(files);
  const target = reviewTarget(review);
  const entries: ImportReportEntry[] = [];
  let cancelled = false;
  for (const file of pending) {
    await cooperate();
    cancelled ||= options.signal?.aborted === true;
    const outcome: ImportFileOutcome = cancelled
      ? { kind: 'notImported' }
      : 'problem' in file
        ? { kind: 'refused', reason: 'unreadableArchive', detail: file.problem.code, problem: file.problem }
        : await importFile(db, review, target, file, options);
    cancelled ||= outcome.kind === 'notImported';
    entries.push({ fileName: file.name, outcome });
    if (!cancelled)
      options.onProgress?.({ done: entries.length, total: pending.length, fileName: file.name });
  }
  return { entries, cancelled };
}

async function importFile(
  db: CaseDraftDatabase,
  review: ReviewRecord,
  target: ReviewTarget | undefined,
  file: PendingFile,
  options: CohortImportOptions,
): Promise<ImportFileOutcome> {
  if (file.inArchive && !hasSubmissionExtension(file.name)) {
    return { kind: 'refused', reason: 'notSubmissionFile', detail: file.name };
  }
  if (file.size > MAX_SUBMISSION_FILE_BYTES) {
    return { kind: 'refused', reason: 'tooLarge', detail: `${file.size} bytes` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await file.read(options.signal);
  } catch (error) {
    // Cancelled while unpacking a large entry: like every file after it, this one is not imported.
    if (options.signal?.aborted) return { kind: 'notImported' };
    if (!(error instanceof PackError)) throw error;
    return { kind: 'refused', reason: 'unreadableEntry', detail: error.message, problem: error.problems[0] };
  }
  const check = await readSubmissionSafely(bytes);
  if (!check.ok) {
    const { reason, detail, limit } = check;
    return { kind: 'refused', reason, detail, ...(limit && { limit }) };
  }
  // The reader yields between its own steps; checking the act against the review (the completeness checker and
  // the word count, some 25 ms for a 100-page act) is one more, so it does not add to the reader's last one.
  await cooperate();
  // A review of a case whose act type this app does not know cannot take any act; say so as for any other file.
  if (!target) return { kind: 'refused', reason: 'otherTemplate', detail: review.case.actType };
  const match = matchReview(check, target);
  if (!match.ok) return { kind: 'refused', reason: match.reason, detail: describeCase(check.submission) };
  // WebCrypto's promises are not IndexedDB's: awaited inside the transaction they would let it commit early, so
  // the code is worked out before and chosen inside.
  const codeCharacters = await anonymousCodeCharacters(
    review.anonymitySecret,
    check.submission.participant.name,
  );
  const record: ReviewSubmissionRecord = {
    digest: check.submission.digest.value,
    reviewKey: review.key,
    participantKey: participantKey(check.submission.participant.name),
    participantName: check.submission.participant.name,
    anonymousCode: '',
    exportedAt: check.submission.exportedAt,
    importedAt: (options.now?.() ?? new Date()).toISOString(),
    fileName: file.name,
    ...match.summary,
    status: 'not-started',
  };
  try {
    return await storeSubmission(db, record, codeCharacters, JSON.stringify(check.submission));
  } catch (error) {
    return { kind: 'refused', reason: 'storageFailed', detail: String(error) };
  }
}

/** Stores one submission and its summary in one transaction, unless it is already here. */
async function storeSubmission(
  db: CaseDraftDatabase,
  record: ReviewSubmissionRecord,
  codeCharacters: string,
  submissionJson: string,
): Promise<ImportFileOutcome> {
  return db.transaction('rw', [db.reviewSubmissions, db.reviewSubmissionContents], async () => {
    const existing = await db.reviewSubmissions.get(record.digest);
    if (existing)
      return { kind: 'duplicate', digest: existing.digest, anonymousCode: existing.anonymousCode };
    const earlier = await db.reviewSubmissions
      .where('[reviewKey+participantKey]')
      .equals([record.reviewKey, record.participantKey])
      .toArray();
    if (earlier[0]) record.anonymousCode = earlier[0].anonymousCode;
    else {
      const taken = new Set<string>();
      await db.reviewSubmissions
        .where('reviewKey')
        .equals(record.reviewKey)
        .each((other) => taken.add(other.anonymousCode));
      record.anonymousCode = codeNotTaken(codeCharacters, taken);
    }
    await db.reviewSubmissions.add(record);
    await db.reviewSubmissionContents.add({ digest: record.digest, submissionJson });
    const kind = !earlier.length
      ? 'imported'
      : earlier.every((other) => isNewer(record, other))
        ? 'newerVersion'
        : 'earlierVersion';
    return { kind, digest: record.digest, anonymousCode: record.anonymousCode };
  });
}

/**
 * readSubmission, with anything it throws made a refusal: a file nested deeper than the call stack, say, must be
 * one refused file in the report, not an import that stops there.
 */
async function readSubmissionSafely(bytes: Uint8Array): Promise<SubmissionCheck> {
  try {
    return await readSubmission(bytes);
  } catch (error) {
    return { ok: false, reason: 'invalidStructure', detail: excerpt(String(error), 300) };
  }
}

/** Which case a refused file is for, for the log: no participant name. */
function describeCase({ pack, case: packCase }: Submission): string {
  return `${pack.id} v${pack.version}, case ${packCase.id} (${packCase.actType})`;
}
