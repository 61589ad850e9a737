/**
 * `npm run security`: scans the Electron code with electronegativity and fails on every HIGH or MEDIUM
 * finding that electron/security-allowlist.json does not explain.
 *
 * Uses electronegativity's documented programmatic API (the package's main export) with the options its
 * CLI builds from `-i DIR -e VERSION -o FILE.sarif`, because in 1.10.3 the CLI output alone cannot gate:
 * its SARIF carries no severity (every result is "warning" or "note"), `-s` filters only the console
 * table, and with `-o` files that fail to parse are skipped silently. The API returns severities and
 * parse errors; the SARIF is still written, for CI annotations. The scanner also never exits non-zero on
 * findings, which is why this gate exists at all.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import runElectronegativity from '@doyensec/electronegativity';
import { parseAllowlist, reviewFindings, toFinding } from './security-findings.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const scannedDir = path.join(repoRoot, 'electron');
const allowlistPath = path.join(scannedDir, 'security-allowlist.json');
/** Git-ignored (*.sarif) and outside out/, so it never ends up in the packaged app. */
const sarifPath = path.join(repoRoot, 'electronegativity.sarif');

async function readJson(filePath) {
  return JSON.parse(await readFile(filePath, 'utf8'));
}

/** Without the real version electronegativity assumes a very old Electron and judges against its defaults. */
async function installedElectronVersion() {
  return (await readJson(path.join(repoRoot, 'node_modules', 'electron', 'package.json'))).version;
}

const describeFinding = (finding) =>
  `  ${finding.severity} ${finding.check} ${finding.file}:${finding.line}:${finding.column} — ${finding.description}`;

async function main() {
  const allowlist = parseAllowlist(await readJson(allowlistPath));
  const electronVersion = await installedElectronVersion();
  const result = await runElectronegativity({
    input: scannedDir,
    output: sarifPath,
    isSarif: true,
    electronVersionOverride: electronVersion,
  });

  let failed = false;
  for (const error of result.errors) {
    // A file the scanner could not parse was not checked at all, so it cannot count as clean.
    console.error(`${error.tolerable ? 'Warning' : 'Not analysed'}: ${error.file}: ${error.message}`);
    failed ||= !error.tolerable;
  }

  const findings = result.issues.map((issue) => toFinding(issue, repoRoot));
  const review = reviewFindings(findings, allowlist);
  if (review.unexplained.length > 0) {
    failed = true;
    console.error(
      `Unexplained HIGH/MEDIUM findings (fix them, or explain them in ${path.relative(repoRoot, allowlistPath)}):`,
    );
    review.unexplained.forEach((finding) => console.error(describeFinding(finding)));
  }
  for (const entry of review.staleEntries) {
    console.warn(`Allowlist entry matches nothing any more, remove it: ${entry.check} ${entry.file}`);
  }

  console.log(
    `electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${review.blocking.length} HIGH/MEDIUM, ` +
      `${review.explained.length} allowlisted, ${review.unexplained.length} unexplained — ${failed ? 'FAIL' : 'pass'} ` +
      `(SARIF: ${path.relative(repoRoot, sarifPath)})`,
  );
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
