import { MAX_FILE_BYTES } from '../../../electron/ipc/limits';
import type { OpenedFile } from './platform';

/** A file larger than any file the app opens; screens word it in the user's language. */
export class FileTooLargeError extends RangeError {
  constructor(
    readonly size: number,
    readonly maxBytes: number = MAX_FILE_BYTES,
  ) {
    super(`${Math.round(size / 1024 / 1024)} MB, more than ${maxBytes / 1024 / 1024} MB`);
    this.name = 'FileTooLargeError';
  }
}

/** Reads a file the user picked or dropped, refusing one too large to be anything the app opens. */
export async function readFileBytes(file: File): Promise<OpenedFile> {
  if (file.size > MAX_FILE_BYTES) throw new FileTooLargeError(file.size);
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * Reads the files the user chose at once (many files, a folder's files) or dropped, in the order given. All of
 * them or none: a file too large to be anything the app opens refuses the lot, as one file does.
 */
export async function readFilesBytes(files: Iterable<File>): Promise<OpenedFile[]> {
  const chosen = [...files];
  const tooLarge = chosen.find((file) => file.size > MAX_FILE_BYTES);
  if (tooLarge) throw new FileTooLargeError(tooLarge.size);
  return Promise.all(chosen.map(readFileBytes));
}
