import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { SaveFileRequest, SaveFileResult } from '../ipc/contract';
import { writeFileAtomically } from './atomic-write';
import { sanitizeFileName } from './file-names';

/** Documents is where users look for their work; some Linux setups have no such folder, so home is the fallback. */
export function defaultSaveDirectory(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

/** `file:save`: the user picks where; the renderer only suggests a name and never learns the path. */
export async function saveFile(request: SaveFileRequest, window: BrowserWindow): Promise<SaveFileResult> {
  const result = await dialog.showSaveDialog(window, {
    title: request.title,
    defaultPath: path.join(defaultSaveDirectory(), sanitizeFileName(request.suggestedName)),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || result.filePath === undefined || result.filePath === '') return { saved: false };
  await writeFileAtomically(result.filePath, request.bytes);
  return { saved: true, name: path.basename(result.filePath) };
}
