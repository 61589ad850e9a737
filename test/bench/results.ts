import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

export type BenchResults = Record<string, { value: number; unit: string }>;

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
