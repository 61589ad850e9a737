import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { encodeSubmission, sealSubmission } from '../../renderer/src/domain/submission/submission';
import { validSubmissionContent } from '../../renderer/src/domain/submission/test-submission';
import { expectAccessible } from './helpers/accessibility';
import { BUNDLED_CASE, waitForBundledPacks } from './helpers/app';
import { appLauncher } from './helpers/browser';
import {
  attachBundledKey,
  chooseCohortFiles,
  cohortFile,
  decodeSubmission,
  handInBundledCase,
  nameWords,
  resealed,
  wordsOnPage,
  type CohortFile,
} from './helpers/review';

const app = appLauncher();

/**
 * The seventeen participants of a cohort; their names are in their files' names, as the app names exported files.
 * The first hands in through the app today, the others on earlier days, each a day before the one above.
 */
const NAMES = [
  'Нурланова Асель Маратовна',
  'Сейітов Бауыржан',
  'Ким Анна Сергеевна',
  'Абдрахманов Тимур Ерланович',
  'Байжанова Гульнара',
  'Волкова Ирина Петровна',
  'Габдуллин Арман',
  'Демченко Олег Викторович',
  'Есенова Жанар',
  'Жакупов Данияр Серикович',
  'Исаева Мадина',
  'Калиев Нурсултан Болатович',
  'Литвиненко Светлана',
  'Мухамеджанов Азамат',
  'Нигматуллина Камила Рустемовна',
  'Омаров Руслан',
  'Петренко Алина Игоревна',
];
/** The authors of the tampered file and of the file for another case. */
const OTHERS = ['Оспанов Ерлан', 'Жумабекова Дана'];
const NAME_WORDS = nameWords([...NAMES, ...OTHERS]);
/** What the trainee types into the operative part before handing in. */
const OPERATIVE = ' Взыскать с ответчика 2 200 000 тенге.';
const CODE = '[2-9A-HJ-NP-Z]{5}';
const RECEIPT = '[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}';

/** A file of the cohort with the line the import report should give it. */
interface ExpectedFile extends CohortFile {
  line: RegExp;
}

/** The file name the app gives a participant's hand-in of the bundled case. */
function fileName(participant: string, suffix = ''): string {
  return `${participant.replaceAll(' ', '-')}-${BUNDLED_CASE.caseId}${suffix}.cdsub`;
}

/**
 * A cohort of twenty files built on one submission exported by the app: seventeen participants' works, with, among
 * them, a file changed by one byte of its act after it was sealed, the first file again, and a work of another case.
 */
async function makeCohort(exported: Uint8Array): Promise<ExpectedFile[]> {
  const made = decodeSubmission(exported);
  // Each stored file with its receipt, the code its participant was shown on saving it.
  const imported = new RegExp(`^Участник ${CODE} — Загружено\\. Квитанция: ${RECEIPT}\\.$`);
  const works: ExpectedFile[] = [{ ...cohortFile(fileName(NAMES[0] ?? ''), exported), line: imported }];
  for (const [index, name] of NAMES.entries()) {
    if (index === 0) continue;
    const exportedAt = new Date(Date.UTC(2026, 10, 21 - index, 8)).toISOString();
    const work = await resealed(made, { participant: { name }, exportedAt });
    works.push({ ...cohortFile(fileName(name), work), line: imported });
  }

  // One letter of the act changed in the file (В to Г: one byte of its UTF-8) after the app sealed it.
  const tampered = encodeSubmission(await resealed(made, { participant: { name: OTHERS[0] ?? '' } }));
  const at = Buffer.from(tampered).indexOf(Buffer.from('Взыскать с ответчика'));
  expect(at).toBeGreaterThan(0);
  tampered[at + 1] = (tampered[at + 1] ?? 0) + 1;
  const otherCase = await resealed(made, {
    participant: { name: OTHERS[1] ?? '' },
    case: { ...made.case, id: 'another-case' },
  });
  const bad: [number, ExpectedFile][] = [
    [
      5,
      {
        ...cohortFile(fileName(OTHERS[0] ?? ''), tampered),
        line: /^Файл 6 — Не загружено\. Файл изменён .*контрольн/,
      },
    ],
    [
      11,
      {
        ...cohortFile(fileName(NAMES[0] ?? '', ' (1)'), exported),
        line: new RegExp(
          `^Участник ${CODE} — Уже загружено: ничего не изменилось\\. Квитанция: ${RECEIPT}\\.$`,
        ),
      },
    ],
    [
      16,
      {
        ...cohortFile(`${OTHERS[1]?.replaceAll(' ', '-')}-another-case.cdsub`, otherCase),
        line: /^Файл 17 — Не загружено\. Работа относится к другому делу\.$/,
      },
    ],
  ];
  for (const [position, file] of bad) works.splice(position, 0, file);
  return works;
}

describe('a trainer importing a cohort', () => {
  it('imports a cohort of twenty into a review, reports every file, and lists the queue without a name until asked', async () => {
    const { page } = await app.launch();
    const cohort = await makeCohort(await handInBundledCase(page, NAMES[0] ?? '', 3, OPERATIVE));

    // The trainer's area is one link away from the library.
    await page.goto(app.baseUrl);
    await page.getByRole('link', { name: 'Проверка работ (преподаватель)' }).click();
    await page.getByRole('heading', { name: 'Новая проверка' }).waitFor();
    await expectAccessible(page, 'the list of reviews');
    await page.getByLabel('Пакет дел').selectOption(BUNDLED_CASE.packId);
    await page.getByLabel('Дело', { exact: true }).selectOption(BUNDLED_CASE.caseId);
    await page.getByRole('button', { name: 'Начать проверку' }).click();
    await page.getByRole('heading', { name: 'Загрузка работ' }).waitFor();
    expect(page.url()).toContain('#/review/');

    // The answer key of the bundled pack: attached, never shown here.
    await attachBundledKey(page);
    expect(await page.getByRole('status').allInnerTexts()).toContainEqual(
      expect.stringContaining('Ключ ответов добавлен к этой проверке.'),
    );

    // Where files can be dropped shows before any drag begins.
    expect(await page.locator('.cohort-drop').innerText()).toContain('Перетащите сюда');
    expect(cohort).toHaveLength(20);
    await chooseCohortFiles(page, cohort);

    // Every file has its line, in the order chosen: 17 works in, the tampered one and the other case's refused.
    const summary = page.locator('.import-report__summary');
    const counts = 'загружено: 17, уже были загружены: 1, отклонено: 2';
    await expect.poll(() => summary.innerText()).toBe(counts);
    const lines = await page.locator('.import-report__line').allInnerTexts();
    expect(lines).toHaveLength(20);
    for (const [index, { line }] of cohort.entries()) expect(lines[index]).toMatch(line);
    // The duplicate is the first file again: the same participant, so the same code.
    expect(lines[11]?.split(' ')[1]).toBe(lines[0]?.split(' ')[1]);

    // The queue: one row per participant (17: the duplicate adds none), anonymous, not started.
    await expect.poll(() => page.locator('.queue__progress').innerText()).toBe('Проверено 0 из 17');
    const codes = await page.locator('.queue__participant').allInnerTexts();
    expect(codes).toHaveLength(17);
    for (const code of codes) expect(code).toMatch(new RegExp(`^${CODE}$`));
    expect(new Set(codes).size).toBe(17);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(await page.locator('.queue__row td:nth-of-type(1)').allInnerTexts())).toEqual(
      new Set(['Не начата']),
    );
    expect(await wordsOnPage(page, NAME_WORDS)).toEqual([]);
    await expectAccessible(page, 'a review with its import report and queue');

    // Sorted by export time, newest first; the text filter finds a participant by their code.
    const exported = page.getByRole('button', { name: 'Сдана' });
    await exported.click();
    await exported.click();
    await expect
      .poll(() => page.getByRole('columnheader', { name: 'Сдана' }).getAttribute('aria-sort'))
      .toBe('descending');
    const newestFirst = await page.locator('.queue__participant').first().innerText();
    await page.getByLabel('Найти код').fill(newestFirst.slice(0, 4).toLowerCase());
    expect(await page.locator('.queue__participant').allInnerTexts()).toEqual([newestFirst]);
    await page.getByLabel('Найти код').fill('');

    // Names show only on purpose, after a confirmation, and stay shown for this review after a reload.
    await page.getByRole('button', { name: 'Показать имена' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Показать имена' }).click();
    // Still newest first: the app's own export (today), then those made for earlier days, a day apart.
    await expect.poll(() => page.locator('.queue__participant').allInnerTexts()).toEqual(NAMES);
    expect(await page.locator('.import-report__file').first().innerText()).toContain('Нурланова-Асель');
    await page.reload();
    await expect.poll(() => page.locator('.queue__participant').allInnerTexts()).toContain(NAMES[2]);
    // The report of the last import is still there after the reload, until the trainer closes it.
    expect(await summary.innerText()).toBe(counts);
    await page.getByRole('button', { name: 'Скрыть имена' }).click();
    await expect.poll(() => wordsOnPage(page, NAME_WORDS)).toEqual([]);
    await page.getByRole('button', { name: 'Закрыть отчёт' }).click();
    await expect.poll(() => summary.count()).toBe(0);
    await page.reload();
    await page.locator('.queue__participant').first().waitFor();
    expect(await summary.count()).toBe(0);
  });

  it('starts a review from the submissions alone, or says which pack is missing', async () => {
    const manifest = await readFile(
      new URL(`../../exercises/${BUNDLED_CASE.packId}/pack.yaml`, import.meta.url),
      'utf8',
    );
    const version = Number(/^version:\s*(\d+)\s*$/mu.exec(manifest)?.[1]);
    const submissionOf = async (name: string, packId: string) =>
      sealSubmission({
        ...validSubmissionContent(),
        participant: { name },
        pack: { id: packId, version, title: 'Заём' },
        case: { id: BUNDLED_CASE.caseId, title: 'Дело', actType: 'civil-decision', language: 'ru' },
      });
    const { page } = await app.launch();
    await waitForBundledPacks(page);
    await page.goto(`${app.baseUrl}#/reviews`);

    const chooseSubmissions = async (files: CohortFile[]) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Выбрать работы…' }).click();
      await (await chooser).setFiles(files);
    };
    await chooseSubmissions([
      cohortFile('Оспанов-Ерлан.cdsub', await submissionOf(OTHERS[0] ?? '', 'nowhere-pack')),
    ]);
    await expect
      .poll(() => page.getByRole('alert').allInnerTexts())
      .toContainEqual(expect.stringContaining('«nowhere-pack», которого нет в библиотеке'));

    const otherCase = await submissionOf(OTHERS[1] ?? '', BUNDLED_CASE.packId);
    await chooseSubmissions([
      cohortFile(
        'Жумабекова-Дана.cdsub',
        await resealed(otherCase, { case: { ...otherCase.case, id: 'another-case' } }),
      ),
      cohortFile('Ким-Анна.cdsub', await submissionOf(NAMES[2] ?? '', BUNDLED_CASE.packId)),
      cohortFile('Сейітов-Бауыржан.cdsub', await submissionOf(NAMES[1] ?? '', BUNDLED_CASE.packId)),
    ]);
    // The files name two cases: the trainer is asked which, each listed with its count, the most named first.
    const cases = page.locator('.case-choice__case');
    await expect.poll(() => cases.count()).toBe(2);
    expect(await cases.nth(0).innerText()).toMatch(/: 2 файла$/);
    expect(await cases.nth(1).innerText()).toMatch(/^another-case\s[\s\S]*: 1 файл$/);
    await cases.nth(0).click();
    // The review of the chosen case opens and imports them at once; the other case's file is refused.
    await expect
      .poll(() => page.locator('.import-report__summary').innerText())
      .toBe('загружено: 2, отклонено: 1');
    expect(await page.locator('.import-report__line').first().innerText()).toBe(
      'Файл 1 — Не загружено. Работа относится к другому делу.',
    );
    expect(page.url()).toContain(`#/review/${encodeURIComponent(BUNDLED_CASE.packId)}`);
    expect(await page.locator('.queue__participant').count()).toBe(2);
    expect(await wordsOnPage(page, NAME_WORDS)).toEqual([]);

    // A latecomer's file dropped on the page joins the review.
    const late = encodeSubmission(await submissionOf(NAMES[0] ?? '', BUNDLED_CASE.packId));
    await page.evaluate(
      ([name, bytes]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], name));
        const target = document.querySelector('.review__body');
        target?.dispatchEvent(
          new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      },
      ['Нурланова-Асель.cdsub', [...late]] as const,
    );
    await expect.poll(() => page.locator('.queue__participant').count()).toBe(3);
    expect(await page.locator('.import-report__summary').innerText()).toBe('загружено: 1');
    expect(await wordsOnPage(page, NAME_WORDS)).toEqual([]);

    // Starting that review again opens it as it is, and says so.
    await page.getByRole('link', { name: 'Все проверки' }).click();
    await page.getByLabel('Пакет дел').selectOption(BUNDLED_CASE.packId);
    await page.getByLabel('Дело', { exact: true }).selectOption(BUNDLED_CASE.caseId);
    await page.getByRole('button', { name: 'Начать проверку' }).click();
    await expect
      .poll(() => page.locator('.review__body').innerText())
      .toContain('Эта проверка уже существует; она открыта без изменений.');
    expect(await page.locator('.queue__participant').count()).toBe(3);
  });
});
