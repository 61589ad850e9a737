import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

export type BenchResults = Record<string, BenchFigure>;

export interface BenchFigure {
  value: number;
  unit: string;
  /**
   * Where the figure has one: `max`, what it must not exceed, or for a figure where more is better `min`, what it
   * must not fall below; `aim`, what we aim for. In the figure's unit.
   */
  target?: { max: number; aim?: number } | { min: number; aim?: number };
}

/** bench-results.json at the repository root; every benchmark adds its own keys and keeps the others'. */
export const RESULTS_FILE = new URL('../../bench-results.json', import.meta.url);

export async function mergeResults(results: BenchResults): Promise<void> {
  const existing = existsSync(RESULTS_FILE)
    ? (JSON.parse(await readFile(RESULTS_FILE, 'utf8')) as BenchResults)
    : {};
  await writeFile(RESULTS_FILE, `${JSON.stringify({ ...existing, ...results }, null, 2)}\n`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The nearest-rank percentile (0-100) of the values. */
export function percentile(values: number[], rank: number): number {
  if (values.length === 0) throw new Error('No values to take a percentile of.');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((rank / 100) * sorted.length) - 1)]!;
}

export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
