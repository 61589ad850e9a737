/** What the cohort-import page exposes as `window.cohortBench` to the runner (test/bench/run.ts). */
export interface CohortBench {
  /** Generates the pack and the cohort's files, and imports them once to check every one goes in. */
  prepare(): Promise<CohortInfo>;
  /**
   * importCohort of every file into a review in a fresh database (the pack imported and the review started
   * beforehand, untimed): from the call to the report, in ms, with the longest task meanwhile.
   */
  measureImport(): Promise<ImportSample>;
  /** TextDecoder + JSON.parse + WebCrypto SHA-256 of each file, then one Dexie bulkPut of them all: in ms. */
  measureRaw(): Promise<number>;
}

export interface CohortInfo {
  files: number;
  bytes: number;
  smallestBytes: number;
  largestBytes: number;
  generateMs: number;
}

export interface ImportSample {
  ms: number;
  /** The longest task the longtask observer saw during the import; 0 when none reached its 50 ms threshold. */
  longestTaskMs: number;
  /** Tasks of 50 ms or more during the import. */
  longTasks: number;
}

declare global {
  interface Window {
    cohortBench?: CohortBench;
  }
}
