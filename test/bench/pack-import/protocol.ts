/** What the pack-import page exposes as `window.packBench` to the runner (test/bench/run.ts). */
export interface PackBench {
  /** Generates and zips the pack, reads it once, and checks both ways of storing it write the same rows. */
  prepare(): Promise<PackInfo>;
  /** readPackFile + importPack into a fresh database: bytes to committed transaction, in ms. */
  measureImport(): Promise<number>;
  /** Dexie bulkPut, in one transaction, of the rows the import writes, built beforehand: in ms. */
  measureBulkPut(): Promise<number>;
}

export interface PackInfo {
  packBytes: number;
  cases: number;
  textMaterials: number;
  textBytes: number;
  attachments: number;
  attachmentBytes: number;
  generateMs: number;
  zipMs: number;
}

declare global {
  interface Window {
    packBench?: PackBench;
  }
}
