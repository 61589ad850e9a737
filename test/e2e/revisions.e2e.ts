import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportAs, openBundledCase, partText, typeInPart } from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();

function historyDialog(page: Page) {
  return page.getByRole('dialog', { name: 'История версий' });
}

function worksheetAnalysis(page: Page) {
  return page.getByRole('textbox', { name: 'Анализ', exact: true });
}

describe('revisions of a draft', () => {
  it('keeps the exported act and worksheet as a version to read and restore, and Ctrl+Z takes the restore back', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    await typeInPart(page, 3, ' Взыскать с Ахметова Е.С. 2 200 000 тенге.');
    await page.getByRole('tab', { name: 'Рабочий лист' }).click();
    await worksheetAnalysis(page).fill('Долг доказан договором займа.');
    await exportAs(page, page.getByRole('button', { name: 'Сдать работу…' }), 'Нурланова Асель Маратовна');
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(expect.stringContaining('.cdsub'));
    await worksheetAnalysis(page).fill('Сомневаюсь в расчёте неустойки.');
    await typeInPart(page, 3, ' Расходы возложить на ответчика.');
    const newer = await partText(page, 'operative');

    await page.keyboard.press('Control+Shift+H');
    const history = historyDialog(page);
    await history.getByRole('button', { name: /Выгружено в файл/ }).click();
    const preview = history.getByTestId('revision-preview');
    await expect.poll(() => preview.innerText()).toContain('2 200 000 тенге.');
    expect(await preview.innerText()).not.toContain('Расходы возложить');
    expect(await preview.getAttribute('contenteditable')).toBeNull();

    await history.getByRole('button', { name: 'Восстановить эту версию' }).click();
    await expect.poll(() => partText(page, 'operative')).not.toContain('Расходы возложить');
    expect(await partText(page, 'operative')).toContain('2 200 000 тенге.');
    expect(await history.isVisible()).toBe(false);
    expect(await worksheetAnalysis(page).inputValue()).toBe('Долг доказан договором займа.');

    await page.keyboard.press('Control+z');
    expect(await partText(page, 'operative')).toBe(newer);

    // The text the restore replaced was kept as a version of its own.
    await page.getByRole('button', { name: 'История', exact: true }).click();
    await history.getByRole('button', { name: /Перед восстановлением/ }).click();
    await expect.poll(() => preview.innerText()).toContain('Расходы возложить на ответчика.');
  });
});
