import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { ChooseFolderResult, WriteToFolderRequest, WriteToFolderResult } from '../ipc/contract';
import { writeNewFileAtomically } from './atomic-write';
import { sanitizeFileName } from './file-names';
import { defaultSaveDirectory } from './save-file-handler';

/**
 * The folders the user chose in this run of the app, by the token the renderer got for each. The renderer only
 * ever names a folder by its token, so it can write nowhere the user did not choose, and it never learns a path.
 */
const chosenFolders = new Map<string, string>();

/** `folder:choose`: the user picks a folder (or makes one) to write several files into. */
export async function chooseFolder(
  request: { title: string },
  window: BrowserWindow,
): Promise<ChooseFolderResult> {
  const result = await dialog.showOpenDialog(window, {
    title: request.title,
    defaultPath: defaultSaveDirectory(),
    properties: ['openDirectory', 'createDirectory'],
  });
  const directory = result.filePaths[0];
  if (result.canceled || directory === undefined || directory === '') return { chosen: false };
  const folder = randomUUID();
  chosenFolders.set(folder, directory);
  return { chosen: true, folder, name: path.basename(directory) || directory };
}

/**
 * `folder:write`: one file into a chosen folder, complete or not at all, under a free name: a file already there
 * is never replaced (the name gets ` (2)`), and the name written is returned.
 */
export async function writeToFolder(request: WriteToFolderRequest): Promise<WriteToFolderResult> {
  const directory = chosenFolders.get(request.folder);
  if (directory === undefined) throw new Error('No folder was chosen under this token');
  return { name: await writeNewFileAtomically(directory, sanitizeFileName(request.name), request.bytes) };
}
