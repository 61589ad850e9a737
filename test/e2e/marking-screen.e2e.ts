import { describe, expect, it } from 'vitest';
import { expectAccessible } from './helpers/accessibility';
import { appLauncher } from './helpers/browser';
import { handedInCohort, nameWords, reviewWithCohort, wordsOnPage } from './helpers/review';

const app = appLauncher();

const NAMES = ['Жанибекова Айгерим Саматовна', 'Тулегенов Нуржан', 'Ремизова Виктория Олеговна'];
const NAME_WORDS = nameWords(NAMES);
const REASONING = 'Суд считает требования истца обоснованными.';

describe('the marking screen', () => {
  it('opens a submission from the queue, anonymously, with an act that takes a selection but never a change', async () => {
    const { page } = await app.launch();
    await reviewWithCohort(page, app.baseUrl, await handedInCohort(page, NAMES, 2, ` ${REASONING}`));
    const codes = await page.locator('.queue__participant').allInnerTexts();

    // From the queue with the keyboard: the participant's code is a link.
    await page.locator('.queue__participant a').first().focus();
    await page.keyboard.press('Enter');
    const act = page.getByRole('textbox', { name: /^Сданный акт/ });
    await act.waitFor();
    await expect
      .poll(() => page.locator('.app-header__title').innerText())
      .toBe(`Участник ${codes[0]} · 1 из 3`);
    expect(await page.title()).toBe(`Участник ${codes[0]} — CaseDraft`);
    expect(await wordsOnPage(page, NAME_WORDS)).toEqual([]);

    // A caret and a Shift+arrow selection, but typing, deleting and Enter change nothing.
    const before = await act.innerText();
    await act.locator('p', { hasText: REASONING }).click();
    await page.keyboard.press('End');
    for (let step = 0; step < 12; step += 1) await page.keyboard.press('Shift+ArrowLeft');
    // The model answer beside the act shows its part for the part being read.
    await expect
      .poll(() => page.locator('.model-answer__part--current .model-answer__heading').innerText())
      .toBe('Мотивировочная часть');
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected).toHaveLength(12);
    expect(before).toContain(selected);
    await page.keyboard.type('лишнее');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Delete');
    expect(await act.innerText()).toBe(before);

    // Ctrl+Alt+M comments on the selection; the passage is highlighted and the comment sits in the margin.
    await act.locator('p', { hasText: REASONING }).click();
    await page.keyboard.press('End');
    for (let step = 0; step < 12; step += 1) await page.keyboard.press('Shift+ArrowLeft');
    const commented = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    await page.keyboard.press('Control+Alt+m');
    // A passage comment starts with no criterion: a reasoning passage is not labelled with the first one («form»).
    const criterionChoice = page.getByRole('combobox', { name: 'Критерий (необязательно)' });
    expect(await criterionChoice.locator('option:checked').innerText()).toBe('Без критерия');
    await page.getByRole('textbox', { name: 'Комментарий', exact: true }).fill('Мотивы не раскрыты.');
    await page.keyboard.press('Control+Enter');
    const margin = page.getByRole('complementary', { name: 'Комментарии к отрывкам' });
    await expect.poll(() => margin.innerText()).toContain('Мотивы не раскрыты.');
    expect((await act.locator('.passage-highlight').allInnerTexts()).join('')).toBe(commented);
    expect(await act.innerText()).toBe(before);
    await expectAccessible(page, 'the marking screen with a comment');

    // A comment is rewritten in place, and a deleted one can be put back.
    await margin.getByRole('button', { name: 'Изменить' }).click();
    await page
      .getByRole('textbox', { name: 'Комментарий', exact: true })
      .fill('Мотивы раскрыты не полностью.');
    await page.getByRole('button', { name: 'Сохранить комментарий' }).click();
    await expect.poll(() => margin.innerText()).toContain('Мотивы раскрыты не полностью.');
    await margin.getByRole('button', { name: 'Удалить' }).click();
    await expect.poll(() => margin.innerText()).toContain('Комментариев к отрывкам пока нет.');
    expect(await act.locator('.passage-highlight').count()).toBe(0);
    await page.getByRole('button', { name: 'Вернуть' }).click();
    await expect.poll(() => margin.innerText()).toContain('Мотивы раскрыты не полностью.');

    // F1 lists the screen's keys; Alt+PageDown goes to the next submission in the queue's order.
    await page.keyboard.press('F1');
    await expect.poll(() => page.getByRole('dialog').innerText()).toContain('Следующая работа в списке');
    await page.getByRole('dialog').getByRole('button', { name: 'Закрыть' }).click();
    await page.keyboard.press('Alt+PageDown');
    await expect
      .poll(() => page.locator('.app-header__title').innerText())
      .toBe(`Участник ${codes[1]} · 2 из 3`);
    expect(await wordsOnPage(page, NAME_WORDS)).toEqual([]);

    // Back to the queue, where the first submission is now in progress.
    await page.getByRole('link', { name: 'К списку работ' }).click();
    await expect
      .poll(() => page.locator('.queue__row td:nth-of-type(1)').first().innerText())
      .toBe('В работе');

    // Names shown on purpose: the page names the participant, the window's title still only the code.
    await page.getByRole('button', { name: 'Показать имена' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Показать имена' }).click();
    await page.getByRole('link', { name: NAMES[0] ?? '' }).click();
    await expect
      .poll(() => page.locator('.app-header__title').innerText())
      .toMatch(new RegExp(`^${NAMES[0]} · `));
    await expect.poll(() => page.title()).toMatch(/^Участник [2-9A-HJ-NP-Z]{5} — CaseDraft$/);
  });

  it('names no participant, nor gives axe anything serious, on each panel, the comment form, the bank and F1', async () => {
    const { page } = await app.launch();
    await reviewWithCohort(page, app.baseUrl, await handedInCohort(page, NAMES, 2, ` ${REASONING}`));
    expect(await wordsOnPage(page, NAME_WORDS)).toEqual([]);
    await page.locator('.queue__participant a').first().click();
    const act = page.getByRole('textbox', { name: /^Сданный акт/ });
    await act.waitFor();

    // Every tab in sight, none cut at the panel's right edge; the star of «Отобрать» stands apart from the word.
    const tabRow = await page.getByRole('tablist').boundingBox();
    for (const box of await Promise.all(
      (await page.getByRole('tab').all()).map((tab) => tab.boundingBox()),
    )) {
      expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(
        (tabRow?.x ?? 0) + (tabRow?.width ?? 0),
      );
    }
    const star = await page
      .getByRole('button', { name: 'Отобрать для разбора' })
      .locator('span')
      .boundingBox();
    const starButtonText = await page
      .getByRole('button', { name: 'Отобрать для разбора' })
      .evaluate((button) => {
        const range = document.createRange();
        range.selectNodeContents(button.lastChild as Node);
        return range.getBoundingClientRect().x;
      });
    expect(starButtonText - ((star?.x ?? 0) + (star?.width ?? 0))).toBeGreaterThan(2);

    // Each panel beside the act, shown in turn.
    for (const tab of ['Образец', 'Заметки', 'Материалы', 'Рабочий лист', 'Реквизиты', 'Хронология']) {
      await page.getByRole('tab', { name: tab }).click();
      const panel = page.getByRole('tabpanel', { name: tab });
      await expect.poll(() => panel.innerText()).not.toBe('');
      expect(await wordsOnPage(page, NAME_WORDS)).toEqual([]);
      await expectAccessible(page, `the marking screen with the «${tab}» panel`);
    }

    // The form of a comment on a passage.
    await act.locator('p', { hasText: REASONING }).click();
    await page.keyboard.press('End');
    for (let step = 0; step < 12; step += 1) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+Alt+m');
    const form = page.getByRole('form', { name: 'Комментарий к отрывку' });
    await form.waitFor();
    expect(await wordsOnPage(page, NAME_WORDS)).toEqual([]);
    await expectAccessible(page, 'the marking screen with the form of a comment on a passage');
    await page.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);

    // The comment bank, empty, then with a comment in it.
    await page.keyboard.press('Control+Shift+B');
    const bank = page.getByRole('dialog', { name: /^Банк комментариев: / });
    await expect.poll(() => bank.innerText()).toContain('В банке этого пакета ещё нет комментариев');
    // The one field both finds and writes: its label says so, as the empty bank's hint does.
    expect(await bank.getByLabel('Найти или написать комментарий', { exact: true }).count()).toBe(1);
    expect(await bank.innerText()).toContain('напишите новый в поле «Найти или написать комментарий»');
    expect(await wordsOnPage(page, NAME_WORDS)).toEqual([]);
    await expectAccessible(page, 'the empty comment bank');
    await page.keyboard.type('Не указаны реквизиты.');
    await bank.getByRole('button', { name: 'Сохранить набранное как новый комментарий и вставить' }).click();
    await expect.poll(() => bank.count()).toBe(0);
    await page.keyboard.press('Control+Shift+B');
    await expect.poll(() => bank.getByRole('option').count()).toBe(1);
    expect(await wordsOnPage(page, NAME_WORDS)).toEqual([]);
    await expectAccessible(page, 'the comment bank with a comment');
    await page.keyboard.press('Escape');
    await expect.poll(() => bank.count()).toBe(0);

    // The list of keys.
    await page.keyboard.press('F1');
    const keys = page.getByRole('dialog');
    await expect.poll(() => keys.innerText()).toContain('Следующая работа в списке');
    expect(await wordsOnPage(page, NAME_WORDS)).toEqual([]);
    await expectAccessible(page, 'the list of keys (F1)');
  });
});
