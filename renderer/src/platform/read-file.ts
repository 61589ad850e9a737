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

/** A chosen file too large to be anything the app opens: left unread, known by its name and size. */
export interface UnreadFile {
  name: string;
  size: number;
}

/**
 * Reads the files the user chose at once (many files, a folder's files) or dropped, in the order given. A file too
 * large to be anything the app opens is left unread and given back by name and size, so that the caller can refuse
 * that one file by name and still take the others.
 */
export async function readFilesBytes(files: Iterable<File>): Promise<(OpenedFile | UnreadFile)[]> {
  return Promise.all(
    [...files].map((file) =>
      file.size > MAX_FILE_BYTES ? { name: file.name, size: file.size } : readFileBytes(file),
    ),
  );
}
