import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appLauncher } from './helpers/browser';
import { handedInCohort, hasFocus, reviewWithCohort, tabTo } from './helpers/review';

const app = appLauncher();

const NAMES = ['Жанибекова Айгерим Саматовна', 'Тулегенов Нуржан', 'Ремизова Виктория Олеговна'];
const REASONING = 'Суд считает требования истца обоснованными.';
/** The end of REASONING, which the trainer selects with Shift+← and comments on. */
const PASSAGE = 'обоснованными.';
const PASSAGE_COMMENT = 'Вывод не подкреплён доказательствами.';
const BANK_COMMENT = 'Мотивировка не отвечает на доводы ответчика.';

/** The scores typed into the bundled case's eight criteria, in the rubric's order, one with a half. */
const SCORES: [criterionId: string, typed: string][] = [
  ['form', '8'],
  ['positions', '7,5'],
  ['facts-evidence', '15'],
  ['law', '12'],
  ['reasoning', '11'],
  ['operative', '13'],
  ['language', '4'],
  ['outcome', '9'],
];
const TOTAL = '79,5 из 100';
const ALL_SCORED = 'оценено 8 из 8 критериев';

const act = (page: Page) => page.getByRole('textbox', { name: /^Сданный акт/ });
const criterion = (page: Page, id: string) => page.locator(`.rubric-criterion[data-criterion-id="${id}"]`);
const scoreField = (page: Page, id: string) => criterion(page, id).locator('.rubric-score__input');
const heading = (page: Page) => page.locator('.app-header__title');

/** The text of the act's block that holds the caret, and what of it follows the caret. */
async function caretInBlock(page: Page): Promise<{ block: string; after: string }> {
  return page.evaluate(() => {
    const selection = window.getSelection();
    const node = selection?.focusNode;
    const element = node instanceof Element ? node : node?.parentElement;
    const block = element?.closest('p, h1, h2, h3, li, td');
    if (!selection || !node || !block) return { block: '', after: '' };
    const rest = document.createRange();
    rest.setStart(node, selection.focusOffset);
    rest.setEndAfter(block);
    return { block: block.textContent ?? '', after: rest.toString() };
  });
}

/**
 * With the keyboard alone: the caret to the act's top (Ctrl+Home), then ↓ and End until it stands at the end of the
 * block holding REASONING (a long block wraps over several lines, End goes to a line's end), and Shift+← over PASSAGE.
 */
async function selectPassage(page: Page): Promise<void> {
  await tabTo(act(page));
  await page.keyboard.press('Control+Home');
  for (let presses = 0; presses < 300; presses += 1) {
    await page.keyboard.press('End');
    const { block, after } = await caretInBlock(page);
    if (block.includes(REASONING) && after === '') break;
    await page.keyboard.press('ArrowDown');
  }
  expect(await caretInBlock(page)).toEqual({ block: expect.stringContaining(REASONING), after: '' });
  for (let step = 0; step < PASSAGE.length; step += 1) await page.keyboard.press('Shift+ArrowLeft');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(PASSAGE);
}

/** Ctrl+Shift+B in a criterion's score field: its comment bank opens with the focus in the search field. */
async function openBank(page: Page, criterionTitle: string): Promise<Locator> {
  await page.keyboard.press('Control+Shift+B');
  const dialog = page.getByRole('dialog', { name: `Банк комментариев: ${criterionTitle}` });
  await dialog.waitFor();
  await expect.poll(() => hasFocus(dialog.getByRole('combobox'))).toBe(true);
  return dialog;
}

describe('marking with the keyboard alone', () => {
  it('marks an act beside the model answer with digits, a proposal, the bank and a passage comment, and keeps it all over a reload', async () => {
    const { page } = await app.launch();
    await reviewWithCohort(page, app.baseUrl, await handedInCohort(page, NAMES, 2, ` ${REASONING}`));
    const codes = await page.locator('.queue__participant').allInnerTexts();

    // From here on, only keys: Tab to the first submission of the queue, Enter to open it.
    await tabTo(page.locator('.queue__participant a').first());
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).innerText()).toBe(`Участник ${codes[0]} · 1 из 3`);

    // The caret in the reasoning: the model answer beside it shows the key's reasoning, not another part.
    await selectPassage(page);
    const modelPart = page.locator('.model-answer__part--current');
    await expect
      .poll(() => modelPart.locator('.model-answer__heading').innerText())
      .toBe('Мотивировочная часть');
    const modelText = await modelPart.innerText();
    expect(modelText).toContain('Выслушав стороны, допросив свидетелей и исследовав материалы дела');
    expect(modelText).not.toContain('удовлетворить частично');

    // Alt+↓ from the act to the first criterion, whose proposal Enter accepts into its comment.
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => hasFocus(scoreField(page, 'form'))).toBe(true);
    const proposal = await criterion(page, 'form').locator('.rubric-proposal__text').innerText();
    expect(proposal).not.toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => criterion(page, 'form').locator('.rubric-proposal').count()).toBe(0);
    expect(
      await criterion(page, 'form')
        .getByRole('textbox', { name: /^Комментарий/ })
        .inputValue(),
    ).toBe(proposal);

    // Digits score each criterion, Alt+↓ goes on to the next; in «Качество мотивировки» a new bank comment is
    // saved from the search field and inserted.
    for (const [index, [criterionId, typed]] of SCORES.entries()) {
      if (index > 0) await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(() => hasFocus(scoreField(page, criterionId))).toBe(true);
      await page.keyboard.type(typed);
      if (criterionId !== 'reasoning') continue;
      const bank = await openBank(page, 'Качество мотивировки');
      await page.keyboard.type(BANK_COMMENT);
      await tabTo(bank.getByRole('button', { name: 'Сохранить набранное как новый комментарий и вставить' }));
      await page.keyboard.press('Enter');
      await expect.poll(() => bank.count()).toBe(0);
      await expect
        .poll(() => criterion(page, 'reasoning').locator('.rubric-bank-comments').innerText())
        .toContain(BANK_COMMENT);
    }
    for (const [criterionId, typed] of SCORES)
      expect(await scoreField(page, criterionId).inputValue()).toBe(typed);
    await expect.poll(() => page.locator('.rubric-total__points').innerText()).toBe(TOTAL);
    expect(await page.locator('.rubric-total__scored').innerText()).toBe(ALL_SCORED);

    // The next submission: the same bank comment, found by typing a word of it, goes into the same criterion.
    await page.keyboard.press('Alt+PageDown');
    await expect.poll(() => heading(page).innerText()).toBe(`Участник ${codes[1]} · 2 из 3`);
    await scoreField(page, 'form').waitFor();
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => hasFocus(scoreField(page, 'reasoning'))).toBe(true);
    let bank = await openBank(page, 'Качество мотивировки');
    await page.keyboard.type('доводы');
    const option = bank.getByRole('option', { name: new RegExp(BANK_COMMENT) });
    await expect.poll(() => option.innerText()).toContain('использован 1 раз');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => criterion(page, 'reasoning').locator('.rubric-bank-comments').innerText())
      .toContain(BANK_COMMENT);
    // Used in two submissions now, as the bank says once this one's marks are saved.
    bank = await openBank(page, 'Качество мотивировки');
    await expect.poll(() => bank.getByRole('option').innerText()).toContain('использован 2 раза');
    await page.keyboard.press('Escape');
    await expect.poll(() => bank.count()).toBe(0);

    // Back to the first submission, where the last change is a comment on a passage, Ctrl+Alt+M.
    await page.keyboard.press('Alt+PageUp');
    await expect.poll(() => heading(page).innerText()).toBe(`Участник ${codes[0]} · 1 из 3`);
    await selectPassage(page);
    await page.keyboard.press('Control+Alt+m');
    const form = page.getByRole('form', { name: 'Комментарий к отрывку' });
    await expect.poll(() => form.locator('blockquote').innerText()).toBe(PASSAGE);
    await page.keyboard.type(PASSAGE_COMMENT);
    await page.keyboard.press('Control+Enter');
    const margin = page.getByRole('complementary', { name: 'Комментарии к отрывкам' });
    await expect.poll(() => margin.innerText()).toContain(PASSAGE_COMMENT);
    expect(await page.locator('.rubric-total__points').innerText()).toBe(TOTAL);
    expect(await page.locator('.rubric-total__scored').innerText()).toBe(ALL_SCORED);

    // Reloaded at once, without waiting for the save: everything is there.
    await page.reload();
    await expect.poll(() => margin.innerText()).toContain(PASSAGE_COMMENT);
    expect((await act(page).locator('.passage-highlight').allInnerTexts()).join('')).toBe(PASSAGE);
    for (const [criterionId, typed] of SCORES)
      expect(await scoreField(page, criterionId).inputValue()).toBe(typed);
    expect(await page.locator('.rubric-total__points').innerText()).toBe(TOTAL);
    expect(await page.locator('.rubric-total__scored').innerText()).toBe(ALL_SCORED);
    expect(
      await criterion(page, 'form')
        .getByRole('textbox', { name: /^Комментарий/ })
        .inputValue(),
    ).toBe(proposal);
    expect(await criterion(page, 'form').locator('.rubric-proposal').count()).toBe(0);
    expect(await criterion(page, 'reasoning').locator('.rubric-bank-comments').innerText()).toContain(
      BANK_COMMENT,
    );
    await page.keyboard.press('Alt+ArrowDown');
    bank = await openBank(page, 'Форма и обязательные реквизиты');
    expect(await bank.getByRole('option').innerText()).toContain('использован 2 раза');
    await page.keyboard.press('Escape');
    await expect.poll(() => bank.count()).toBe(0);

    // The queue shows the act marked, with its total; the second is in progress.
    await tabTo(page.getByRole('link', { name: 'К списку работ' }), { backwards: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.queue__progress').innerText()).toBe('Проверено 1 из 3');
    const first = page.locator('.queue__row').filter({ hasText: codes[0] ?? '' });
    expect(await first.locator('td').allInnerTexts()).toEqual(expect.arrayContaining(['Проверена', '79,5']));
    const second = page.locator('.queue__row').filter({ hasText: codes[1] ?? '' });
    expect(await second.locator('td').first().innerText()).toBe('В работе');
  });
});
