import { PackError, type PackProblem } from '../pack/pack-error';
import { extractEntry, isZipArchive, openZip, type ZipArchive, type ZipEntry } from '../pack/zip/read-zip';
import type { ZipLimits } from '../pack/zip/zip-limits';
import { SUBMISSION_EXTENSION } from '../submission/submission-v1';
import { SUBMISSION_LIMITS } from '../submission/submission';

/**
 * A file as the trainer offers it: picked, found in a folder, or dropped. One too large for the app to open at all
 * was not read and comes with its size only, so the import can refuse it by name and take the others.
 */
export type CohortFile = ReadCohortFile | { name: string; size: number; bytes?: undefined };

/** A file of a cohort, read. */
export interface ReadCohortFile {
  name: string;
  bytes: Uint8Array;
}

/** The largest submission file read: the reader's own limit, checked here before a file is even unpacked. */
export const MAX_SUBMISSION_FILE_BYTES = SUBMISSION_LIMITS.maxFileBytes;

/**
 * A zip of submissions: one per participant of a programme (100–150) with room to spare, each at most a
 * submission's size, and all of them together what a cohort's files take (150 × 1 MB) several times over.
 */
export const COHORT_ZIP_LIMITS: ZipLimits = {
  maxArchiveBytes: 200 * 1024 * 1024,
  maxEntries: 1000,
  maxTotalBytes: 512 * 1024 * 1024,
  maxEntryBytes: MAX_SUBMISSION_FILE_BYTES,
  maxCompressionRatio: 100,
  ratioCheckFromBytes: 1024 * 1024,
};

/**
 * One file to import, its bytes read only when its turn comes, so a zip's entries are never all unpacked at once.
 * `read` throws PackError for an entry that fails to unpack.
 */
export interface PendingFile {
  name: string;
  /** Declared size, checked before reading. */
  size: number;
  /** An entry of a zip, rather than a file the trainer chose. */
  inArchive: boolean;
  read: (signal?: AbortSignal) => Promise<Uint8Array>;
}

/** A zip whose structure was refused: reported as one file. */
export interface RefusedArchive {
  name: string;
  problem: PackProblem;
}

/**
 * Lists the files to import: plain files as they are, and in place of each zip its entries (a zip's structure is
 * checked with the limits above before anything is unpacked). Folder entries are left out; everything else is
 * listed, so the report names a stray file too.
 */
export function listCohortFiles(files: readonly CohortFile[]): (PendingFile | RefusedArchive)[] {
  return files.flatMap((file): (PendingFile | RefusedArchive)[] => {
    if (!file.bytes) {
      // Over MAX_SUBMISSION_FILE_BYTES by far: refused by its size before anything would read it.
      return [
        { name: file.name, size: file.size, inArchive: false, read: () => Promise.reject(unread(file)) },
      ];
    }
    if (!isZipArchive(file.bytes)) {
      return [
        {
          name: file.name,
          size: file.bytes.byteLength,
          inArchive: false,
          read: () => Promise.resolve(file.bytes),
        },
      ];
    }
    let archive: ZipArchive;
    try {
      archive = openZip(file.bytes, COHORT_ZIP_LIMITS);
    } catch (error) {
      if (error instanceof PackError && error.problems[0])
        return [{ name: file.name, problem: error.problems[0] }];
      throw error;
    }
    return [...archive.entries.values()]
      .filter((entry) => !entry.name.endsWith('/'))
      .map((entry) => zipEntryFile(file.name, archive, entry));
  });
}

function unread(file: { name: string; size: number }): RangeError {
  return new RangeError(`${file.name} was not read: ${file.size} bytes`);
}

function zipEntryFile(zipName: string, archive: ZipArchive, entry: ZipEntry): PendingFile {
  return {
    name: `${zipName}/${entry.name}`,
    size: entry.size,
    inArchive: true,
    read: (signal) => extractEntry(archive, entry, { signal }),
  };
}

/** Whether a name is a submission's, by its extension (for entries of a zip, where anything may lie about). */
export function hasSubmissionExtension(name: string): boolean {
  return name.toLowerCase().endsWith(`.${SUBMISSION_EXTENSION}`);
}
