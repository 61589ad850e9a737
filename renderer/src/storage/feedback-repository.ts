import {
  readFeedback,
  type FeedbackCheck,
  type FeedbackRefusal,
  type ReadFeedbackOptions,
} from '../domain/feedback/feedback';
import type { Signer } from '../domain/keys/signed-digest';
import type { CaseDraftDatabase } from './database';
import { caseKey, type FeedbackRecord } from './records';

/**
 * What importing a feedback file did: stored it; found it here already (the same file again: nothing changes);
 * found another file under its id (the one here is kept, and the trainee told); or refused it, saying why.
 * `participantName` is whom the file is for: the name in the submission inside; `signedBy`, who signed the file
 * (the signature checked), undefined when it is not signed.
 */
export type FeedbackImportResult =
  | { outcome: 'imported'; record: FeedbackRecord; participantName: string; signedBy: Signer | undefined }
  | { outcome: 'alreadyHad'; record: FeedbackRecord; participantName: string; signedBy: Signer | undefined }
  | { outcome: 'idTaken'; record: FeedbackRecord }
  | { outcome: 'refused'; refusal: FeedbackRefusal };

export interface ImportFeedbackOptions extends ReadFeedbackOptions {
  now?: Date;
}

/**
 * Checks a feedback file whole (readFeedback) and keeps it as a row of its own, keyed by its feedback id: a second
 * feedback for the same submission (re-marked, or by another trainer) is a row beside the first, never over it.
 * Only the feedback table is written: the trainee's draft is never touched. A case not in the library does not
 * stop the import; the feedback waits, reachable from the library, for the trainee to open it.
 */
export async function importFeedback(
  db: CaseDraftDatabase,
  bytes: Uint8Array,
  options: ImportFeedbackOptions,
): Promise<FeedbackImportResult> {
  // Read before the transaction: the digest is computed with crypto.subtle, which would end an IndexedDB transaction.
  const check = await readFeedback(bytes, options);
  if (!check.ok) return { outcome: 'refused', refusal: check };
  const { feedback, signedBy } = check;
  const participantName = check.submission.participant.name;
  const record: FeedbackRecord = {
    id: feedback.feedbackId,
    caseKey: caseKey(feedback.packId, feedback.caseId),
    packId: feedback.packId,
    caseId: feedback.caseId,
    packVersion: feedback.packVersion,
    caseTitle: feedback.caseTitle,
    submissionDigest: feedback.submissionDigest,
    trainerName: feedback.trainerName,
    total: feedback.total,
    maxTotal: feedback.maxTotal,
    createdAt: feedback.createdAt,
    importedAt: (options.now ?? new Date()).toISOString(),
    fileText: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/json' }),
  };
  const existing = await db.transaction('rw', db.feedback, async () => {
    const stored = await db.feedback.get(record.id);
    if (!stored) await db.feedback.add(record);
    return stored;
  });
  if (!existing) return { outcome: 'imported', record, participantName, signedBy };
  return (await storedDigest(existing)) === feedback.digest
    ? { outcome: 'alreadyHad', record: existing, participantName, signedBy }
    : { outcome: 'idTaken', record: existing };
}

/** The digest the stored file says it has; undefined when its text no longer reads as JSON. */
async function storedDigest(record: FeedbackRecord): Promise<string | undefined> {
  try {
    return (JSON.parse(await record.fileText.text()) as { digest?: string }).digest;
  } catch {
    return undefined;
  }
}

/** The newest first: by when the trainer made the file, then by when it was imported. */
function newestFirst(a: FeedbackRecord, b: FeedbackRecord): number {
  return b.createdAt.localeCompare(a.createdAt) || b.importedAt.localeCompare(a.importedAt);
}

/** Every feedback received for a case (any of its submissions), the newest first. */
export async function listFeedback(db: CaseDraftDatabase, key: string): Promise<FeedbackRecord[]> {
  return (await db.feedback.where('caseKey').equals(key).toArray()).sort(newestFirst);
}

/** Every feedback received, the newest first: the library shows them with their cases, or apart when the case is not there. */
export async function listAllFeedback(db: CaseDraftDatabase): Promise<FeedbackRecord[]> {
  return (await db.feedback.toArray()).sort(newestFirst);
}

/**
 * A received feedback, read again whole from the file kept (its act, its anchored comments' places): undefined
 * when there is none under the id; a refusal when the stored file no longer reads (a damaged database).
 */
export async function loadFeedback(
  db: CaseDraftDatabase,
  id: string,
  options: ReadFeedbackOptions,
): Promise<{ record: FeedbackRecord; check: FeedbackCheck } | undefined> {
  const record = await db.feedback.get(id);
  if (!record) return undefined;
  const bytes = new Uint8Array(await record.fileText.arrayBuffer());
  return { record, check: await readFeedback(bytes, options) };
}
