import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  encodeSubmission,
  sealSubmission,
  type Submission,
  type SubmissionContent,
} from '../../renderer/src/domain/submission/submission';
import { buildPack } from '../../scripts/pack/build-pack';
import { expectAccessible } from './helpers/accessibility';
import { validSubmissionContent } from '../../renderer/src/domain/submission/test-submission';
import { BUNDLED_CASE, exportAs, openBundledCase, typeInPart, waitForBundledPacks } from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();

/** Three participants; their names are in their files' names, as the app names exported files. */
const NAMES = ['Нурланова Асель Маратовна', 'Сейітов Бауыржан', 'Ким Анна Сергеевна'];
const OTHERS = ['Оспанов Ерлан', 'Жумабекова Дана'];
/** Every word of every name: none of them may reach the page while the review is anonymous. */
const NAME_WORDS = [...NAMES, ...OTHERS].flatMap((name) => name.split(' '));

interface CohortFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The submission the app made, sealed again as another participant's (or with another change). */
async function variant(made: Submission, change: Partial<SubmissionContent>): Promise<Submission> {
  const { digest: _digest, ...content } = made;
  return sealSubmission({ ...content, ...change });
}

function file(name: string, submission: Submission | Uint8Array): CohortFile {
  const bytes = submission instanceof Uint8Array ? submission : encodeSubmission(submission);
  return { name, mimeType: 'application/json', buffer: Buffer.from(bytes) };
}

/** A cohort built on one submission exported by the app: three good files, a tampered, a duplicate, another case. */
async function makeCohort(exported: Uint8Array): Promise<CohortFile[]> {
  const made = JSON.parse(new TextDecoder().decode(exported)) as Submission;
  const second = await variant(made, {
    participant: { name: NAMES[1] ?? '' },
    exportedAt: '2026-11-21T08:00:00.000Z',
  });
  const third = await variant(made, {
    participant: { name: NAMES[2] ?? '' },
    exportedAt: '2026-11-20T08:00:00.000Z',
  });
  const tampered = await variant(made, { participant: { name: OTHERS[0] ?? '' } });
  tampered.exportedAt = '2026-11-22T08:00:00.000Z';
  const otherCase = await variant(made, {
    participant: { name: OTHERS[1] ?? '' },
    case: { ...made.case, id: 'another-case' },
  });
  return [
    file(`Нурланова-Асель-Маратовна-${BUNDLED_CASE.caseId}.cdsub`, exported),
    file(`Сейітов-Бауыржан-${BUNDLED_CASE.caseId}.cdsub`, second),
    file(`Ким-Анна-Сергеевна-${BUNDLED_CASE.caseId}.cdsub`, third),
    file(`Оспанов-Ерлан-${BUNDLED_CASE.caseId}.cdsub`, tampered),
    file(`Нурланова-Асель-Маратовна-${BUNDLED_CASE.caseId} (1).cdsub`, exported),
    file(`Жумабекова-Дана-another-case.cdsub`, otherCase),
  ];
}

/** Everything of the page a person or a screen reader could meet: its HTML (text and attributes) and its title. */
async function namesOnPage(page: Page): Promise<string[]> {
  const html = (await page.content()) + (await page.title());
  return NAME_WORDS.filter((word) => html.includes(word));
}

describe('a trainer importing a cohort', () => {
  it('imports a cohort into a review, reports every file, and lists the queue without a name until asked', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    await typeInPart(page, 3, ' Взыскать с ответчика 2 200 000 тенге.');
    const download = await exportAs(
      page,
      page.getByRole('button', { name: 'Сдать работу…' }),
      NAMES[0] ?? '',
    );
    const cohort = await makeCohort(new Uint8Array(await readFile(await download.path())));

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

    // The trainer key of the bundled pack, as `npm run pack` builds it: attached, never shown here.
    const { keyBytes } = await buildPack(
      new URL(`../../exercises/${BUNDLED_CASE.packId}/`, import.meta.url).pathname,
    );
    const keyChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Добавить ключ преподавателя…' }).click();
    await (
      await keyChooser
    ).setFiles({
      name: `${BUNDLED_CASE.packId}.cdkey`,
      mimeType: 'application/json',
      buffer: Buffer.from(keyBytes),
    });
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(expect.stringContaining('Ключ преподавателя добавлен к этой проверке.'));
    await page.getByRole('button', { name: 'Заменить ключ преподавателя…' }).waitFor();

    // Where files can be dropped shows before any drag begins.
    expect(await page.locator('.cohort-drop').innerText()).toContain('Перетащите сюда');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Выбрать файлы…' }).click();
    await (await chooser).setFiles(cohort);

    const summary = page.locator('.import-report__summary');
    await expect.poll(() => summary.innerText()).toBe('загружено: 3, уже были загружены: 1, отклонено: 2');
    const lines = await page.locator('.import-report__line').allInnerTexts();
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^Участник [2-9A-HJ-NP-Z]{5} — Загружено$/);
    expect(lines[3]).toMatch(/^Файл 4 — Не загружено\. Файл изменён .*контрольн/);
    expect(lines[4]).toMatch(/^Участник [2-9A-HJ-NP-Z]{5} — Уже загружено: ничего не изменилось$/);
    expect(lines[5]).toBe('Файл 6 — Не загружено. Работа относится к другому делу.');
    // The duplicate is the first file again: the same participant, so the same code.
    expect(lines[4]?.split(' ')[1]).toBe(lines[0]?.split(' ')[1]);

    // The queue: one row per participant, anonymous, not started.
    await expect.poll(() => page.locator('.queue__progress').innerText()).toBe('Проверено 0 из 3');
    const codes = await page.locator('.queue__participant').allInnerTexts();
    expect(codes).toHaveLength(3);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}$/);
    expect(codes).toEqual([...codes].sort());
    expect(await page.locator('.queue__row td:nth-of-type(1)').allInnerTexts()).toEqual([
      'Не начата',
      'Не начата',
      'Не начата',
    ]);
    expect(await namesOnPage(page)).toEqual([]);
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
    // Still newest first: the app's own export (today), then the two made for earlier days.
    await expect.poll(() => page.locator('.queue__participant').allInnerTexts()).toEqual(NAMES);
    expect(await page.locator('.import-report__file').first().innerText()).toContain('Нурланова-Асель');
    await page.reload();
    await expect.poll(() => page.locator('.queue__participant').allInnerTexts()).toContain(NAMES[2]);
    // The report of the last import is still there after the reload, until the trainer closes it.
    expect(await summary.innerText()).toBe('загружено: 3, уже были загружены: 1, отклонено: 2');
    await page.getByRole('button', { name: 'Скрыть имена' }).click();
    await expect.poll(() => namesOnPage(page)).toEqual([]);
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
      file('Оспанов-Ерлан.cdsub', await submissionOf(OTHERS[0] ?? '', 'nowhere-pack')),
    ]);
    await expect
      .poll(() => page.getByRole('alert').allInnerTexts())
      .toContainEqual(expect.stringContaining('«nowhere-pack», которого нет в библиотеке'));

    const otherCase = await submissionOf(OTHERS[1] ?? '', BUNDLED_CASE.packId);
    await chooseSubmissions([
      file(
        'Жумабекова-Дана.cdsub',
        await variant(otherCase, { case: { ...otherCase.case, id: 'another-case' } }),
      ),
      file('Ким-Анна.cdsub', await submissionOf(NAMES[2] ?? '', BUNDLED_CASE.packId)),
      file('Сейітов-Бауыржан.cdsub', await submissionOf(NAMES[1] ?? '', BUNDLED_CASE.packId)),
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
    expect(await namesOnPage(page)).toEqual([]);

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
    expect(await namesOnPage(page)).toEqual([]);

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
