import { MAX_FILE_BYTES } from '../../../electron/ipc/contract';
import type { OpenedFile } from './platform';

/** Reads a file the user picked or dropped, refusing one too large to be anything the app opens. */
export async function readFileBytes(file: File): Promise<OpenedFile> {
  if (file.size > MAX_FILE_BYTES) {
    throw new RangeError(
      `${Math.round(file.size / 1024 / 1024)} MB, more than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    );
  }
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
