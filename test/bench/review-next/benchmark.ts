import type { Page } from 'playwright-core';
import { routeHref } from '../../../renderer/src/app/route';
import type { Benchmark, BenchReport, BenchServers } from '../benchmark';
import { median, round3, type BenchResults } from '../results';
import { armNextProbe, type NextSample } from './probe';

/** A few submissions are enough: each press goes to another, never seen before in that page's life. */
const SUBMISSIONS = 5;
const ROUNDS = Number(process.env.BENCH_REVIEW_NEXT_ROUNDS ?? 3);
/** Issue 12's target, from the key to the next 100-page act readable. */
const TARGET_MS = 150;
/** How long the trainer reads an act before going on: the app may use it to get the next one ready. */
const READING_MS = 3000;
/** Viewport of the end-to-end tests: the act, the panels beside it and the rubric side by side. */
const VIEWPORT = { width: 1400, height: 900 };

/**
 * A trainer going through a review with Alt+PageDown (issue 12): the web app (built as `npm run build:web` builds
 * it) in Chromium, a review holding SUBMISSIONS generated 100-page submissions (the cohort benchmark's: citations,
 * evidence links, a worksheet) imported with importCohort, the marking screen open on the queue's first. Each
 * round opens the first afresh and presses Alt+PageDown until the last; each press is timed from the keydown to the
 * next act readable: the first frame whose rendering starts with the next submission's route and its act's text in
 * the act view's DOM (a run of text no other act holds), until that frame's rendering on the main thread has ended
 * (probe.ts). Before each press the trainer reads for READING_MS, once the marks have loaded, and until the page is
 * idle.
 */
export const reviewNextBenchmark: Benchmark = { name: 'review-next', run };

async function run(page: Page, servers: BenchServers): Promise<BenchReport> {
  if (!Number.isInteger(ROUNDS) || ROUNDS < 1)
    throw new Error('BENCH_REVIEW_NEXT_ROUNDS must be a whole number above 0.');
  const appUrl = await servers.app();
  await serveSeedPageAtAppOrigin(page, appUrl, servers.bench);
  await page.setViewportSize(VIEWPORT);

  console.log(`review-next: importing ${SUBMISSIONS} generated submissions…`);
  await page.goto(`${appUrl}__bench/review-next/index.html`);
  await page.waitForFunction(() => window.reviewSeed !== undefined);
  const seeded = await page.evaluate((count) => window.reviewSeed!.seed(count), SUBMISSIONS);
  console.log(`  the largest act has ${seeded.largestActChars} characters`);
  // tsx compiles this file with esbuild's keepNames, which wraps functions in __name(): functions serialised into
  // the page need it defined.
  const defineName = 'globalThis.__name ??= (fn) => fn';

  const samples: NextSample[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await page.goto(`${appUrl}${routeHref({ screen: 'review', reviewKey: seeded.reviewKey })}`);
    await page.locator('.queue__participant a').first().click();
    const round_: NextSample[] = [];
    for (let press = 1; press < SUBMISSIONS; press++) {
      await page.locator('.rubric-panel__loading').waitFor({ state: 'detached' });
      await page.locator('.marked-act__act section[data-part]').first().waitFor();
      await page.waitForTimeout(READING_MS);
      // Reading takes minutes: whatever the app put off to idle time (checks, reading ahead) is done by then.
      await page.evaluate(
        () => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))),
      );
      await page.evaluate(defineName);
      await page.evaluate(armNextProbe, seeded.snippets);
      await page.keyboard.press('Alt+PageDown');
      round_.push(await page.evaluate(() => window.nextProbe!));
    }
    samples.push(...round_);
    console.log(
      `  round ${round + 1}/${ROUNDS}: ` +
        round_.map((s) => `${s.ms.toFixed(0)} ms (longest task ${s.longestTaskMs.toFixed(0)})`).join(', '),
    );
  }

  const results: BenchResults = {
    review_open_next_ms_100p: {
      value: round3(median(samples.map((sample) => sample.ms))),
      unit: 'ms',
      target: { max: TARGET_MS },
    },
    review_open_next_max_ms_100p: { value: round3(Math.max(...samples.map((s) => s.ms))), unit: 'ms' },
    // The worst press's: from the key to the act readable, how long the screen could not answer at a stretch.
    review_open_next_longest_task_ms: {
      value: round3(Math.max(...samples.map((sample) => sample.longestTaskMs))),
      unit: 'ms',
    },
  };
  return {
    title: `review-next (Alt+PageDown to the next 100-page act readable, median of ${samples.length} presses)`,
    results,
  };
}

/**
 * The seed page (seed.ts, in the benchmark pages' build) must run at the app's origin to reach its IndexedDB: the
 * app's address answers under __bench/ with the benchmark pages' server's files.
 */
async function serveSeedPageAtAppOrigin(page: Page, appUrl: string, benchUrl: string): Promise<void> {
  const prefix = `${appUrl}__bench/`;
  await page.route(`${prefix}**`, async (route) => {
    const response = await route.fetch({ url: benchUrl + route.request().url().slice(prefix.length) });
    await route.fulfill({ response });
  });
}
