import type { AppServices } from '../../../app/services';
import type { ActTemplate } from '../../../domain/act/template';
import { isBuiltInTemplate } from '../../../domain/act/templates';
import {
  encodeSubmission,
  readSubmission,
  sealSubmission,
  submissionFileName,
  type SubmissionRefusal,
} from '../../../domain/submission/submission';
import { SUBMISSION_EXTENSION, SUBMISSION_FORMAT } from '../../../domain/submission/submission-v1';
import { isWorksheetBlank, type Worksheet } from '../../../domain/worksheet/worksheet';
import { findDraft, markDraftExported } from '../../../storage/draft-repository';
import type { CaseRecord } from '../../../storage/records';
import type { SaveFileResult } from '../../../platform';

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

/**
 * What came of an export; `refusal` says why the trainer's CaseDraft would not read the file: not saved, it was
 * never offered; saved, it is a copy kept anyway.
 */
export type ExportResult = SaveFileResult & { refusal?: SubmissionRefusal };

/**
 * Seals the draft (act and worksheet) as a submission file of the newest format, reads it back as the trainer's
 * CaseDraft will, and lets the user save it; marks the case submitted once saved. A submission the reader refuses
 * (an act over its limits) is not offered for saving, so the trainee learns now, not from the trainer.
 */
export async function exportSubmission(services: AppServices, request: ExportRequest): Promise<ExportResult> {
  const { caseRecord } = request;
  const now = new Date();
  const submission = await sealSubmission({
    format: SUBMISSION_FORMAT,
    formatVersion: 2,
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
    createdAt: (await findDraft(services.db, caseRecord.key))?.createdAt ?? now.toISOString(),
    exportedAt: now.toISOString(),
    app: { name: services.appInfo.name, version: services.appInfo.version },
    document: request.document,
    ...(request.worksheet && !isWorksheetBlank(request.worksheet) && { worksheet: request.worksheet }),
    // A pack's own template goes with the act, so a reader without the pack can still check the act's parts.
    ...(!isBuiltInTemplate(request.template) && { template: { ...request.template } }),
  });
  const bytes = encodeSubmission(submission);
  // The same reader as the trainer's, on the very bytes to be saved: its limits are written down once.
  const check = await readSubmission(bytes);
  const refusal = check.ok ? undefined : check;
  if (refusal && !request.keepEvenIfUnreadable) return { saved: false, refusal };
  const result = await services.platform.saveFile({
    title: request.dialog.title,
    suggestedName: submissionFileName(request.participantName, caseRecord.id),
    filters: [{ name: request.dialog.filterName, extensions: [SUBMISSION_EXTENSION] }],
    bytes,
  });
  if (result.saved && request.submittedRevision > 0 && !refusal) {
    await markDraftExported(services.db, caseRecord.key, request.submittedRevision, now);
  }
  return refusal && result.saved ? { ...result, refusal } : result;
}
