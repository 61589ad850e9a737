import type { AppServices } from '../../../app/services';
import type { NamedFile } from '../../../domain/feedback/feedback-zip';
import { FEEDBACK_EXTENSION } from '../../../domain/feedback/feedback-v1';
import { fileNamePart } from '../../../domain/text/file-name';
import { feedbackFiles, type FeedbackExportChoices } from '../../../storage/feedback-export';
import { zipInWorkers } from './feedback-export-client';

export interface FeedbackExportRequest {
  reviewKey: string;
  /** Names the zip, with the case's title. */
  caseId: string;
  caseTitle: string;
  /** The works to export, by digest: one from the marking screen, every marked one from the review screen. */
  digests: readonly string[];
  /** One zip of every file (the review screen), even of one; otherwise the one work's own file. */
  zip: boolean;
  choices: FeedbackExportChoices;
  /** The save dialog's words, translated. */
  dialog: { title: string; filterName: string; zipFilterName: string };
}

export type FeedbackExportResult = { saved: false } | { saved: true; name: string; files: number };

/**
 * Builds the feedback files of the works asked for and lets the trainer save them: one work as its `.cdfb` file,
 * or every one in one zip. Nothing is saved when none of the works has marks.
 */
export async function exportFeedback(
  services: AppServices,
  request: FeedbackExportRequest,
): Promise<FeedbackExportResult> {
  const { db } = services;
  const { reviewKey, digests, choices } = request;
  let first: NamedFile | undefined;
  if (!request.zip) {
    first = (await feedbackFiles(db, reviewKey, digests, choices).next()).value;
    if (!first) return { saved: false };
  }
  const made = first
    ? { bytes: first.bytes, count: 1 }
    : await zipInWorkers((workers) => feedbackFiles(db, reviewKey, digests, choices, workers.write));
  if (made.count === 0) return { saved: false };
  const result = await services.platform.saveFile({
    title: request.dialog.title,
    suggestedName: first ? first.name : zipName(request.caseTitle, request.caseId),
    filters: first
      ? [{ name: request.dialog.filterName, extensions: [FEEDBACK_EXTENSION] }]
      : [{ name: request.dialog.zipFilterName, extensions: ['zip'] }],
    bytes: made.bytes,
  });
  return result.saved ? { saved: true, name: result.name, files: made.count } : { saved: false };
}

/** `Дело о займе` + `loan-dispute` → `Дело-о-займе-feedback.zip`; the case id where the title gives no name. */
function zipName(caseTitle: string, caseId: string): string {
  return `${fileNamePart(caseTitle) || caseId}-feedback.zip`;
}
