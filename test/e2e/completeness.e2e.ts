import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openBundledCase, partText, typeInPart } from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();

/** A requisite's entry in the outline's checklist, under its part. */
function checklistItem(page: Page, partId: string, requisiteId: string) {
  return page.locator(`[data-completeness="${partId}"] [data-requisite="${requisiteId}"]`);
}

/** The part of the act holding the text cursor. */
function cursorPart(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const anchor = document.getSelection()?.anchorNode;
    const element = anchor instanceof Element ? anchor : anchor?.parentElement;
    return element?.closest('section[data-part]')?.getAttribute('data-part') ?? null;
  });
}

describe('the completeness checklist', () => {
  it('shows what is missing, follows the typing, jumps to its place and asks before an incomplete export', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);

    // Only the checklist of the part being written is open: the cursor starts in the introduction.
    const introductoryToggle = page.locator('[data-completeness="introductory"] .completeness__toggle');
    await expect.poll(() => introductoryToggle.getAttribute('aria-expanded')).toBe('true');
    const operative = page.locator('[data-completeness="operative"]');
    const operativeToggle = operative.getByRole('button', { name: /найдено 0 из 4/ });
    expect(await operativeToggle.getAttribute('aria-expanded')).toBe('false');
    const costs = checklistItem(page, 'operative', 'costs');
    expect(await costs.isVisible()).toBe(false);
    // The others show their count and open from their toggle.
    await operativeToggle.click();
    expect(await costs.isVisible()).toBe(true);
    expect(await costs.getAttribute('data-state')).toBe('missing');
    // Not by colour alone: an icon, and a word for screen readers.
    expect(await costs.innerText()).toContain('✗');
    expect(await costs.innerText()).toContain('Распределение судебных расходов');
    expect(await costs.locator('.visually-hidden').textContent()).toContain('Не найдено');
    // Each item shows the provision it comes from: a civil appeal's month is ГПК 403 ч.3, confirmed (legal audit
    // 2026-12), so no «not verified» note stands beside it.
    const appealTerm = checklistItem(page, 'operative', 'appeal-term');
    expect(await appealTerm.innerText()).toContain('ГПК РК, ст. 403, ч. 3');
    expect(await appealTerm.innerText()).not.toContain('норма не сверена');
    expect(
      await operative.getByRole('button', { name: 'Только текст шаблона: ничего не дописано' }).isVisible(),
    ).toBe(true);

    await typeInPart(page, 3, 'Расходы по оплате государственной пошлины взыскать с ответчика.');
    // The sentence decides costs and, by «взыскать», the outcome too.
    await expect
      .poll(() => operative.locator('.completeness__toggle').innerText())
      .toContain('найдено 2 из 4');
    expect(await costs.getAttribute('data-state')).toBe('found');
    expect(await costs.innerText()).toContain('✓');
    expect(
      await operative.getByRole('button', { name: 'Только текст шаблона: ничего не дописано' }).count(),
    ).toBe(0);

    // A missing item takes the cursor to its part: what is typed next lands there.
    await page.locator('[data-completeness="reasoning"] .completeness__toggle').click();
    await checklistItem(page, 'reasoning', 'law').click();
    await expect.poll(() => cursorPart(page)).toBe('reasoning');
    // The outline's highlight follows the cursor; the introduction's list, opened only for the cursor, folds.
    expect(await page.locator('.outline__item--current').innerText()).toContain('Мотивировочная часть');
    expect(await introductoryToggle.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.type('Суд установил следующее.');
    expect(await partText(page, 'reasoning')).toContain('Суд установил следующее.');
    await expect
      .poll(() => checklistItem(page, 'reasoning', 'facts').getAttribute('data-state'))
      .toBe('found');

    // The checklist folds away and opens again from the keyboard.
    const toggle = operative.getByRole('button', { name: /найдено 2 из 4/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await costs.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    expect(await costs.isVisible()).toBe(true);

    // Handing in asks first, listing what is missing part by part; going back takes the cursor to the first gap.
    await page.getByRole('button', { name: 'Сдать работу…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Акт, возможно, неполон' });
    await dialog.waitFor();
    const summary = await dialog.innerText();
    expect(summary).toContain('Мотивировочная часть');
    expect(summary).toContain('Применённые нормы права (ссылки на статьи)');
    expect(summary).toContain('Подпись судьи');
    expect(summary).not.toContain('Распределение судебных расходов');
    await dialog.getByRole('button', { name: 'Вернуться и дополнить' }).click();
    expect(await dialog.isVisible()).toBe(false);
    await expect.poll(() => cursorPart(page)).toBe('introductory');

    // Each missing item in the list is a way back to its own place.
    await page.getByRole('button', { name: 'Сдать работу…' }).click();
    await dialog
      .locator('[data-part="signature"]')
      .getByRole('button', { name: 'Только текст шаблона: ничего не дописано' })
      .click();
    expect(await dialog.isVisible()).toBe(false);
    await expect.poll(() => cursorPart(page)).toBe('signature');

    // Handing in anyway goes on to the export.
    await page.getByRole('button', { name: 'Сдать работу…' }).click();
    await dialog.getByRole('button', { name: 'Всё равно сдать' }).click();
    await page
      .getByRole('dialog', { name: 'Ваше имя' })
      .getByRole('textbox')
      .fill('Нурланова Асель Маратовна');
    const download = page.waitForEvent('download');
    await page.getByRole('dialog').getByRole('button', { name: 'Продолжить' }).click();
    expect((await download).suggestedFilename()).toContain('Нурланова');
  });
});
