import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSubmission } from '../../renderer/src/domain/submission/submission';
import { exportAs, waitForBundledPacks } from './helpers/app';
import { expectAccessible } from './helpers/accessibility';
import { appLauncher } from './helpers/browser';

const app = appLauncher();
/** The bundled criminal case: its act is a guilty verdict, so the worksheet asks the questions of УПК art. 390. */
const CRIMINAL_CASE = '#/case/criminal-theft-guilty-kostanay/theft-guilty';
const PROTOCOLS = 'Протоколы осмотра места происшествия, явки с повинной, выемки';
const FACT = 'Сарсенбаев проник в квартиру через балкон и похитил телефон';
const ASSESSMENT = 'Протокол осмотра места происшествия относим, допустим и достоверен.';
const GUILT = 'Виновен ли подсудимый в совершении этого уголовного правонарушения?';
const ANSWER = 'Да: вина доказана совокупностью доказательств.';

async function openCriminalCase(page: Page): Promise<void> {
  await waitForBundledPacks(page);
  await page.goto(`${app.baseUrl}${CRIMINAL_CASE}`);
  await page.locator('.act-editor').waitFor();
}

function worksheet(page: Page) {
  return page.getByRole('form', { name: 'Рабочий лист решения дела' });
}

describe('the case-solving worksheet', () => {
  it('keeps a fact with its evidence and an art. 390 answer across a reload, and goes into the submission', async () => {
    const { page } = await app.launch();
    await openCriminalCase(page);
    const materialsTab = page.getByRole('tab', { name: 'Материалы дела' });
    const worksheetTab = page.getByRole('tab', { name: 'Рабочий лист' });
    await worksheetTab.click();
    // The reader is hidden, not gone: it comes back as it was.
    expect(await page.locator('.reader').count()).toBe(1);

    await worksheet(page).getByRole('button', { name: 'Добавить факт' }).click();
    // The new fact's first field has the focus: typing goes straight into it.
    await page.keyboard.type(FACT);
    await worksheet(page)
      .getByRole('combobox', { name: 'Добавить доказательство…' })
      .selectOption({ label: PROTOCOLS });
    await worksheet(page)
      .getByLabel(/^Оценка/)
      .fill(ASSESSMENT);
    await worksheet(page).getByLabel(GUILT).fill(ANSWER);
    // Reloaded at once: what the autosaver has not written yet comes back from the unload rescue copy.
    await page.reload();
    await page.locator('.act-editor').waitFor();

    await worksheetTab.click();
    expect(await worksheet(page).getByLabel('Факт', { exact: true }).inputValue()).toBe(FACT);
    expect(
      await worksheet(page)
        .getByLabel(/^Оценка/)
        .inputValue(),
    ).toBe(ASSESSMENT);
    expect(await worksheet(page).getByLabel(GUILT).inputValue()).toBe(ANSWER);
    const chip = worksheet(page).getByRole('button', { name: `Открыть «${PROTOCOLS}» в материалах дела` });
    // The chip asks the reader for the material, and the case materials come back to the front.
    await chip.click();
    await expect.poll(() => materialsTab.getAttribute('aria-selected')).toBe('true');
    expect(await worksheetTab.getAttribute('aria-selected')).toBe('false');
    expect(await page.getByRole('tab', { name: PROTOCOLS }).getAttribute('aria-selected')).toBe('true');
    // The chip is hidden with its panel: the focus goes to the tab that came back, and the arrows switch tabs.
    expect(await materialsTab.evaluate((tab) => tab === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await worksheetTab.getAttribute('aria-selected')).toBe('true');
    expect(await worksheet(page).getByLabel(GUILT).inputValue()).toBe(ANSWER);
    await expectAccessible(page, 'the worksheet with a fact, its evidence and an answer');

    const file = await exportAs(
      page,
      page.getByRole('button', { name: 'Сдать работу…' }),
      'Нурланова Асель Маратовна',
    );
    const check = await readSubmission(await readFile(await file.path()));
    if (!check.ok) throw new Error(`The exported file does not verify: ${check.reason} ${check.detail}`);
    expect(check.submission).toMatchObject({
      formatVersion: 3,
      case: { id: 'theft-guilty', actType: 'criminal-verdict-guilty' },
      worksheet: {
        facts: [{ statement: FACT, evidence: ['protocols'], assessment: ASSESSMENT }],
        criminalQuestions: { guilt: ANSWER, punishment: '' },
      },
    });
    // A built-in template is named by the act type, not copied into the file.
    expect('template' in check.submission).toBe(false);
    // axe-core (expectAccessible) takes seconds on a loaded machine.
  }, 120_000);
});
