import type { Page } from 'playwright-core';
import { MB, type Benchmark, type BenchReport } from '../benchmark';
import { median, round3, type BenchResults } from '../results';
import type { SealedInfo } from './protocol';

const REPEATS = Number(process.env.BENCH_SEALED_REPEATS ?? 3);
const SEAL_REPEATS = 21;
/** Issue 14's targets: sealing a 1 MB submission in 50 ms; 150 sealed files imported in at most 2 s more than plain. */
const TARGETS = { sealMs: 50, openOverheadMs: 2_000 };

/**
 * Sealing a submission to a trainer (sealSubmissionFile: encoding, AES-GCM, the key wrapping, base64 and the
 * canonical JSON of the file), and what opening sealed files adds to a cohort's import: importCohort of the cohort
 * benchmark's 150 files, plain (format 2) and the same submissions sealed (format 3), in Chromium with real
 * IndexedDB and the import's worker.
 */
export const sealedSubmissionBenchmark: Benchmark = {
  name: 'sealed-submission',
  page: 'sealed-submission/index.html',
  run,
};

async function run(page: Page): Promise<BenchReport> {
  if (!Number.isInteger(REPEATS) || REPEATS < 1)
    throw new Error('BENCH_SEALED_REPEATS must be a whole number above 0.');
  await page.waitForFunction(() => window.sealedBench !== undefined);
  console.log('sealed-submission: generating the pack and the submissions, plain and sealed…');
  const info: SealedInfo = await page.evaluate(() => window.sealedBench!.prepare());
  console.log(
    `  ${info.files} submissions: ${(info.plainBytes / MB).toFixed(1)} MB plain, ` +
      `${(info.sealedBytes / MB).toFixed(1)} MB sealed; the sealed one ${(info.sealInputBytes / MB).toFixed(2)} MB`,
  );

  const sealMs: number[] = [];
  for (let round = 0; round < SEAL_REPEATS; round++) {
    sealMs.push(await page.evaluate(() => window.sealedBench!.measureSeal()));
  }
  const plainMs: number[] = [];
  const sealedMs: number[] = [];
  for (let round = 0; round < REPEATS; round++) {
    // Alternate the order, so neither always runs right after the other's disk writes.
    const order = round % 2 === 0 ? [false, true] : [true, false];
    for (const sealed of order) {
      const ms = await page.evaluate((which) => window.sealedBench!.measureImport(which), sealed);
      (sealed ? sealedMs : plainMs).push(ms);
    }
    console.log(
      `  round ${round + 1}/${REPEATS}: plain ${plainMs.at(-1)!.toFixed(0)} ms, sealed ${sealedMs.at(-1)!.toFixed(0)} ms`,
    );
  }
  const results: BenchResults = {
    seal_1mb_ms: { value: round3(median(sealMs)), unit: 'ms', target: { max: TARGETS.sealMs } },
    seal_input_mb: { value: round3(info.sealInputBytes / MB), unit: 'MB' },
    open_sealed_150_overhead_ms: {
      value: round3(median(sealedMs) - median(plainMs)),
      unit: 'ms',
      target: { max: TARGETS.openOverheadMs },
    },
    open_sealed_150_ms: { value: round3(median(sealedMs)), unit: 'ms' },
    open_plain_150_ms: { value: round3(median(plainMs)), unit: 'ms' },
  };
  return {
    title: `sealed-submission (seal: median of ${SEAL_REPEATS}; imports: median of ${REPEATS})`,
    results,
  };
}
