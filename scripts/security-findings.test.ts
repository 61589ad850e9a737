import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllowlist, reviewFindings, toFinding, type Finding } from './security-findings.mjs';

const REASON = 'The options come from a tested builder the scanner cannot follow.';

function finding(check: string, severity: string, file = 'electron/main/main-window.ts'): Finding {
  return { check, severity, file, line: 11, column: 17, description: `${check} description` };
}

describe('toFinding', () => {
  it('makes file paths repository-relative with forward slashes', () => {
    const root = path.resolve('/repo');
    const issue = {
      id: 'SANDBOX_JS_CHECK',
      severity: { name: 'MEDIUM' },
      file: path.join(root, 'electron', 'main', 'main-window.ts'),
      location: { line: 11, column: 17 },
      description: 'Use sandbox',
    };
    expect(toFinding(issue, root)).toEqual({
      check: 'SANDBOX_JS_CHECK',
      severity: 'MEDIUM',
      file: 'electron/main/main-window.ts',
      line: 11,
      column: 17,
      description: 'Use sandbox',
    });
  });

  it('keeps the marker of an app-wide finding', () => {
    const issue = {
      id: 'CSP_GLOBAL_CHECK',
      severity: { name: 'MEDIUM' },
      file: 'N/A',
      description: 'No CSP',
    };
    expect(toFinding(issue, '/repo').file).toBe('N/A');
  });
});

describe('parseAllowlist', () => {
  it('reads well-formed entries', () => {
    const entry = { check: 'SANDBOX_JS_CHECK', file: 'electron/main/main-window.ts', reason: REASON };
    expect(parseAllowlist({ entries: [entry] })).toEqual([entry]);
  });

  it.each([
    [null, /entries/],
    [{ entries: {} }, /entries/],
    [{ entries: [{ file: 'a.ts', reason: REASON }] }, /entry 0: "check"/],
    [{ entries: [{ check: 'X', reason: REASON }] }, /entry 0: "file"/],
    [{ entries: [{ check: 'X', file: 'a.ts' }] }, /entry 0: "reason"/],
    [{ entries: [{ check: 'X', file: 'a.ts', reason: 'false positive' }] }, /entry 0: "reason"/],
  ])('refuses %j', (document, message) => {
    expect(() => parseAllowlist(document)).toThrow(message);
  });
});

describe('reviewFindings', () => {
  const allowlist = [{ check: 'SANDBOX_JS_CHECK', file: 'electron/main/main-window.ts', reason: REASON }];

  it('lets an explained finding pass and blocks an unexplained HIGH or MEDIUM one', () => {
    const review = reviewFindings(
      [finding('SANDBOX_JS_CHECK', 'MEDIUM'), finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH')],
      allowlist,
    );
    expect(review.explained.map((f) => f.check)).toEqual(['SANDBOX_JS_CHECK']);
    expect(review.unexplained.map((f) => f.check)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
  });

  it('does not let an entry for one file explain the same check in another file', () => {
    const review = reviewFindings(
      [finding('SANDBOX_JS_CHECK', 'MEDIUM', 'electron/main/other.ts')],
      allowlist,
    );
    expect(review.unexplained).toHaveLength(1);
  });

  it('ignores LOW and INFORMATIONAL findings', () => {
    const review = reviewFindings(
      [finding('BLINK_FEATURES_JS_CHECK', 'LOW'), finding('CSP_JS_CHECK', 'INFORMATIONAL')],
      [],
    );
    expect(review.blocking).toEqual([]);
    expect(review.unexplained).toEqual([]);
  });

  it('reports entries that no longer match any finding', () => {
    expect(reviewFindings([], allowlist).staleEntries).toEqual(allowlist);
  });
});
