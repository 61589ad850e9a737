import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './helpers/accessibility';
import { appLauncher } from './helpers/browser';
import {
  attachBundledKey,
  chooseCohortFiles,
  handedInCohort,
  nameWords,
  startBundledReview,
  wordsOnPage,
} from './helpers/review';

const app = appLauncher();

const NAMES = ['Жанибекова Айгерим Саматовна', 'Тулегенов Нуржан', 'Ремизова Виктория Олеговна'];
const NAME_WORDS = nameWords(NAMES);
const REASONING = 'Суд считает требования истца обоснованными.';

/** The part each side of the stage shows: the act's part id, or the model answer section's. */
async function partsOnStage(page: Page): Promise<(string | null)[]> {
  return page
    .locator('.classroom__side')
    .evaluateAll((sides) =>
      sides.map(
        (side) =>
          side.querySelector('.act-part')?.getAttribute('data-part') ??
          side.querySelector('[data-model-part]')?.getAttribute('data-model-part') ??
          null,
      ),
    );
}

/** Opens the queue's work `index` for marking, puts it on the classroom shortlist and goes back to the queue. */
async function shortlist(page: Page, index: number): Promise<void> {
  await page.locator('.queue__participant a').nth(index).click();
  const toggle = page.getByRole('button', { name: 'Отобрать для разбора' });
  await toggle.click();
  await page.getByRole('button', { name: 'Отобрана для разбора: убрать' }).waitFor();
  expect(
    await page.getByRole('button', { name: 'Отобрана для разбора: убрать' }).getAttribute('aria-pressed'),
  ).toBe('true');
  await page.getByRole('link', { name: 'К списку работ' }).click();
  await page.locator('.queue__participant').first().waitFor();
}

describe('classroom mode', () => {
  it('shows the shortlisted works part by part beside the model answer or each other, naming no one though the review shows names', async () => {
    const { page } = await app.launch();
    const files = await handedInCohort(page, NAMES, 2, ` ${REASONING}`);
    await startBundledReview(page, app.baseUrl);
    await attachBundledKey(page);
    await chooseCohortFiles(page, files);
    // The import of three works, given time on a loaded machine.
    await expect.poll(() => page.locator('.queue__participant').count(), { timeout: 30_000 }).toBe(3);

    // Two works on the shortlist, the queue's second first.
    const codes = await page.locator('.queue__participant').allInnerTexts();
    await shortlist(page, 1);
    await shortlist(page, 0);

    // Names shown on purpose in the review: the queue names the participants.
    await page.getByRole('button', { name: 'Показать имена' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Показать имена' }).click();
    await expect.poll(() => wordsOnPage(page, NAME_WORDS)).not.toEqual([]);

    await page.getByRole('link', { name: 'Режим аудитории' }).click();
    await page.getByRole('heading', { name: 'Разбор в аудитории', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: /^Работа А: / }).waitFor();

    // No name anywhere: not in the HTML (text, attributes, what a screen reader reads), not in the title.
    expect(await page.title()).toBe('Разбор в аудитории — CaseDraft');
    expect(await wordsOnPage(page, NAME_WORDS)).toEqual([]);

    // The shortlist comes first, by letters in the order chosen; the first is shown beside the model answer.
    const shown = page.getByLabel('Показываемая работа');
    expect(await shown.locator('optgroup[label="Отобранные"] option').allInnerTexts()).toEqual([
      `Работа А · ${codes[1]}`,
      `Работа Б · ${codes[0]}`,
    ]);
    expect(await shown.locator('optgroup[label="Остальные работы"] option').allInnerTexts()).toEqual([
      `Работа ${codes[2]}`,
    ]);
    expect(await page.locator('.classroom__side-title').allInnerTexts()).toEqual([
      'Работа А',
      'Образцовый ответ',
    ]);
    expect(await partsOnStage(page)).toEqual(['introductory', 'introductory']);
    // One part of the act and nothing else of it.
    expect(await page.locator('.classroom__side .act-part').count()).toBe(1);

    // Stepping with the buttons and the keys: both sides show the same part.
    await page.getByRole('button', { name: 'Следующая часть' }).click();
    await expect.poll(() => partsOnStage(page)).toEqual(['descriptive', 'descriptive']);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => partsOnStage(page)).toEqual(['reasoning', 'reasoning']);
    expect(await page.locator('.classroom__part').innerText()).toBe('Часть 3 из 5: Мотивировочная часть');

    // Another work beside the first: the same part of both.
    await page.getByLabel('Рядом').selectOption({ label: `Работа Б · ${codes[0]}` });
    await expect
      .poll(() => page.locator('.classroom__side-title').allInnerTexts())
      .toEqual(['Работа А', 'Работа Б']);
    await expect.poll(() => partsOnStage(page)).toEqual(['reasoning', 'reasoning']);
    await page.locator('.classroom__bar').getByRole('button', { name: 'Предыдущая часть' }).focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => partsOnStage(page)).toEqual(['operative', 'operative']);
    await page.keyboard.press('PageUp');
    await expect.poll(() => partsOnStage(page)).toEqual(['reasoning', 'reasoning']);

    // A passage of work Б selected and highlighted with the key; kept when the class goes on and comes back.
    const workB = page.getByRole('textbox', { name: 'Работа Б: Мотивировочная часть' });
    await workB.locator('p', { hasText: REASONING }).click();
    await page.keyboard.press('End');
    for (let step = 0; step < 12; step += 1) await page.keyboard.press('Shift+ArrowLeft');
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected).toHaveLength(12);
    await page.keyboard.press('Control+Shift+H');
    await expect.poll(() => workB.locator('.passage-highlight').allInnerTexts()).toEqual([selected]);
    expect(await page.getByRole('status').filter({ hasText: 'Выделено' }).innerText()).toBe(
      `Выделено: «${selected}»`,
    );
    // Arrows in the text move the caret, not the parts.
    await page.keyboard.press('ArrowLeft');
    expect(await partsOnStage(page)).toEqual(['reasoning', 'reasoning']);
    await page.getByRole('button', { name: 'Следующая часть' }).click();
    await expect.poll(() => partsOnStage(page)).toEqual(['operative', 'operative']);
    expect(await page.locator('.passage-highlight').count()).toBe(0);
    await page.getByRole('button', { name: 'Предыдущая часть' }).click();
    await expect.poll(() => workB.locator('.passage-highlight').allInnerTexts()).toEqual([selected]);
    expect(
      await page
        .getByRole('textbox', { name: /^Работа А/ })
        .locator('.passage-highlight')
        .count(),
    ).toBe(0);

    expect(await wordsOnPage(page, NAME_WORDS)).toEqual([]);
    await expectAccessible(page, 'classroom mode with a highlight');

    // Full screen for the projector, and Esc leaves it.
    await page.getByRole('button', { name: 'Во весь экран' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    const leave = page.getByRole('button', { name: 'Выйти из полноэкранного режима (Esc)' });
    expect(await leave.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await page.getByRole('button', { name: 'Во весь экран' }).waitFor();

    // The highlights go with the button; back to the review, whose own title comes back.
    await page.getByRole('button', { name: 'Снять выделения' }).click();
    expect(await page.locator('.passage-highlight').count()).toBe(0);
    await page.getByRole('link', { name: 'Вернуться к проверке' }).click();
    await page.getByRole('heading', { name: 'Работы' }).waitFor();
    expect(await page.title()).not.toBe('Разбор в аудитории — CaseDraft');
  });
});
