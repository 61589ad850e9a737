import { readFile } from 'node:fs/promises';
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

const NAMES = ['Жанибекова Айгерим Саматовна', 'Тулегенов Нуржан', 'Ахметова Динара'];
const NAME_WORDS = nameWords(NAMES);

/** The bundled case's eight criteria, scored for each of the three works: totals 79,5, 50 and 60 of 100. */
const SCORES: Record<string, string>[] = [
  {
    form: '8',
    positions: '7,5',
    'facts-evidence': '15',
    law: '12',
    reasoning: '11',
    operative: '13',
    language: '4',
    outcome: '9',
  },
  {
    form: '5',
    positions: '5',
    'facts-evidence': '10',
    law: '5',
    reasoning: '10',
    operative: '10',
    language: '3',
    outcome: '2',
  },
  {
    form: '6',
    positions: '6',
    'facts-evidence': '10',
    law: '10',
    reasoning: '10',
    operative: '10',
    language: '4',
    outcome: '4',
  },
];

/** A machine shared by many waits longer than the poll's default second for an import or a save. */
const LOADED = { timeout: 30_000 };

/** Types each score into its criterion's field, and waits until the marks say every criterion is scored. */
async function score(page: Page, scores: Record<string, string>): Promise<void> {
  for (const [criterionId, typed] of Object.entries(scores)) {
    await page
      .locator(`.rubric-criterion[data-criterion-id="${criterionId}"] .rubric-score__input`)
      .fill(typed);
  }
  await expect.poll(() => page.getByText('оценено 8 из 8 критериев').count(), LOADED).toBe(1);
}

/** The rows of the table a screen reader reads for the chart titled `caption`, cell by cell. */
async function chartTable(page: Page, caption: string): Promise<string[][]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );
}

describe('the cohort at a glance', { timeout: 180_000 }, () => {
  it('charts a cohort marked through the app, by codes, and saves a chart as a PNG image', async () => {
    const { page } = await app.launch();
    const files = await handedInCohort(page, NAMES, 2, ' Суд считает иск обоснованным.');
    await startBundledReview(page, app.baseUrl);
    await attachBundledKey(page);
    await chooseCohortFiles(page, files);
    await expect.poll(() => page.locator('.queue__participant').count(), LOADED).toBe(files.length);

    // Two works marked on the marking screen, one after the other: too few for score figures.
    await page.locator('.queue__participant a').first().click();
    await score(page, SCORES[0]!);
    await page.keyboard.press('Alt+PageDown');
    await expect.poll(() => page.locator('.app-header__title').innerText(), LOADED).toMatch(/· 2 из 3$/);
    await score(page, SCORES[1]!);
    await page.getByRole('link', { name: 'К списку работ' }).click();
    await page.getByRole('link', { name: 'Группа в целом' }).click();
    await page.getByText('Полностью проверено всего 2 работы: слишком мало', { exact: false }).waitFor();
    expect(await page.locator('caption', { hasText: 'Итоговые баллы' }).count()).toBe(0);
    // What counts every work is still charted.
    expect(await chartTable(page, 'Чаще всего недостающие реквизиты')).not.toEqual([]);

    // The third work marked: now the figures.
    await page.goBack();
    await page
      .locator('.queue__row')
      .filter({ hasNot: page.locator('td:nth-of-type(1)', { hasText: /^Проверена$/ }) })
      .locator('.queue__participant a')
      .click();
    await score(page, SCORES[2]!);
    await page.getByRole('link', { name: 'К списку работ' }).click();
    await expect
      .poll(() => page.locator('.queue__row td:nth-of-type(1)').allInnerTexts(), LOADED)
      .toEqual(['Проверена', 'Проверена', 'Проверена']);

    await page.getByRole('link', { name: 'Группа в целом' }).click();
    await page.getByText('Проверено 3 из 3 работ').waitFor();

    // The totals 79,5, 50 and 60 in bins of ten points; their average 189,5 / 3 = 63,17, shown as 63,2.
    const totals = await chartTable(page, 'Итоговые баллы (из 100)');
    expect(totals).toContainEqual(['70–79,5', '1']);
    expect(totals).toContainEqual(['50–59,5', '1']);
    expect(totals).toContainEqual(['60–69,5', '1']);
    expect(totals.at(-1)?.[0]).toBe('Среднее 63,2, медиана 60, наименьший 50, наибольший 79,5.');
    // «Форма»: 8, 5 and 6 of 10, in bins of one point.
    const form = await chartTable(page, 'Баллы по критерию «Форма и обязательные реквизиты» (из 10)');
    expect(form).toContainEqual(['8–8,5', '1']);
    expect(form).toContainEqual(['5–5,5', '1']);
    expect(form).toContainEqual(['6–6,5', '1']);
    // Every act hands in the bundled case's draft with a sentence added: they lack the same requisites.
    const requisites = await chartTable(page, 'Чаще всего недостающие реквизиты');
    expect(requisites.length).toBeGreaterThan(0);
    expect(requisites.every(([, works]) => works === '3 из 3')).toBe(true);

    // The works furthest from the cohort, by code: no name on the page, in any attribute or the title.
    const codes = (await chartTable(page, 'Работы, дальше всех отстоящие от группы')).map(([work]) => work);
    expect(codes).toHaveLength(3);
    expect(codes.every((code) => /^[2-9A-HJ-NP-Z]{5}$/.test(code ?? ''))).toBe(true);
    expect(await wordsOnPage(page, NAME_WORDS)).toEqual([]);
    await expectAccessible(page, 'the cohort at a glance');

    // The totals chart saved as an image: a PNG at twice the chart's 1,200 width.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Сохранить изображение… Итоговые баллы (из 100)' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('loan-dispute-total.png');
    const png = await readFile(await saved.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(2400);
    await page.getByText('Сохранено: loan-dispute-total.png.').waitFor();
  });
});
