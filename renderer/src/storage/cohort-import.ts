import { cooperate } from '../domain/cooperate';
import { PackError, type PackProblem } from '../domain/pack/pack-error';
import type { AcceptedSubmission } from '../domain/review/check-cohort-file';
import { codeNotTaken, participantKey } from '../domain/review/anonymous-code';
import {
  hasSubmissionExtension,
  listCohortFiles,
  MAX_SUBMISSION_FILE_BYTES,
  type CohortFile,
  type PendingFile,
  type RefusedArchive,
} from '../domain/review/cohort-files';
import type {
  ImportFileOutcome,
  ImportRefusalReason,
  ImportReport,
  ImportReportEntry,
} from '../domain/review/import-report';
import { startCohortChecker, type CohortChecker } from './cohort-check-client';
import { MAX_COHORT_CHECK_WORKERS } from './cohort-check-protocol';
import type { CaseDraftDatabase } from './database';
import type { ReviewRecord, ReviewSubmissionContentRecord, ReviewSubmissionRecord } from './records';
import { isNewer, reviewTarget } from './review-repository';
import { loadTrainerIdentity } from './trainer-identity-repository';

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

/** A file whose checks are done: the outcome it already has, or what to store of it. */
type CheckedFile = { outcome: ImportFileOutcome } | { accepted: AcceptedSubmission };

/**
 * Files checked ahead of the one being stored: each worker has the next file to check while the page writes this
 * one, and one more, so none waits when a write takes longer than a check. Each is at most a submission's size.
 */
const CHECKS_AHEAD = 2 * MAX_COHORT_CHECK_WORKERS;

/**
 * Imports a cohort's submission files into a review, one file at a time, each in a transaction of its own: a file
 * lands whole or not at all, and a refused or failed file never stops the others. Every file gets a line in the
 * report. A file's checks run in a worker (checkCohortFile) while the page stores the file before it, so the
 * screen stays responsive and Cancel can be clicked. Never throws for anything a file holds; throws if the
 * worker itself fails (the files stored until then stay).
 *
 * Measured with `npm run bench -- cohort-import` (150 generated 1.4 MB submissions, 2-core machine shared and
 * loaded, December 2026): with every check on the page's thread the import took 18.7-20.5 s, 0.41-0.45 of the
 * raw throughput, with tasks of up to 342 ms; the checks of one file take some 50-75 ms of a thread, its write
 * 25-30 ms, mostly waiting for the disk. See docs/architecture.md for the figures with the worker.
 */
export async function importCohort(
  db: CaseDraftDatabase,
  review: ReviewRecord,
  files: readonly CohortFile[],
  options: CohortImportOptions = {},
): Promise<ImportReport> {
  const pending = listCohortFiles(files);
  const identity = await loadTrainerIdentity(db);
  const checker = startCohortChecker({
    target: reviewTarget(review),
    actType: review.case.actType,
    anonymitySecret: review.anonymitySecret,
    identities: identity ? [identity] : [],
  });
  const unchecked = pending.values();
  /** The checks of the file in hand and of those begun ahead of it, in order. */
  const checks: Promise<CheckedFile>[] = [];
  const entries: ImportReportEntry[] = [];
  let cancelled = false;
  try {
    for (const file of pending) {
      await cooperate();
      cancelled ||= options.signal?.aborted === true;
      for (let ahead = cancelled ? undefined : unchecked.next(); ahead && !ahead.done;) {
        const begun = checkFile(ahead.value, checker, options.signal);
        // Awaited in its turn; one begun ahead of a cancel is not, and its failure then says nothing.
        begun.catch(() => undefined);
        checks.push(begun);
        ahead = checks.length <= CHECKS_AHEAD ? unchecked.next() : undefined;
      }
      const check: Promise<CheckedFile> | undefined = cancelled ? undefined : checks.shift();
      const checked: CheckedFile = check ? await check : { outcome: { kind: 'notImported' } };
      const outcome: ImportFileOutcome =
        'outcome' in checked ? checked.outcome : await storeChecked(db, review, file, checked, options);
      cancelled ||= outcome.kind === 'notImported';
      entries.push({ fileName: file.name, outcome });
      if (!cancelled)
        options.onProgress?.({ done: entries.length, total: pending.length, fileName: file.name });
    }
  } finally {
    checker.close();
  }
  return { entries, cancelled };
}

/** Reads a file (unpacking it from its zip) and has the worker check it. */
async function checkFile(
  file: PendingFile | RefusedArchive,
  checker: CohortChecker,
  signal: AbortSignal | undefined,
): Promise<CheckedFile> {
  const refused = (reason: ImportRefusalReason, detail: string, problem?: PackProblem): CheckedFile => ({
    outcome: { kind: 'refused', reason, detail, ...(problem && { problem }) },
  });
  if ('problem' in file) return refused('unreadableArchive', file.problem.code, file.problem);
  if (file.inArchive && !hasSubmissionExtension(file.name)) return refused('notSubmissionFile', file.name);
  if (file.size > MAX_SUBMISSION_FILE_BYTES) return refused('tooLarge', `${file.size} bytes`);
  let bytes: Uint8Array;
  try {
    bytes = await file.read(signal);
  } catch (error) {
    // Cancelled while unpacking a large entry: like every file after it, this one is not imported.
    if (signal?.aborted) return { outcome: { kind: 'notImported' } };
    if (!(error instanceof PackError)) throw error;
    return refused('unreadableEntry', error.message, error.problems[0]);
  }
  const check = await checker.check(bytes);
  if (check.ok) return { accepted: check.accepted };
  const { reason, detail, limit, sealedTo } = check;
  return {
    outcome: { kind: 'refused', reason, detail, ...(limit && { limit }), ...(sealedTo && { sealedTo }) },
  };
}

async function storeChecked(
  db: CaseDraftDatabase,
  review: ReviewRecord,
  file: PendingFile | RefusedArchive,
  { accepted }: { accepted: AcceptedSubmission },
  options: CohortImportOptions,
): Promise<ImportFileOutcome> {
  const record: ReviewSubmissionRecord = {
    digest: accepted.digest,
    reviewKey: review.key,
    participantKey: participantKey(accepted.participantName),
    participantName: accepted.participantName,
    anonymousCode: '',
    exportedAt: accepted.exportedAt,
    importedAt: (options.now?.() ?? new Date()).toISOString(),
    fileName: file.name,
    ...accepted.summary,
    status: 'not-started',
    receipt: accepted.receipt,
    ...(accepted.sealed && { sealed: true }),
  };
  try {
    return await storeSubmission(db, record, accepted.codeCharacters, {
      digest: record.digest,
      submissionJson: accepted.submissionJson,
      header: accepted.header,
    });
  } catch (error) {
    return { kind: 'refused', reason: 'storageFailed', detail: String(error) };
  }
}

/** Stores one submission and its summary in one transaction, unless it is already here. */
async function storeSubmission(
  db: CaseDraftDatabase,
  record: ReviewSubmissionRecord,
  codeCharacters: string,
  content: ReviewSubmissionContentRecord,
): Promise<ImportFileOutcome> {
  return db.transaction('rw', [db.reviewSubmissions, db.reviewSubmissionContents], async () => {
    const existing = await db.reviewSubmissions.get(record.digest);
    if (existing) {
      const { digest, anonymousCode } = existing;
      return { kind: 'duplicate', digest, anonymousCode, ...(record.receipt && { receipt: record.receipt }) };
    }
    const earlier = await db.reviewSubmissions
      .where('[reviewKey+participantKey]')
      .equals([record.reviewKey, record.participantKey])
      .toArray();
    if (earlier[0]) record.anonymousCode = earlier[0].anonymousCode;
    else {
      // One getAll, not a cursor's step per row: by the 150th file of a cohort that was 149 round trips.
      const others = await db.reviewSubmissions.where('reviewKey').equals(record.reviewKey).toArray();
      const taken = new Set(others.map((other) => other.anonymousCode));
      record.anonymousCode = codeNotTaken(codeCharacters, taken);
    }
    await db.reviewSubmissions.add(record);
    await db.reviewSubmissionContents.add(content);
    const kind = !earlier.length
      ? 'imported'
      : earlier.every((other) => isNewer(record, other))
        ? 'newerVersion'
        : 'earlierVersion';
    const { digest, anonymousCode, receipt } = record;
    return { kind, digest, anonymousCode, ...(receipt && { receipt }) };
  });
}
