import { open } from 'node:fs/promises';
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { OpenFileRequest, OpenedFile } from '../ipc/contract';
import { MAX_FILE_BYTES } from '../ipc/limits';

const BYTES_PER_MEGABYTE = 1024 * 1024;

function fileTooLargeError(name: string, size: number): Error {
  const sizeInMegabytes = (size / BYTES_PER_MEGABYTE).toFixed(1);
  const limitInMegabytes = MAX_FILE_BYTES / BYTES_PER_MEGABYTE;
  return new Error(
    `"${name}" is ${sizeInMegabytes} MB; files larger than ${limitInMegabytes} MB cannot be opened.`,
  );
}

/** Reads a whole file, refusing it before reading when it is over the limit the IPC channel carries. */
async function readFileWithinLimit(filePath: string): Promise<Uint8Array> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) throw fileTooLargeError(path.basename(filePath), size);
    const bytes = await handle.readFile();
    // The file may have grown between stat and read.
    if (bytes.byteLength > MAX_FILE_BYTES) throw fileTooLargeError(path.basename(filePath), bytes.byteLength);
    return bytes;
  } finally {
    await handle.close();
  }
}

/** `file:open`: the user picks a file; the renderer gets its name and bytes, never its path. */
export async function openFile(request: OpenFileRequest, window: BrowserWindow): Promise<OpenedFile | null> {
  const result = await dialog.showOpenDialog(window, {
    title: request.title,
    filters: request.filters,
    properties: ['openFile'],
  });
  const filePath = result.filePaths[0];
  if (result.canceled || filePath === undefined) return null;
  return { name: path.basename(filePath), bytes: await readFileWithinLimit(filePath) };
}
