import type { Page } from 'playwright-core';
import type { BenchResults } from './results';

/** One benchmark of `npm run bench`: a page built by test/bench/vite.config.ts and the driver that runs it. */
export interface Benchmark {
  name: string;
  /**
   * The page, relative to the build's root, e.g. `pack-import/index.html`. Without one, run() is given a blank page
   * and opens what it needs itself, or, for a benchmark of what runs in Node (the pack tool), ignores it.
   */
  page?: string;
  /** Drives the loaded page (printing progress), and returns its figures and the heading of their table. */
  run(page: Page, servers: BenchServers): Promise<BenchReport>;
}

/** Where the benchmarks find what they load. */
export interface BenchServers {
  /** The benchmark pages' address (ending in /). */
  bench: string;
  /** Builds and serves the web app (as `npm run build:web` and `start:web` do) on first use; its address. */
  app(): Promise<string>;
}

export interface BenchReport {
  title: string;
  results: BenchResults;
}

export const MB = 1024 * 1024;
