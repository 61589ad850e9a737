/** What the feedback export page exposes as `window.feedbackBench` to the runner (test/bench/run.ts). */
export interface FeedbackBench {
  /**
   * Imports a cohort of `submissions` generated 100-page acts into a review, through the app's storage code, and
   * marks every one (scores, comments, bank comments, anchored comments); returns what was made.
   */
  prepare(submissions: number): Promise<{ submissions: number; submissionBytes: number; seedMs: number }>;
  /** Builds the feedback files of every marked work and zips them, as the review screen's export does. */
  measureExport(): Promise<{ ms: number; files: number; zipBytes: number; longestTaskMs: number }>;
}

declare global {
  interface Window {
    feedbackBench?: FeedbackBench;
  }
}
