/** What the analytics page exposes as `window.analyticsBench` to the runner (test/bench/run.ts). */
export interface AnalyticsBench {
  /**
   * Works out the figures of a cohort of `works` generated marked works (analyseCohort) and renders its charts
   * (AnalyticsView, with its tables), `repeats` times, each on an empty mount after the previous one is unmounted and
   * its frame painted: from the start of the figures until the frame showing every chart has been painted, in ms.
   */
  measureAnalytics(works: number, repeats: number): Promise<number[]>;
}

declare global {
  interface Window {
    analyticsBench?: AnalyticsBench;
  }
}
