import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  exportAs,
  openBundledCase,
  openBundledCaseById,
  partText,
  saveState,
  typeInPart,
} from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();
const PROTOCOLS = 'Протоколы осмотра места происшествия, явки с повинной, выемки';

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
    const preview = history.locator('.revision-preview');
    await expect.poll(() => preview.innerText()).toContain('2 200 000 тенге.');
    expect(await preview.innerText()).not.toContain('Расходы возложить');
    expect(await preview.getAttribute('contenteditable')).toBe('false');

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

  it('shows a version as the editor does: a citation shows its article, an evidence link opens the material, and the draft stays as it is', async () => {
    const { page } = await app.launch();
    await openBundledCaseById(page, 'criminal-theft-guilty-kostanay', 'theft-guilty');
    const reasoning = page.locator('.editor-pane section[data-part="descriptive-reasoning"]');
    await typeInPart(page, 1, 'Действия подсудимого суд квалифицирует по п. 3 ч. 3 ст. 188 УК РК ');
    await expect.poll(() => reasoning.locator('.citation').count()).toBe(1);
    await page.keyboard.type('Вина подтверждается протоколом');
    await page.keyboard.press('Shift+Control+ArrowLeft');
    // ProseMirror learns of a keyboard selection from the asynchronous selectionchange event.
    await page.waitForTimeout(100);
    await page.keyboard.press('Control+Shift+E');
    const picker = page.getByRole('dialog', { name: 'Ссылка на материал дела' });
    await picker.getByRole('searchbox').fill('протокол');
    await picker.getByRole('button', { name: PROTOCOLS }).click();
    await expect.poll(() => reasoning.locator('.evidence').count()).toBe(1);
    await exportAs(page, page.getByRole('button', { name: 'Сдать работу…' }), 'Нурланова Асель Маратовна');
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(expect.stringContaining('.cdsub'));
    await typeInPart(page, 1, ' Написано после сдачи.');
    await expect.poll(() => saveState(page), { timeout: 10_000 }).toBe('saved');
    const draft = await partText(page, 'descriptive-reasoning');
    expect(draft).toContain('Написано после сдачи.');

    await page.keyboard.press('Control+Shift+H');
    const history = historyDialog(page);
    await history.getByRole('button', { name: /Выгружено в файл/ }).click();
    const preview = history.locator('.revision-preview');
    await expect.poll(() => preview.innerText()).toContain('Вина подтверждается протоколом');
    expect(await preview.innerText()).not.toContain('Написано после сдачи.');

    // The pointer on a citation shows its article, as in the editor.
    const tooltip = page.getByRole('tooltip');
    await preview.locator('.citation').hover();
    await expect.poll(() => tooltip.innerText()).toContain('с незаконным проникновением в жилое');
    await page.mouse.move(0, 0);
    await expect.poll(() => tooltip.count()).toBe(0);

    // From the keyboard: Tab reaches the citation (its article shows), keys change nothing, Tab reaches the link.
    await preview.focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => tooltip.innerText()).toContain('ч. 3 ст. 188 УК РК');
    const shown = await preview.innerText();
    await page.keyboard.press('Backspace');
    await page.keyboard.type('x');
    expect(await preview.innerText()).toBe(shown);
    await page.keyboard.press('Tab');
    const link = preview.getByRole('link', { name: 'протоколом' });
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);

    // Enter follows the link: the history closes and the reader shows the material.
    expect(await page.locator('#reader-panel').innerText()).not.toContain(
      'Протокол осмотра места происшествия',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => history.count()).toBe(0);
    await expect
      .poll(() => page.locator('#reader-panel').innerText())
      .toContain('Протокол осмотра места происшествия');

    // Reading the version changed nothing in the draft, on screen or once reopened.
    expect(await partText(page, 'descriptive-reasoning')).toBe(draft);
    await expect.poll(() => saveState(page)).toBe('saved');
    await page.reload();
    await page.locator('.act-editor').waitFor();
    expect(await partText(page, 'descriptive-reasoning')).toBe(draft);
  });
});
