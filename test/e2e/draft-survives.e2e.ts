import { afterEach, describe, expect, inject, it } from 'vitest';
import { CIVIL_DECISION_PARTS, openBundledCase, partText, typeInPart } from './helpers/app';
import { killBrowser, launchApp, newProfile, removeProfile, type RunningBrowser } from './helpers/browser';

const baseUrl = inject('baseUrl');
const typed = [
  'Казыбекбийский районный суд',
  'Истец просит взыскать долг',
  'Суд установил',
  'Иск удовлетворить частично',
  'Судья Абенова Д.К.',
];

let running: RunningBrowser | undefined;
afterEach(async () => {
  await running?.context.close().catch(() => undefined);
  if (running) await removeProfile(running.profile);
  running = undefined;
});

describe('a trainee’s draft', () => {
  it('is all there after a reload, in every part of the act', async () => {
    running = await launchApp(baseUrl, await newProfile());
    const { page } = running;
    await openBundledCase(page);
    for (const [index, text] of typed.entries()) await typeInPart(page, index, ` ${text}`);
    await page.reload();
    await page.locator('.act-editor').waitFor();
    for (const [index, part] of CIVIL_DECISION_PARTS.entries()) {
      expect(await partText(page, part)).toContain(typed[index]);
    }
    await page.goto(baseUrl);
    await expect
      .poll(() => page.locator('.case-list__item .status').first().getAttribute('class'))
      .toContain('status--inProgress');
  });

  it('survives the browser being killed one second after the last keystroke', async () => {
    const profile = await newProfile();
    running = await launchApp(baseUrl, profile);
    await openBundledCase(running.page);
    for (const [index, text] of typed.entries()) await typeInPart(running.page, index, ` ${text}`);
    await running.page.waitForTimeout(1000);
    await killBrowser(running);

    running = await launchApp(baseUrl, profile);
    const { page } = running;
    await openBundledCase(page);
    for (const [index, part] of CIVIL_DECISION_PARTS.entries()) {
      expect(await partText(page, part)).toContain(typed[index]);
    }
  });
});
