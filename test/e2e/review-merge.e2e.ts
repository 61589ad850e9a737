import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countRecords } from './helpers/app';
import { appLauncher } from './helpers/browser';
import { giveTrainerKeys, trainerKeys } from './helpers/feedback';
import {
  attachBundledKey,
  chooseCohortFiles,
  handedInCohort,
  startBundledReview,
  type CohortFile,
} from './helpers/review';

const app = appLauncher();

/** The machine is shared and loaded: a state is waited for this long before the test gives up. */
const WAIT = { timeout: 30_000 };

const NAMES = ['Жанибекова Айгерим Саматовна', 'Тулегенов Нуржан', 'Ремизова Виктория Олеговна'];

const criterion = (page: Page, id: string) => page.locator(`.rubric-criterion[data-criterion-id="${id}"]`);
const scoreField = (page: Page, id: string) => criterion(page, id).locator('.rubric-score__input');
/** The report of a colleague's marks merged (not the cohort import's report, also on the screen). */
const mergeReport = (page: Page) => page.getByRole('region', { name: /^Оценки от: / });
const queueRow = (page: Page, digest: string) => page.locator(`tr[data-digest="${digest}"]`);

/** Opens a work from the queue (by its digest, the same on every trainer's computer) and scores «form». */
async function scoreForm(page: Page, digest: string, points: string): Promise<void> {
  await queueRow(page, digest).locator('.queue__open').click();
  await scoreField(page, 'form').fill(points);
  await expect.poll(() => page.getByText('Оценки сохранены').count(), WAIT).toBe(1);
  await page.goBack();
  await queueRow(page, digest).waitFor();
}

/** The review of the bundled case with its key and the cohort, as each trainer starts it on their computer. */
async function reviewWith(page: Page, files: readonly CohortFile[]): Promise<void> {
  await startBundledReview(page, app.baseUrl);
  await attachBundledKey(page);
  await chooseCohortFiles(page, files);
  await expect.poll(() => page.locator('.queue__participant').count(), WAIT).toBe(files.length);
}

/** «Выгрузить мои оценки…», giving the trainer's name the first time: the review file the app saves. */
async function exportMarks(page: Page, trainerName: string): Promise<Uint8Array> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Выгрузить мои оценки…' }).click();
  await page.getByLabel('Ваше имя — так коллеги увидят его рядом с вашими оценками').fill(trainerName);
  await page.getByRole('button', { name: 'Сохранить имя и выгрузить' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.cdreview$/);
  return new Uint8Array(await readFile(await file.path()));
}

async function importMarks(page: Page, bytes: Uint8Array): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Загрузить оценки коллеги…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'colleague.cdreview', mimeType: 'application/zip', buffer: Buffer.from(bytes) });
}

describe('two trainers marking one cohort', () => {
  it(
    'merges a colleague’s marks: hers where I had none, both with the difference where we both marked',
    { timeout: 240_000 },
    async () => {
      const mine = await app.launch();
      const files = await handedInCohort(mine.page, NAMES, 2, ' Суд считает требования истца обоснованными.');
      await reviewWith(mine.page, files);
      const hers = await app.launch();
      await reviewWith(hers.page, files);
      const [both, onlyHers, onlyMine] = await mine.page
        .locator('tr[data-digest]')
        .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.digest ?? ''));

      // We both mark the first work, differently; each of us marks another one alone.
      await scoreForm(mine.page, both!, '7');
      await scoreForm(mine.page, onlyMine!, '6');
      await scoreForm(hers.page, both!, '9');
      await scoreForm(hers.page, onlyHers!, '5');
      // She has made her trainer keys, so her file is signed; I have not, so mine is not.
      const herKeys = await trainerKeys('Гульнара Ахметова');
      await giveTrainerKeys(hers.page, herKeys.secrets);
      const herFile = await exportMarks(hers.page, 'Гульнара Ахметова');

      await importMarks(mine.page, herFile);
      const report = mergeReport(mine.page);
      await expect.poll(() => report.innerText(), WAIT).toContain('проверено вами обоими: 1');
      expect(await report.innerText()).toContain('1 работа получила оценки коллеги');
      expect(await report.innerText()).toContain(`Подписано: Гульнара Ахметова, ключ ${herKeys.fingerprint}`);
      expect(await report.innerText()).not.toMatch(/Жанибекова|Тулегенов|Ремизова/);

      // The queue shows the double-marked work's second total and the difference; my own total stays.
      const doubled = queueRow(mine.page, both!);
      await expect.poll(() => doubled.innerText(), WAIT).toContain('Гульнара Ахметова: 9, расхождение 2');
      expect(await doubled.innerText()).toMatch(/\b7\b/);
      await expect.poll(() => queueRow(mine.page, onlyHers!).innerText(), WAIT).toMatch(/\b5\b/);

      // Importing the same file again changes nothing.
      const before = await mine.page.locator('.queue').innerText();
      await report.getByRole('button', { name: 'Закрыть', exact: true }).click();
      await importMarks(mine.page, herFile);
      await expect.poll(() => report.innerText(), WAIT).toContain('без изменений: 2');
      expect(await mine.page.locator('.queue').innerText()).toBe(before);
      expect(await countRecords(mine.page, 'colleagueMarks')).toBe(1);
      expect(await countRecords(mine.page, 'reviewMarks')).toBe(3);

      // In the marking screen: both scores, the difference, and her score taken as the agreed mark.
      await doubled.locator('.queue__open').click();
      const form = criterion(mine.page, 'form');
      await expect
        .poll(() => form.locator('.colleague-scores').innerText(), WAIT)
        .toContain('Гульнара Ахметова: 9');
      expect(await form.locator('.colleague-scores').innerText()).toContain('расхождение 2');
      expect(await scoreField(mine.page, 'form').inputValue()).toBe('7');
      await form.getByRole('button', { name: /^Принять балл 9 \(Гульнара Ахметова\)/ }).click();
      await expect.poll(() => scoreField(mine.page, 'form').inputValue(), WAIT).toBe('9');
      await expect.poll(() => form.locator('.colleague-scores').innerText(), WAIT).toContain('расхождение 0');
      await expect.poll(() => mine.page.getByText('Оценки сохранены').count(), WAIT).toBe(1);

      // And the other way round: my file gives her the work only I marked, and mine beside hers.
      await mine.page.goBack();
      await doubled.waitFor();
      const myFile = await exportMarks(mine.page, 'Ерлан Садыков');
      await importMarks(hers.page, myFile);
      await expect.poll(() => mergeReport(hers.page).innerText(), WAIT).toContain('проверено вами обоими: 1');
      expect(await mergeReport(hers.page).innerText()).toContain('Без подписи');
      await expect
        .poll(() => queueRow(hers.page, both!).innerText(), WAIT)
        .toContain('Ерлан Садыков: 9, расхождение 0');
      await expect.poll(() => queueRow(hers.page, onlyMine!).innerText(), WAIT).toMatch(/\b6\b/);
    },
  );
});
