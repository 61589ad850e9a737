import type { Page } from 'playwright-core';
import type { BenchResults } from './results';

/** One benchmark of `npm run bench`: a page built by test/bench/vite.config.ts and the driver that runs it. */
export interface Benchmark {
  name: string;
  /**
   * The page, relative to the build's root, e.g. `pack-import/index.html`; none for a benchmark of what runs in
   * Node (the pack tool), which then runs in this process and ignores the blank page it is given.
   */
  page?: string;
  /** Drives the loaded page (printing progress), and returns its figures and the heading of their table. */
  run(page: Page): Promise<BenchReport>;
}

export interface BenchReport {
  title: string;
  results: BenchResults;
}

export const MB = 1024 * 1024;
