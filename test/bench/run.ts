// `npm run bench`: builds the benchmark pages (test/bench/vite.config.ts), serves them on a free loopback port,
// runs them in headless Chromium with real IndexedDB, and merges the figures into bench-results.json.
// Exits non-zero only when the benchmark cannot run; targets are judged from the file, not here.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import type { PackInfo } from './pack-import/protocol';
import { median, mergeResults, RESULTS_FILE, type BenchResults } from './results';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** See shared/reference/build-environment.md: without the last three Chromium keeps trying to reach Google. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
if (!Number.isInteger(REPEATS) || REPEATS < 1)
  throw new Error('BENCH_REPEATS must be a whole number above 0.');
const MB = 1024 * 1024;

const configFile = new URL('vite.config.ts', import.meta.url).pathname;
const outDir = await mkdtemp(join(tmpdir(), 'casedraft-bench-build-'));
const profile = await mkdtemp(join(tmpdir(), 'casedraft-bench-profile-'));
/** Run in order at the end, whether the benchmark succeeded or not (newest steps are put first). */
const cleanup: (() => Promise<unknown>)[] = [
  () => rm(profile, { recursive: true, force: true }),
  () => rm(outDir, { recursive: true, force: true }),
];

try {
  await build({ configFile, build: { outDir } });
  const server = await preview({ configFile, build: { outDir } });
  cleanup.unshift(() => server.close());
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');

  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  cleanup.unshift(() => context.close());
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(`${url}pack-import/index.html`);
  await page.waitForFunction(() => window.packBench !== undefined);

  console.log('pack-import: generating the pack…');
  const info: PackInfo = await page.evaluate(() => window.packBench!.prepare());
  console.log(
    `  ${info.cases} cases, ${info.textMaterials} rich-text materials (${(info.textBytes / MB).toFixed(2)} MB), ` +
      `${info.attachments} attachments (${(info.attachmentBytes / MB).toFixed(1)} MB); ` +
      `pack ${(info.packBytes / MB).toFixed(1)} MB (generated in ${info.generateMs.toFixed(0)} ms, zipped in ${info.zipMs.toFixed(0)} ms)`,
  );

  const runImport = () => page.evaluate(() => window.packBench!.measureImport());
  const runBulkPut = () => page.evaluate(() => window.packBench!.measureBulkPut());
  await runImport(); // warm-up
  await runBulkPut();
  const importMs: number[] = [];
  const bulkPutMs: number[] = [];
  for (let round = 0; round < REPEATS; round++) {
    // Alternate the order, so neither always runs right after the other's disk writes.
    if (round % 2 === 0) {
      importMs.push(await runImport());
      bulkPutMs.push(await runBulkPut());
    } else {
      bulkPutMs.push(await runBulkPut());
      importMs.push(await runImport());
    }
    console.log(
      `  round ${round + 1}/${REPEATS}: import ${importMs.at(-1)!.toFixed(0)} ms, bulkPut ${bulkPutMs.at(-1)!.toFixed(0)} ms`,
    );
  }

  const packMb = info.packBytes / MB;
  const importMedian = median(importMs);
  const bulkPutMedian = median(bulkPutMs);
  const importMbPerS = packMb / (importMedian / 1000);
  const bulkPutMbPerS = packMb / (bulkPutMedian / 1000);
  const results: BenchResults = {
    pack_import_ratio_vs_bulkput: { value: round3(importMbPerS / bulkPutMbPerS), unit: 'ratio' },
    pack_import_ms: { value: round3(importMedian), unit: 'ms' },
    pack_bulkput_ms: { value: round3(bulkPutMedian), unit: 'ms' },
    pack_import_mb_per_s: { value: round3(importMbPerS), unit: 'MB/s' },
    pack_bulkput_mb_per_s: { value: round3(bulkPutMbPerS), unit: 'MB/s' },
    pack_size_mb: { value: round3(packMb), unit: 'MB' },
  };
  await mergeResults(results);
  console.log(`\npack-import (median of ${REPEATS}; MB = 2^20 bytes)`);
  console.table(results);
  console.log(`written to ${RESULTS_FILE.pathname}`);
} catch (error) {
  console.error('The benchmark failed to run:', error);
  process.exitCode = 1;
} finally {
  for (const step of cleanup) await step().catch(() => undefined);
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
