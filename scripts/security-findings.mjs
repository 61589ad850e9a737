/**
 * Pure logic of the electronegativity gate: turning the scanner's issues into findings and checking them
 * against the reviewed allowlist. Kept apart from the scan so it is unit-tested; types are in the .d.mts.
 */
import path from 'node:path';

/** Severities that fail the gate unless an allowlist entry explains them. */
export const BLOCKING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);
/** Electronegativity's marker for a finding about the whole app rather than one file (e.g. "no CSP"). */
export const GLOBAL_FINDING_FILE = 'N/A';
/** Long enough that "false positive" alone is not accepted: an entry must say why. */
const MIN_REASON_LENGTH = 20;

/** An issue from electronegativity's runner, with its path made repository-relative and portable. */
export function toFinding(issue, repoRoot) {
  const file =
    issue.file === GLOBAL_FINDING_FILE
      ? GLOBAL_FINDING_FILE
      : path.relative(repoRoot, issue.file).split(path.sep).join('/');
  return {
    check: issue.id,
    severity: issue.severity.name,
    file,
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    description: issue.description,
  };
}

/** Refuses a malformed allowlist outright: a typo must never silently explain, or un-explain, a finding. */
export function parseAllowlist(document) {
  const entries = document?.entries;
  if (!Array.isArray(entries)) throw new Error('The allowlist must be an object with an "entries" array');
  return entries.map((entry, index) => {
    const { check, file, reason } = entry ?? {};
    if (typeof check !== 'string' || check === '')
      throw new Error(`Allowlist entry ${index}: "check" is required`);
    if (typeof file !== 'string' || file === '')
      throw new Error(`Allowlist entry ${index}: "file" is required`);
    if (typeof reason !== 'string' || reason.trim().length < MIN_REASON_LENGTH) {
      throw new Error(
        `Allowlist entry ${index}: "reason" must explain the finding in ${MIN_REASON_LENGTH}+ characters`,
      );
    }
    return { check, file, reason };
  });
}

/** Entries match on check and file, not line, so unrelated edits above a finding do not invalidate them. */
const explains = (entry, finding) => entry.check === finding.check && entry.file === finding.file;

/**
 * Splits the blocking findings into explained and unexplained ones, and lists allowlist entries that no
 * longer match any finding so that they get removed rather than silently cover a future one.
 */
export function reviewFindings(findings, allowlist) {
  const blocking = findings.filter((finding) => BLOCKING_SEVERITIES.has(finding.severity));
  const isExplained = (finding) => allowlist.some((entry) => explains(entry, finding));
  return {
    blocking,
    explained: blocking.filter(isExplained),
    unexplained: blocking.filter((finding) => !isExplained(finding)),
    staleEntries: allowlist.filter((entry) => !blocking.some((finding) => explains(entry, finding))),
  };
}
