import { randomUUID } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Makes a completed rename durable too; Windows cannot open a directory for syncing, and needs no such step. */
async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `bytes` to `targetPath` so that the target is always either the old file or the complete new
 * one: a crash, a full disk or a killed process mid-write must never leave a half-written submission.
 * The bytes go to a temporary file in the same directory (a rename is only atomic within one file
 * system), are flushed to disk, and only then replace the target by rename.
 */
export async function writeFileAtomically(targetPath: string, bytes: Uint8Array): Promise<void> {
  const directory = path.dirname(targetPath);
  const tempPath = path.join(directory, `.${path.basename(targetPath)}.${randomUUID()}.tmp`);
  try {
    // `wx` fails rather than follows anything already at the temporary path.
    const handle = await open(tempPath, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, targetPath);
  } catch (error) {
    // The temporary file may never have been created; the original error is the one worth reporting.
    await unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
}

/** Names tried before giving up: a folder holding `name (2)` to `name (999)` is not one to fill further. */
const MAX_NUMBERED_NAMES = 999;

/** `Иванов-civil-loan.cdfb`, 2 → `Иванов-civil-loan (2).cdfb`. */
export function numberedFileName(name: string, count: number): string {
  const extension = path.extname(name);
  return `${name.slice(0, name.length - extension.length)} (${count})${extension}`;
}

/**
 * Writes `bytes` as a new file of `directory`, atomically as writeFileAtomically does, and never over a file
 * already there: when `name` is taken, `name (2)`, `name (3)`… The name is first claimed by creating the file
 * exclusively (`wx`, which also sees `A.cdfb` as taken by `a.cdfb` on file systems that ignore case), so two
 * writers cannot take the same name; the complete file then replaces the empty claim. A crash between the two
 * leaves an empty file, never a part of one or a lost one. Returns the name written.
 */
export async function writeNewFileAtomically(
  directory: string,
  name: string,
  bytes: Uint8Array,
): Promise<string> {
  for (let count = 1; count <= MAX_NUMBERED_NAMES; count++) {
    const candidate = count === 1 ? name : numberedFileName(name, count);
    const target = path.join(directory, candidate);
    try {
      await (await open(target, 'wx')).close();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      await writeFileAtomically(target, bytes);
    } catch (error) {
      // The claim is this writer's own empty file; nothing of anyone else's is removed.
      await unlink(target).catch(() => undefined);
      throw error;
    }
    return candidate;
  }
  throw new Error(`Every name from ${name} to ${numberedFileName(name, MAX_NUMBERED_NAMES)} is taken`);
}
