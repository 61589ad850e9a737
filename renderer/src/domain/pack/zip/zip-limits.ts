/**
 * What an archive may hold before it is refused unread. Chosen for case packs: a hundred cases of scanned
 * documents fit; a zip bomb, a pack of millions of tiny files or a multi-gigabyte file do not.
 */
export interface ZipLimits {
  /** The archive file itself. */
  maxArchiveBytes: number;
  maxEntries: number;
  /** Sum of every entry's uncompressed size. */
  maxTotalBytes: number;
  maxEntryBytes: number;
  /** Uncompressed / compressed, checked for entries above `ratioCheckFromBytes` (tiny text compresses well). */
  maxCompressionRatio: number;
  ratioCheckFromBytes: number;
}

export const PACK_ZIP_LIMITS: ZipLimits = {
  // The app opens no larger file (MAX_FILE_BYTES of the IPC contract; a test keeps them equal), so the build
  // tool, which checks packs with these limits, must refuse to make one.
  maxArchiveBytes: 200 * 1024 * 1024,
  maxEntries: 2000,
  maxTotalBytes: 512 * 1024 * 1024,
  maxEntryBytes: 128 * 1024 * 1024,
  maxCompressionRatio: 100,
  ratioCheckFromBytes: 1024 * 1024,
};
