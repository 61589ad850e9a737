import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
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
} from './helpers/review';

const app = appLauncher();

const NAMES = ['Жанибекова Айгерим Саматовна', 'Тулегенов Нуржан', 'Ремизова Виктория Олеговна'];
const REASONING = 'Суд считает требования истца обоснованными.';
/** The bundled case's eight criteria, scored in the rubric's order: 79,5 of 100. */
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
const FORM_COMMENT = 'Нет даты решения.';

/**
 * A worksheet as Moodle writes it (PHP's fputcsv: a cell with a space is quoted) for the cohort, one of them with
 * first and last name the other way round, and a Moodle participant the review does not have.
 */
function worksheet(language: 'en' | 'ru'): string {
  const ru = language === 'ru';
  const header = ru
    ? '\uFEFFИдентификатор,"Полное имя","Адрес электронной почты",Статус,Оценка,"Максимальная оценка","Оценка может быть изменена","Последнее изменение (ответ)","Ответ в виде текста","Последнее изменение (оценка)","Отзыв в виде комментария"'
    : 'Identifier,"Full name","Email address",Status,Grade,"Maximum Grade","Grade can be changed","Last modified (submission)","Online text","Last modified (grade)","Feedback comments"';
  const people = [
    'Жанибекова Айгерим Саматовна',
    'Нуржан Тулегенов',
    'Ремизова Виктория Олеговна',
    'Дана Ахметова',
  ];
  const rows = people.map((name, index) =>
    [
      ru ? `Участник${1012 + index}` : `"Participant ${1012 + index}"`,
      `"${name}"`,
      `user${index}@example.kz`,
      ru ? '"Отправлено для оценивания"' : '"Submitted for grading"',
      '',
      ru ? '"100,00"' : '100.00',
      ru ? 'Да' : 'Yes',
      ru ? '"понедельник, 30 ноября 2026, 10:12"' : '"Monday, 30 November 2026, 10:12 AM"',
      '',
      '-',
      '',
    ].join(','),
  );
  return [header, ...rows, ''].join('\n');
}

/**
 * The cohort handed in and imported into a review of the bundled case, as reviewWithCohort does, waiting for the
 * queue as long as a loaded machine needs.
 */
async function reviewOfCohort(page: Page): Promise<void> {
  const files = await handedInCohort(page, NAMES, 2, ` ${REASONING}`);
  await startBundledReview(page, app.baseUrl);
  await attachBundledKey(page);
  await chooseCohortFiles(page, files);
  await expect
    .poll(() => page.locator('.queue__participant').count(), { timeout: 30_000 })
    .toBe(NAMES.length);
}

/** Scores every criterion of the first work of the queue, with one comment, and comes back to the review. */
async function markFirstWork(page: Page): Promise<void> {
  await page.locator('.queue__participant a').first().click();
  const criterion = (id: string) => page.locator(`.rubric-criterion[data-criterion-id="${id}"]`);
  for (const [id, typed] of SCORES) await criterion(id).locator('.rubric-score__input').fill(typed);
  await criterion('form')
    .getByRole('textbox', { name: /^Комментарий/ })
    .fill(FORM_COMMENT);
  await expect
    .poll(() => page.locator('.rubric-total__points').innerText(), { timeout: 10_000 })
    .toBe('79,5 из 100');
  await expect.poll(() => page.getByText('Оценки сохранены').count(), { timeout: 15_000 }).toBe(1);
  await page.getByRole('link', { name: 'К списку работ' }).click();
  await page.getByRole('heading', { name: 'Выгрузка оценок' }).waitFor();
}

async function fillWorksheetThroughApp(page: Page, input: string): Promise<string> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Заполнить ведомость с оценками Moodle…' }).click();
  await (await chooser).setFiles({ name: 'worksheet.csv', mimeType: 'text/csv', buffer: Buffer.from(input) });
  await page.getByRole('button', { name: 'Сохранить заполненную ведомость…' }).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Сохранить заполненную ведомость…' }).click();
  return readFile(await (await download).path(), 'utf8');
}

describe('grades out', () => {
  it('fill a Moodle worksheet changing only the marked participant’s Grade and Feedback comments', async () => {
    const { page } = await app.launch();
    await reviewOfCohort(page);
    await markFirstWork(page);

    for (const language of ['ru', 'en'] as const) {
      const input = worksheet(language);
      const output = await fillWorksheetThroughApp(page, input);
      // The report: one filled, the two works not yet marked and the stranger left as they were.
      const report = page.locator('.worksheet-report');
      const status = report.locator('.import-report__summary');
      expect(await status.innerText()).toBe(
        'заполнен 1 участник, 0 оценённых участников не найдены, 3 строки оставлены как были.',
      );
      expect(await report.innerText()).toContain('нет такого участника в этой проверке');
      if (language === 'ru') await expectAccessible(page, 'the review screen with a Moodle worksheet report');

      // Byte for byte: every line as it was but one, and in that one only the Grade and the (last) Feedback cells.
      const before = input.split('\n');
      const after = output.split('\n');
      expect(after).toHaveLength(before.length);
      const changed = before.flatMap((line, index) => (line === after[index] ? [] : [index]));
      expect(changed).toHaveLength(1);
      const [index = -1] = changed;
      const grade = language === 'ru' ? '"79,5"' : '79.5';
      const gradeCell = language === 'ru' ? ',,"100,00",' : ',,100.00,';
      const expectedStart = `${(before[index] ?? '').replace(gradeCell, `,${grade},${gradeCell.slice(2)}`)}`;
      const line = after[index] ?? '';
      expect(line.startsWith(expectedStart)).toBe(true);
      const feedback = Papa.parse<string[]>(line.slice(expectedStart.length)).data[0]?.[0] ?? '';
      expect(feedback).toContain(`Форма и обязательные реквизиты: 8 из 10. ${FORM_COMMENT}`);
      expect(feedback).toContain('<br>');
      expect(feedback).toContain(language === 'ru' ? '7,5 из 10' : '7.5 из 10');
      await report.getByRole('button', { name: 'Закрыть' }).click();
    }
  });

  it('save a grade sheet with codes, a BOM and semicolons, no name in it', async () => {
    const { page } = await app.launch();
    await reviewOfCohort(page);
    await markFirstWork(page);
    await page.getByRole('button', { name: 'Сохранить оценки (CSV)…' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('radio', { name: 'кодами' }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: 'именами' }).check();
    await dialog.getByText('Имена будут записаны в файл.').waitFor();
    await expectAccessible(page, 'the dialog saving grades');
    await dialog.getByRole('radio', { name: 'кодами' }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Сохранить…' }).click();
    const bytes = await readFile(await (await download).path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const rows = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1 + NAMES.length);
    expect(rows.some((row) => row.includes('79,5'))).toBe(true);
    expect(nameWords(NAMES).filter((word) => text.includes(word))).toEqual([]);

    // A table that is not Moodle's worksheet is refused, saying why.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Заполнить ведомость с оценками Moodle…' }).click();
    await (
      await chooser
    ).setFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('Имя,Балл\nАсель,5\n') });
    await expect
      .poll(() => page.locator('.notice').allInnerTexts(), { timeout: 10_000 })
      .toContainEqual(expect.stringContaining('это не ведомость с оценками Moodle'));
  });
});
