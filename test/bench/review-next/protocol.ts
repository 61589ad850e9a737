/**
 * What the seed page (seed.ts) exposes as `window.reviewSeed` to the review-next benchmark (benchmark.ts). The page
 * is served at the app's own origin, so it reaches the app's IndexedDB database.
 */
export interface ReviewSeed {
  /**
   * Imports the cohort benchmark's pack, starts a review of its case and imports `submissions` of its generated
   * 100-page submissions with importCohort, as the app's cohort import does.
   */
  seed(submissions: number): Promise<SeededReview>;
}

export interface SeededReview {
  reviewKey: string;
  /**
   * Per submission (by digest), a run of its act's text found in no other submission's act: the act is on screen
   * once the act view holds it.
   */
  snippets: Record<string, string>;
  /** Characters of the largest act's text. */
  largestActChars: number;
}

declare global {
  interface Window {
    reviewSeed?: ReviewSeed;
  }
}
