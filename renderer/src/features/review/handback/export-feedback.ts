import type { AppServices } from '../../../app/services';
import type { NamedFile } from '../../../domain/feedback/feedback-zip';
import { FEEDBACK_EXTENSION } from '../../../domain/feedback/feedback-v1';
import { fileNamePart } from '../../../domain/text/file-name';
import { feedbackFiles, type FeedbackExportChoices } from '../../../storage/feedback-export';
import { startFeedbackExportWorkers, zipInWorkers } from './feedback-export-client';

/** Where the files go: the one work's own file, every file in one zip, or every file on its own into a folder. */
export type FeedbackDestination = 'file' | 'zip' | 'folder';

export interface FeedbackExportRequest {
  reviewKey: string;
  /** Names the zip, with the case's title. */
  caseId: string;
  caseTitle: string;
  /** The works to export, by digest: one from the marking screen, every marked one from the review screen. */
  digests: readonly string[];
  destination: FeedbackDestination;
  choices: FeedbackExportChoices;
  /** The save and folder dialogs' words, translated. */
  dialog: { title: string; folderTitle: string; filterName: string; zipFilterName: string };
}

export type FeedbackExportResult =
  | { saved: false }
  | { saved: true; destination: 'file' | 'zip'; name: string; files: number; folderUnsupported?: true }
  /** `name` is the folder's; `renamed` counts the files written under `name (2)`… since their name was taken. */
  | { saved: true; destination: 'folder'; name: string; files: number; renamed: number };

/** A folder export that stopped part way (a full disk, a folder removed): the files before it are written. */
export class FolderExportError extends Error {
  constructor(
    readonly folderName: string,
    readonly written: number,
    readonly reason: unknown,
  ) {
    super(`The feedback export stopped after ${written} files`, { cause: reason });
    this.name = 'FolderExportError';
  }
}

/**
 * Builds the feedback files of the works asked for and lets the trainer save them: one work as its `.cdfb` file,
 * every one in one zip, or every one into a folder the trainer chooses (where the platform cannot write into a
 * folder, a browser without the File System Access API, one zip instead). Nothing is saved when none of the
 * works has marks.
 */
export async function exportFeedback(
  services: AppServices,
  request: FeedbackExportRequest,
): Promise<FeedbackExportResult> {
  if (request.destination === 'folder') {
    if (services.platform.canChooseFolder) return exportToFolder(services, request);
    const zipped = await exportToFile(services, { ...request, destination: 'zip' });
    return zipped.saved && zipped.destination === 'zip' ? { ...zipped, folderUnsupported: true } : zipped;
  }
  return exportToFile(services, request);
}

async function exportToFile(
  services: AppServices,
  request: FeedbackExportRequest,
): Promise<FeedbackExportResult> {
  const { db } = services;
  const { reviewKey, digests, choices } = request;
  let first: NamedFile | undefined;
  if (request.destination === 'file') {
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
  if (!result.saved) return { saved: false };
  return { saved: true, destination: first ? 'file' : 'zip', name: result.name, files: made.count };
}

/**
 * The folder is asked for first, before anything is made (a browser shows its picker only right after a click);
 * then each file is written as soon as the workers have made it, so the cohort is never in memory whole.
 */
async function exportToFolder(
  services: AppServices,
  request: FeedbackExportRequest,
): Promise<FeedbackExportResult> {
  const { db, platform } = services;
  const chosen = await platform.chooseFolder({ title: request.dialog.folderTitle });
  if (!chosen.chosen) return { saved: false };
  const workers = startFeedbackExportWorkers();
  let files = 0;
  let renamed = 0;
  try {
    for await (const file of feedbackFiles(
      db,
      request.reviewKey,
      request.digests,
      request.choices,
      workers.write,
    )) {
      const written = await platform.writeToFolder({
        folder: chosen.folder,
        name: file.name,
        bytes: file.bytes,
      });
      files++;
      if (written.name !== file.name) renamed++;
    }
  } catch (error) {
    throw new FolderExportError(chosen.name, files, error);
  } finally {
    workers.close();
  }
  if (files === 0) return { saved: false };
  return { saved: true, destination: 'folder', name: chosen.name, files, renamed };
}

/** `Дело о займе` + `loan-dispute` → `Дело-о-займе-feedback.zip`; the case id where the title gives no name. */
function zipName(caseTitle: string, caseId: string): string {
  return `${fileNamePart(caseTitle) || caseId}-feedback.zip`;
}
