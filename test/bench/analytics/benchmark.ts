import type { Page } from 'playwright-core';
import type { Benchmark, BenchReport } from '../benchmark';
import { median, round3, type BenchResults } from '../results';

/** Issue 13: a programme's cohort, every work marked. */
const WORKS = 150;
/** The first run is a warm-up (the code's first run, the fonts). */
const RUNS = 11;
/** Issue 13's target: the cohort's charts in a second. */
const TARGETS = { analyticsMs: 1000 };

/**
 * The cohort at a glance, in Chromium: the figures of 150 marked works (analyseCohort) and their charts and tables
 * (AnalyticsView), from the start of the figures to the painted frame. Reading the marks from IndexedDB is left
 * out: one bulkGet of 150 small rows, a few milliseconds.
 */
export const analyticsBenchmark: Benchmark = {
  name: 'analytics',
  page: 'analytics/index.html',
  run,
};

async function run(page: Page): Promise<BenchReport> {
  await page.waitForFunction(() => window.analyticsBench !== undefined);
  const runs = await page.evaluate(
    ([works, repeats]) => window.analyticsBench!.measureAnalytics(works, repeats),
    [WORKS, RUNS] as const,
  );
  const measured = runs.slice(1);
  console.log(`analytics: ${WORKS} marked works: ${measured.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  const results: BenchResults = {
    analytics_150_ms: { value: round3(median(measured)), unit: 'ms', target: { max: TARGETS.analyticsMs } },
  };
  return { title: `analytics (${WORKS} marked works, median of ${measured.length} runs)`, results };
}
