import { describe, expect, it } from 'vitest';
import { CIVIL_DECISION_PARTS, openBundledCase, partText, typeInPart } from './helpers/app';
import { appLauncher, killBrowser } from './helpers/browser';

const app = appLauncher();
const typed = [
  'Казыбекбийский районный суд',
  'Истец просит взыскать долг',
  'Суд установил',
  'Иск удовлетворить частично',
  'Судья Абенова Д.К.',
];

describe('a trainee’s draft', () => {
  it('is all there after a reload, in every part of the act', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    for (const [index, text] of typed.entries()) await typeInPart(page, index, ` ${text}`);
    await page.reload();
    await page.locator('.act-editor').waitFor();
    for (const [index, part] of CIVIL_DECISION_PARTS.entries()) {
      expect(await partText(page, part)).toContain(typed[index]);
    }
    await page.goto(app.baseUrl);
    await expect
      .poll(() => page.locator('.case-list__item .status').first().getAttribute('class'))
      .toContain('status--inProgress');
  });

  it('survives the browser being killed one second after the last keystroke', async () => {
    const first = await app.launch();
    await openBundledCase(first.page);
    for (const [index, text] of typed.entries()) await typeInPart(first.page, index, ` ${text}`);
    await first.page.waitForTimeout(1000);
    await killBrowser(first);

    const { page } = await app.launch({ profile: first.profile });
    await openBundledCase(page);
    for (const [index, part] of CIVIL_DECISION_PARTS.entries()) {
      expect(await partText(page, part)).toContain(typed[index]);
    }
  });
});
