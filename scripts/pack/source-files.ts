import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export type FoundFile =
  | { status: 'found'; path: string }
  /** There, but spelt with other capitals: fine on Windows and macOS, missing on Linux. */
  | { status: 'wrongCase'; actual: string }
  | { status: 'missing' }
  | { status: 'folder' };

/**
 * Finds `relative` (`/`-separated) under `dir` with exactly the capitals given, whatever the file system:
 * a pack built on a Mac must build the same on a Linux build machine.
 */
export async function findFile(dir: string, relative: string): Promise<FoundFile> {
  let current = dir;
  const segments = relative.split('/');
  for (const [index, segment] of segments.entries()) {
    const names = await namesIn(current);
    if (!names.includes(segment)) {
      const other = names.find((name) => name.toLowerCase() === segment.toLowerCase());
      if (!other) return { status: 'missing' };
      return { status: 'wrongCase', actual: [...segments.slice(0, index), other].join('/') };
    }
    current = path.join(current, segment);
  }
  return (await stat(current)).isDirectory() ? { status: 'folder' } : { status: 'found', path: current };
}

export async function isFolder(candidate: string): Promise<boolean> {
  try {
    return (await stat(candidate)).isDirectory();
  } catch {
    return false;
  }
}

/** The names in a folder, none when it cannot be read. */
export async function namesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

/** Every file under `dir`, as `/`-separated paths relative to it; hidden files and folders are left out. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((segment) => segment.startsWith('.')))
    .sort();
}
