// `npm run bench`: builds the benchmark pages (test/bench/vite.config.ts), serves them on a free loopback port,
// runs each in its own tab of headless Chromium with real IndexedDB, and merges the figures into
// bench-results.json. The app typing benchmark also builds and serves the web app itself. A benchmark that cannot
// run is reported and the others still run; the exit code is then non-zero. Targets are judged from the file, not
// here.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { build, preview } from 'vite';
import { analyticsBenchmark } from './analytics/benchmark';
import { appTypingBenchmark } from './app-typing/benchmark';
import type { Benchmark, BenchServers } from './benchmark';
import { cohortImportBenchmark } from './cohort-import/benchmark';
import { editorBenchmark } from './editor/benchmark';
import { feedbackExportBenchmark } from './feedback-export/benchmark';
import { packImportBenchmark } from './pack-import/benchmark';
import { packToolBenchmark } from './pack-tool/benchmark';
import { reviewBenchmark } from './review/benchmark';
import { reviewMergeBenchmark } from './review-merge/benchmark';
import { reviewNextBenchmark } from './review-next/benchmark';
import { sealedSubmissionBenchmark } from './sealed-submission/benchmark';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium';
import { mergeResults, RESULTS_FILE } from './results';

const ALL_BENCHMARKS: Benchmark[] = [
  packImportBenchmark,
  cohortImportBenchmark,
  reviewBenchmark,
  editorBenchmark,
  appTypingBenchmark,
  reviewNextBenchmark,
  reviewMergeBenchmark,
  packToolBenchmark,
  analyticsBenchmark,
  feedbackExportBenchmark,
  sealedSubmissionBenchmark,
];
/** `npm run bench -- editor` runs only the benchmarks named; with no names, all of them. */
const wanted = process.argv.slice(2);
const BENCHMARKS = wanted.length
  ? ALL_BENCHMARKS.filter((benchmark) => wanted.includes(benchmark.name))
  : ALL_BENCHMARKS;
const ARGS = [
  ...CHROMIUM_ARGS,
  // For the editor's heap figure: window.gc() before reading an unrounded performance.memory.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

const configFile = new URL('vite.config.ts', import.meta.url).pathname;
const appConfigFile = new URL('../../renderer/vite.config.ts', import.meta.url).pathname;
/** Run in order at the end, whether the benchmarks succeeded or not (newest steps are put first). */
const cleanup: (() => Promise<unknown>)[] = [];

try {
  const servers: BenchServers = { bench: await serve(configFile), app: once(() => serve(appConfigFile)) };
  const context = await launch();
  for (const benchmark of BENCHMARKS) {
    await runOne(context, servers, benchmark).catch((error: unknown) => {
      console.error(`The ${benchmark.name} benchmark failed to run:`, error);
      process.exitCode = 1;
    });
  }
} catch (error) {
  console.error('The benchmark failed to run:', error);
  process.exitCode = 1;
} finally {
  for (const step of cleanup) await step().catch(() => undefined);
}

/**
 * Builds the pages of a Vite config into a temporary folder and serves them on a free loopback port (the app's
 * config asks for a fixed one); returns the server's address.
 */
async function serve(config: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'casedraft-bench-build-'));
  cleanup.unshift(() => rm(outDir, { recursive: true, force: true }));
  await build({ configFile: config, build: { outDir }, logLevel: 'warn' });
  const server = await preview({
    configFile: config,
    build: { outDir },
    preview: { port: 0, strictPort: false },
    logLevel: 'warn',
  });
  cleanup.unshift(() => server.close());
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return url;
}

async function launch(): Promise<BrowserContext> {
  const profile = await mkdtemp(join(tmpdir(), 'casedraft-bench-profile-'));
  cleanup.unshift(() => rm(profile, { recursive: true, force: true }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  cleanup.unshift(() => context.close());
  return context;
}

/** Runs a benchmark in a new tab, closed afterwards, and merges its figures at once. */
async function runOne(context: BrowserContext, servers: BenchServers, benchmark: Benchmark): Promise<void> {
  const page = await context.newPage();
  try {
    page.on('pageerror', (error) => console.error(`${benchmark.name} page error:`, error));
    if (benchmark.page) await page.goto(`${servers.bench}${benchmark.page}`);
    const { title, results } = await benchmark.run(page, servers);
    await mergeResults(results);
    console.log(`\n${title}`);
    console.table(results);
    console.log(`written to ${RESULTS_FILE.pathname}\n`);
  } finally {
    await page.close();
  }
}

/** The first call's promise, for every call. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}
