import type { Page } from 'playwright-core';
import { MB, type Benchmark, type BenchReport } from '../benchmark';
import { median, percentile, round3, type BenchResults } from '../results';
import type { KeystrokePlan } from './protocol';

/** 4 rounds × 100 measured keystrokes per document (400 each), after 20 unmeasured ones each round. */
const KEYSTROKES: KeystrokePlan = { rounds: 4, perRound: 100, warmUp: 20 };
const SAVES = 40;
const SAVE_WARM_UP = 5;
/** The first open is a warm-up. */
const OPENS = 6;
const SCRIPT_ONLY_KEYSTROKES = 200;

/** Typing, autosave, opening and memory of the act editor (the app's own code) with a 100-page act. */
export const editorBenchmark: Benchmark = {
  name: 'editor',
  page: 'editor/index.html',
  run,
};

async function run(page: Page): Promise<BenchReport> {
  await page.waitForFunction(() => window.editorBench !== undefined);
  console.log('editor: generating the acts…');
  const info = await page.evaluate(() => window.editorBench!.prepare());
  console.log(
    `  100-page act: ${info.blocks100} text blocks, ${info.chars100} characters, ${(info.jsonBytes100 / MB).toFixed(2)} MB ` +
      `of JSON; 1-page act: ${info.blocks1} blocks, ${info.chars1} characters (generated in ${info.generateMs.toFixed(0)} ms)`,
  );

  const opens = (await page.evaluate((n) => window.editorBench!.measureOpen(n), OPENS)).slice(1);
  console.log(`  open: ${opens.map((ms) => ms.toFixed(0)).join(', ')} ms`);

  console.log(`  typing ${KEYSTROKES.rounds} × ${KEYSTROKES.perRound} keystrokes into each document…`);
  const keys = await page.evaluate((plan) => window.editorBench!.measureKeystrokes(plan), KEYSTROKES);
  for (const [name, samples] of Object.entries(keys)) console.log(`  ${name}: ${summary(samples)}`);
  const script = await page.evaluate((n) => window.editorBench!.measureScriptOnly(n), SCRIPT_ONLY_KEYSTROKES);
  console.log('  the same with the act hidden (script only, no style or layout):');
  for (const [name, samples] of Object.entries(script)) console.log(`    ${name}: ${summary(samples)}`);

  const saves = await page.evaluate(([n, warmUp]) => window.editorBench!.measureAutosave(n, warmUp), [
    SAVES,
    SAVE_WARM_UP,
  ] as const);
  console.log(`  autosave: ${summary(saves.total)}; of which serialising: ${summary(saves.serialise)}`);

  const heap = await page.evaluate(() => window.editorBench!.measureHeap());
  if (!heap.forcedGc) console.log('  (no window.gc: heap read after waiting instead of after a forced GC)');

  const p95 = {
    act100: percentile(keys.act100, 95),
    act1: percentile(keys.act1, 95),
    bare100: percentile(keys.bare100, 95),
  };
  const results: BenchResults = {
    keystroke_p95_ms_100p: { value: round3(p95.act100), unit: 'ms' },
    keystroke_p95_ratio_100p_vs_1p: { value: round3(p95.act100 / p95.act1), unit: 'ratio' },
    keystroke_p95_ratio_vs_bare: { value: round3(p95.act100 / p95.bare100), unit: 'ratio' },
    autosave_p95_ms_100p: { value: round3(percentile(saves.total, 95)), unit: 'ms' },
    autosave_serialise_p95_ms_100p: { value: round3(percentile(saves.serialise, 95)), unit: 'ms' },
    open_ms_100p: { value: round3(median(opens)), unit: 'ms' },
    heap_mb_100p: { value: round3(heap.usedBytes / MB), unit: 'MB' },
  };
  return {
    title: `editor (keystrokes and saves p95, open median of ${opens.length}; MB = 2^20 bytes)`,
    results,
  };
}

function summary(samples: number[]): string {
  return (
    `median ${median(samples).toFixed(2)} ms, p95 ${percentile(samples, 95).toFixed(2)} ms, ` +
    `max ${Math.max(...samples).toFixed(2)} ms (${samples.length})`
  );
}
