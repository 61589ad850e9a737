/** What the review page exposes as `window.reviewBench` to the runner (test/bench/run.ts). */
export interface ReviewBench {
  /**
   * Mounts the review's queue (QueueTable, anonymous, as a review opens) with `entries` generated submissions,
   * `repeats` times, each on an empty mount after the previous one is unmounted and its frame painted: from the
   * call to render until the frame showing the table has been painted, in ms, in order.
   */
  measureQueueRender(entries: number, repeats: number): Promise<number[]>;
}

declare global {
  interface Window {
    reviewBench?: ReviewBench;
  }
}
