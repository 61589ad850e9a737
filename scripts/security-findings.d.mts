/** Types for security-findings.mjs, which stays plain JavaScript so `npm run security` needs no build step. */

export interface Finding {
  check: string;
  severity: string;
  /** Repository-relative with `/` separators, or `N/A` for a finding about the whole app. */
  file: string;
  line: number;
  column: number;
  description: string;
}

export interface AllowlistEntry {
  check: string;
  file: string;
  reason: string;
}

export interface ScannerIssue {
  id: string;
  severity: { name: string };
  file: string;
  location?: { line: number; column: number };
  description: string;
}

export const BLOCKING_SEVERITIES: Set<string>;
export const GLOBAL_FINDING_FILE: string;
export function toFinding(issue: ScannerIssue, repoRoot: string): Finding;
export function parseAllowlist(document: unknown): AllowlistEntry[];
export function reviewFindings(
  findings: Finding[],
  allowlist: AllowlistEntry[],
): { blocking: Finding[]; explained: Finding[]; unexplained: Finding[]; staleEntries: AllowlistEntry[] };
