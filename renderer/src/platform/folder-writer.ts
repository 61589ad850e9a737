import { uniqueFileName } from '../domain/text/file-name';

/** What the folder writer needs of a FileSystemDirectoryHandle (the File System Access API's folder). */
export type WritableFolder = Pick<FileSystemDirectoryHandle, 'getFileHandle' | 'removeEntry'>;

/**
 * Writes `bytes` as a new file of `folder` and returns the name written: `name`, or when a file (or folder) of
 * that name is there, `name (2)`, `name (3)`… A file already there is never replaced. The browser writes the new
 * file's bytes to a swap file and puts it in place only when the stream closes, so a failure leaves no part of
 * a file; the empty file the name was claimed with is then removed again. The API has no exclusive create, so
 * a file made by another program between the look and the create would be taken over: the look is immediately
 * before, and nothing else writes feedback files into a folder the trainer just chose.
 */
export async function writeNewFileToFolder(
  folder: WritableFolder,
  name: string,
  bytes: Uint8Array,
): Promise<string> {
  const tried = new Set<string>();
  for (;;) {
    const candidate = uniqueFileName(name, tried);
    if (await holds(folder, candidate)) continue;
    const file = await folder.getFileHandle(candidate, { create: true });
    try {
      const stream = await file.createWritable();
      try {
        await stream.write(bytes as Uint8Array<ArrayBuffer>);
        await stream.close();
      } catch (error) {
        await stream.abort().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      await folder.removeEntry(candidate).catch(() => undefined);
      throw error;
    }
    return candidate;
  }
}

/** Whether the folder has an entry of this name (a file, or a folder: TypeMismatchError). */
async function holds(folder: WritableFolder, name: string): Promise<boolean> {
  try {
    await folder.getFileHandle(name);
    return true;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotFoundError') return false;
    if (error instanceof DOMException && error.name === 'TypeMismatchError') return true;
    throw error;
  }
}
