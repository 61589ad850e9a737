/** What the sealed-submission page exposes as `window.sealedBench` to the runner (test/bench/run.ts). */
export interface SealedBench {
  /** Generates the pack, the cohort's plain files and the same files sealed to a trainer; imports both once. */
  prepare(): Promise<SealedInfo>;
  /** sealSubmissionFile of one cohort submission (its inner file about 1.4 MB), in ms. */
  measureSeal(): Promise<number>;
  /** importCohort of the 150 files, plain or sealed, into a fresh database holding the trainer's keys, in ms. */
  measureImport(sealed: boolean): Promise<number>;
}

export interface SealedInfo {
  files: number;
  /** The size of the inner (plain) file that measureSeal seals. */
  sealInputBytes: number;
  plainBytes: number;
  sealedBytes: number;
}

declare global {
  interface Window {
    sealedBench?: SealedBench;
  }
}
