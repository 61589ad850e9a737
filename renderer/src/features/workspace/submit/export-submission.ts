import type { AppServices } from '../../../app/services';
import type { ActTemplate } from '../../../domain/act/template';
import { isBuiltInTemplate } from '../../../domain/act/templates';
import { receiptCode } from '../../../domain/keys/receipt';
import { sealSubmissionFile } from '../../../domain/submission/sealed-submission';
import {
  encodeSubmission,
  readSubmission,
  sealSubmission,
  submissionFileName,
  type SubmissionRefusal,
} from '../../../domain/submission/submission';
import { SUBMISSION_EXTENSION, SUBMISSION_FORMAT } from '../../../domain/submission/submission-v1';
import type { SubmissionExam, SubmissionV3 } from '../../../domain/submission/submission-v3';
import { isWorksheetBlank, type Worksheet } from '../../../domain/worksheet/worksheet';
import { findDraft, markDraftExported } from '../../../storage/draft-repository';
import type { CaseRecord } from '../../../storage/records';
import { keepSubmissionReceipt } from '../../../storage/submission-receipt-repository';
import type { SaveFileResult } from '../../../platform';
import { keepSubmittedLink, timelineWithSubmission } from './submitted-link';

export interface ExportRequest {
  caseRecord: CaseRecord;
  packTitle: string;
  /** The pack version the draft was written against. */
  packVersion: number;
  participantName: string;
  document: Record<string, unknown>;
  /** The worksheet as on screen; undefined (or blank) leaves it out of the file. */
  worksheet: Worksheet | undefined;
  /** The template the act follows; written into the file only when it is not one the app ships. */
  template: ActTemplate;
  /** The saved revision to mark as submitted once the file is written; 0 marks nothing (a copy, or unsaved text). */
  submittedRevision: number;
  /**
   * A copy of the work (when saving fails) is saved even if the trainer's CaseDraft would refuse it: it may be the
   * only place the trainee's text survives. A submission is not.
   */
  keepEvenIfUnreadable: boolean;
  dialog: { title: string; filterName: string };
}

/** The receipt of a saved file, which the trainee is shown and which is kept (submissionReceipts). */
export interface SavedReceipt {
  receipt: string;
  /** Fingerprints of the trainers the file is locked for; empty when the pack names none. */
  sealedTo: string[];
  /** Keeping it on this computer failed (a full disk): the trainee must write it down. */
  notKept?: true;
}

/**
 * What came of an export; `refusal` says why the trainer's CaseDraft would not read the file: not saved, it was
 * never offered; saved, it is a copy kept anyway. A saved file has its receipt.
 */
export type ExportResult = SaveFileResult & { refusal?: SubmissionRefusal; receipt?: SavedReceipt };

/**
 * Makes the draft (act, worksheet, writing timeline, exam) a submission file of the newest format, sealed to the
 * trainers its pack names (plain when it names none), reads it back as the trainer's CaseDraft will, and lets the
 * user save it; once saved, marks the case submitted, records the `submitted` link and keeps the file's receipt.
 * A submission the reader refuses (an act over its limits) is not offered for saving, so the trainee learns now,
 * not from the trainer.
 */
export async function exportSubmission(services: AppServices, request: ExportRequest): Promise<ExportResult> {
  const { caseRecord } = request;
  const { db } = services;
  const now = new Date();
  const [draft, pack, exam, timeline] = await Promise.all([
    findDraft(db, caseRecord.key),
    db.packs.get(caseRecord.packId),
    db.examSessions.get(caseRecord.key),
    timelineWithSubmission(db, caseRecord.key, now),
  ]);
  const submission: SubmissionV3 = await sealSubmission({
    format: SUBMISSION_FORMAT,
    formatVersion: 3 as const,
    participant: { name: request.participantName },
    pack: { id: caseRecord.packId, version: request.packVersion, title: request.packTitle },
    case: {
      id: caseRecord.id,
      title: caseRecord.title,
      // The template the draft follows, which a pack update never changes (the case may name another by now).
      actType: request.template.id,
      language: caseRecord.language,
    },
    // When the draft was first saved; a draft never saved is being created by this export.
    createdAt: draft?.createdAt ?? now.toISOString(),
    exportedAt: now.toISOString(),
    app: { name: services.appInfo.name, version: services.appInfo.version },
    document: request.document,
    ...(request.worksheet && !isWorksheetBlank(request.worksheet) && { worksheet: request.worksheet }),
    // A pack's own template goes with the act, so a reader without the pack can still check the act's parts.
    ...(!isBuiltInTemplate(request.template) && { template: { ...request.template } }),
    timeline: timeline.links,
    ...(exam && { exam: examOf(exam) }),
  });
  const trainers = pack?.trainers ?? [];
  const file = trainers.length
    ? await sealSubmissionFile(submission, trainers)
    : { bytes: encodeSubmission(submission), inner: undefined, sealedTo: [] };
  // The same reader as the trainer's, on the very bytes to be saved (inside the seal, which the trainee's app
  // cannot open): its limits are written down once.
  const check = await readSubmission(file.inner ?? file.bytes);
  const refusal = check.ok ? undefined : check;
  if (refusal && !request.keepEvenIfUnreadable) return { saved: false, refusal };
  const result = await services.platform.saveFile({
    title: request.dialog.title,
    suggestedName: submissionFileName(request.participantName, caseRecord.id),
    filters: [{ name: request.dialog.filterName, extensions: [SUBMISSION_EXTENSION] }],
    bytes: file.bytes,
  });
  if (!result.saved) return result;
  if (request.submittedRevision > 0 && !refusal) {
    await markDraftExported(db, caseRecord.key, request.submittedRevision, now);
  }
  const receipt: SavedReceipt = { receipt: await receiptCode(file.bytes), sealedTo: file.sealedTo };
  try {
    await keepSubmittedLink(db, caseRecord.key, timeline);
    await keepSubmissionReceipt(db, {
      caseKey: caseRecord.key,
      receipt: receipt.receipt,
      savedAt: now.toISOString(),
      fileName: result.name,
      sealedTo: file.sealedTo,
    });
  } catch {
    // The file is saved: a disk too full to keep its receipt must not hide the code, which the dialog shows.
    receipt.notKept = true;
  }
  return { ...result, receipt, ...(refusal && { refusal }) };
}

function examOf({ startedAt, durationMinutes, extraMinutes, lockedAt }: SubmissionExam): SubmissionExam {
  return { startedAt, durationMinutes, extraMinutes, ...(lockedAt && { lockedAt }) };
}
