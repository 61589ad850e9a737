import type { Page } from 'playwright-core';
import type { Benchmark, BenchReport } from '../benchmark';
import { median, round3, type BenchResults } from '../results';

/** Issue 12: a programme's cohort. */
const QUEUE_ENTRIES = 150;
/** The first render is a warm-up (the code's first run, the fonts). */
const QUEUE_RENDERS = 21;
/** Issue 12's target: the queue of 150 shown within 200 ms. */
const TARGETS = { queueRenderMs: 200 };

/**
 * The trainer's review queue, in Chromium: the queue (QueueTable) of a cohort's 150 submissions, from mount to
 * painted. Going to the next act on the marking screen is measured on the app itself (review-next/).
 */
export const reviewBenchmark: Benchmark = {
  name: 'review',
  page: 'review/index.html',
  run,
};

async function run(page: Page): Promise<BenchReport> {
  await page.waitForFunction(() => window.reviewBench !== undefined);
  const renders = await page.evaluate(
    ([entries, repeats]) => window.reviewBench!.measureQueueRender(entries, repeats),
    [QUEUE_ENTRIES, QUEUE_RENDERS] as const,
  );
  const measured = renders.slice(1);
  console.log(`review: queue of ${QUEUE_ENTRIES}: ${measured.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  const results: BenchResults = {
    queue_render_ms_150: {
      value: round3(median(measured)),
      unit: 'ms',
      target: { max: TARGETS.queueRenderMs },
    },
  };
  return { title: `review (queue of ${QUEUE_ENTRIES}, median of ${measured.length} renders)`, results };
}
