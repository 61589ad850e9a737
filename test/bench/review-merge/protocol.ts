/** What the review-merge page exposes as `window.reviewMergeBench` to the runner (test/bench/run.ts). */
export interface ReviewMergeBench {
  /**
   * Generates the pack and the cohort's 150 submissions; on a colleague's database imports and marks all 150 and
   * exports her review file; on this trainer's, imports the same 150 and marks every other one (75).
   */
  prepare(): Promise<MergeInfo>;
  /**
   * mergeReviewFile of the colleague's file into this trainer's review, its marks first put back as prepared
   * (untimed): from the call to the report, in ms. Fails unless 75 works took her marks and 75 hold both.
   */
  measureMerge(): Promise<number>;
}

export interface MergeInfo {
  submissions: number;
  fileBytes: number;
  prepareMs: number;
}

declare global {
  interface Window {
    reviewMergeBench?: ReviewMergeBench;
  }
}
