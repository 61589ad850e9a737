import type { Page } from 'playwright-core';
import { MB, type Benchmark, type BenchReport } from '../benchmark';
import { median, round3, type BenchResults } from '../results';
import type { PackInfo } from './protocol';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);

/** Importing a realistic pack (readPackFile + importPack) against a plain Dexie bulkPut of the same rows. */
export const packImportBenchmark: Benchmark = {
  name: 'pack-import',
  page: 'pack-import/index.html',
  run,
};

async function run(page: Page): Promise<BenchReport> {
  if (!Number.isInteger(REPEATS) || REPEATS < 1)
    throw new Error('BENCH_REPEATS must be a whole number above 0.');
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
  return { title: `pack-import (median of ${REPEATS}; MB = 2^20 bytes)`, results };
}
