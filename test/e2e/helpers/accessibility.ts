import axe, { type AxeResults } from 'axe-core';
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

/** WCAG 2.0–2.2 A and AA rules, and axe's best practices. */
const RULE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core (RULE_TAGS) on the page as it is now. axe is put into the page once per document by Playwright
 * through the DevTools protocol, which the app's Content-Security-Policy (`script-src 'self'`) does not govern, so
 * the app is checked under its real policy. Not through an AxeBuilder (@axe-core/playwright, no longer a dependency): it injects axe again for
 * every check and runs each in a new blank page, 4–10 s a check on the marking screen of a loaded machine against
 * about 1 s here (measured in marking-screen.e2e.ts); the frames it would also reach into, the app has none of.
 */
export async function axeFindings(page: Page): Promise<AccessibilityFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    RULE_TAGS,
  );
  return (results as AxeResults).violations.map((violation) => ({
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
