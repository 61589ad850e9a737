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
