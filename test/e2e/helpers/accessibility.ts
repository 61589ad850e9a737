import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What axe-core reports of one rule on one screen. */
export interface AccessibilityFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The impacts the end-to-end tests refuse; moderate and minor findings are listed by `axeFindings` only. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules, and its best practices) on the page as it is now. axe is put into the
 * page by Playwright through the DevTools protocol, which the app's Content-Security-Policy (`script-src 'self'`)
 * does not govern, so the app is checked under its real policy.
 */
export async function axeFindings(page: Page): Promise<AccessibilityFinding[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** Fails with a readable list (rule, impact, what to fix, where) if axe finds anything serious or critical. */
export async function expectAccessible(page: Page, screenName: string): Promise<void> {
  const blocking = (await axeFindings(page)).filter((finding) => BLOCKING.has(finding.impact));
  const report = blocking.map(
    ({ rule, impact, help, targets }) => `${impact} ${rule}: ${help}\n    at ${targets.join('\n    at ')}`,
  );
  expect(report, `accessibility of ${screenName}`).toEqual([]);
}
