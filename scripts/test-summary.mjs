// Prints the closing `N passed, N failed` line of a test run from the Vitest JSON reports in test-results/.
// Usage: node scripts/test-summary.mjs <exit status of npm test>
// A run that failed before or outside the tests (lint, typecheck, build) never reports zero failures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
const dir = new URL('../test-results/', import.meta.url);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.json')) : []) {
  const report = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
