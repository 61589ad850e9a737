import type { AppServices } from '../../app/services';
import { sealSubmission, encodeSubmission, submissionFileName } from '../../domain/submission/submission';
import { SUBMISSION_EXTENSION, SUBMISSION_FORMAT } from '../../domain/submission/submission-v1';
import { findDraft, markDraftExported } from '../../storage/draft-repository';
import type { CaseRecord } from '../../storage/records';
import type { SaveFileResult } from '../../platform';

export interface ExportRequest {
  caseRecord: CaseRecord;
  packTitle: string;
  /** The pack version the draft was written against. */
  packVersion: number;
  participantName: string;
  document: Record<string, unknown>;
  /** The saved revision to mark as submitted once the file is written; 0 marks nothing (a copy, or unsaved text). */
  submittedRevision: number;
  dialog: { title: string; filterName: string };
}

/** Seals the draft as a submission file and lets the user save it; marks the case submitted once saved. */
export async function exportSubmission(
  services: AppServices,
  request: ExportRequest,
): Promise<SaveFileResult> {
  const { caseRecord } = request;
  const now = new Date();
  const submission = await sealSubmission({
    format: SUBMISSION_FORMAT,
    formatVersion: 1,
    participant: { name: request.participantName },
    pack: { id: caseRecord.packId, version: request.packVersion, title: request.packTitle },
    case: {
      id: caseRecord.id,
      title: caseRecord.title,
      actType: caseRecord.actType,
      language: caseRecord.language,
    },
    // When the draft was first saved; a draft never saved is being created by this export.
    createdAt: (await findDraft(services.db, caseRecord.key))?.createdAt ?? now.toISOString(),
    exportedAt: now.toISOString(),
    app: { name: services.appInfo.name, version: services.appInfo.version },
    document: request.document,
  });
  const result = await services.platform.saveFile({
    title: request.dialog.title,
    suggestedName: submissionFileName(request.participantName, caseRecord.id),
    filters: [{ name: request.dialog.filterName, extensions: [SUBMISSION_EXTENSION] }],
    bytes: encodeSubmission(submission),
  });
  if (result.saved && request.submittedRevision > 0) {
    await markDraftExported(services.db, caseRecord.key, request.submittedRevision, now);
  }
  return result;
}
