import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  fingerprintOf,
  generateIdentity,
  type IdentitySecrets,
} from '../../../renderer/src/domain/keys/identity';
import { attachBundledKey, chooseCohortFiles, handedInCohort, startBundledReview } from './review';

/** What the trainer types into the bundled case's eight criteria, in the rubric's order (one with a half). */
export const FEEDBACK_SCORES: [criterionId: string, typed: string, points: number][] = [
  ['form', '8', 8],
  ['positions', '7,5', 7.5],
  ['facts-evidence', '15', 15],
  ['law', '12', 12],
  ['reasoning', '11', 11],
  ['operative', '13', 13],
  ['language', '4', 4],
  ['outcome', '9', 9],
];
export const FEEDBACK_TOTAL = 79.5;
/** The sentence the trainee typed into the reasoning; its end is the passage the trainer comments on. */
export const FEEDBACK_REASONING = 'Суд считает требования истца обоснованными.';
export const FEEDBACK_PASSAGE = 'обоснованными.';
export const FEEDBACK_PASSAGE_COMMENT = 'Вывод не подкреплён доказательствами.';
export const FEEDBACK_CRITERION_COMMENT = 'Форма соблюдена, но вводная часть неполна.';
export const FEEDBACK_OVERALL = 'В целом решение обосновано; доработайте мотивировку.';
export const FEEDBACK_TRAINER = 'Сапарова Гульнара Ерлановна';

/** A trainer's keys made here, for a test to give the trainer's app; the fingerprint the trainee should see. */
export async function trainerKeys(name: string): Promise<{ secrets: IdentitySecrets; fingerprint: string }> {
  const secrets = await generateIdentity(name);
  return { secrets, fingerprint: await fingerprintOf(secrets.public) };
}

/**
 * Puts the trainer's keys into the app's database as its trainer area keeps them (`trainerIdentity`, row `own`),
 * the recovery file marked saved: the tests of signed files need a trainer who has keys, not the screens that make them.
 */
export async function giveTrainerKeys(page: Page, secrets: IdentitySecrets): Promise<void> {
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('casedraft');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('trainerIdentity', 'readwrite');
          transaction.objectStore('trainerIdentity').put(record);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { id: 'own', secrets, recoverySavedAt: new Date().toISOString() },
  );
}

export interface MadeFeedback {
  /** The `.cdfb` file as the app saved it, and the name it suggested. */
  bytes: Uint8Array;
  fileName: string;
}

/**
 * A feedback file made through the app, for the trainee-side tests too: `participant` hands in the bundled case
 * (FEEDBACK_REASONING typed into its reasoning), a review of it is started with the answer key, and the trainer
 * comments on FEEDBACK_PASSAGE, scores every criterion (FEEDBACK_SCORES), comments on the first, writes an overall
 * comment and exports this work's feedback from the marking screen as FEEDBACK_TRAINER, with the model answer;
 * signed when the trainer is given `keys`. Leaves the page on the marking screen, the export dialog closed.
 */
export async function markAndExportFeedback(
  page: Page,
  baseUrl: string,
  participant: string,
  keys?: IdentitySecrets,
): Promise<MadeFeedback> {
  const files = await handedInCohort(page, [participant], 2, ` ${FEEDBACK_REASONING}`);
  await startBundledReview(page, baseUrl);
  await attachBundledKey(page);
  await chooseCohortFiles(page, files);
  // The import checks the work in a worker: on a loaded machine that takes more than a poll's usual second.
  await expect.poll(() => page.locator('.queue__participant').count(), { timeout: 30_000 }).toBe(1);
  await page.locator('.queue__participant a').first().click();
  const act = page.getByRole('textbox', { name: /^Сданный акт/ });
  await act.waitFor();

  // The passage selected as a mouse would: the line may wrap, so End need not reach the sentence's end.
  const paragraph = act.locator('p', { hasText: FEEDBACK_REASONING });
  await paragraph.click();
  await paragraph.evaluate((element, passage) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.lastIndexOf(passage) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + passage.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
  }, FEEDBACK_PASSAGE);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(FEEDBACK_PASSAGE);
  await page.keyboard.press('Control+Alt+m');
  await page.getByRole('textbox', { name: 'Комментарий', exact: true }).fill(FEEDBACK_PASSAGE_COMMENT);
  await page.keyboard.press('Control+Enter');
  const margin = page.getByRole('complementary', { name: 'Комментарии к отрывкам' });
  await expect.poll(() => margin.innerText()).toContain(FEEDBACK_PASSAGE_COMMENT);

  for (const [criterionId, typed] of FEEDBACK_SCORES) {
    await page
      .locator(`.rubric-criterion[data-criterion-id="${criterionId}"] .rubric-score__input`)
      .fill(typed);
  }
  await page
    .locator('.rubric-criterion[data-criterion-id="form"]')
    .getByRole('textbox', { name: /^Комментарий/ })
    .fill(FEEDBACK_CRITERION_COMMENT);
  await page.getByLabel('Общий комментарий').fill(FEEDBACK_OVERALL);
  await expect.poll(() => page.locator('.rubric-total__points').innerText()).toBe('79,5 из 100');

  if (keys) await giveTrainerKeys(page, keys);
  await page.getByRole('button', { name: 'Экспорт отзыва…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Экспорт отзыва на эту работу' });
  await dialog.getByRole('textbox', { name: 'Ваше имя, указываемое в файлах' }).fill(FEEDBACK_TRAINER);
  // The review hides names, so the file is named by a code unless the trainer asks for the name, as here.
  const names = dialog.getByRole('checkbox', { name: 'Называть файлы по именам слушателей' });
  expect(await names.isChecked()).toBe(false);
  await names.check();
  await expect
    .poll(() => dialog.innerText())
    .toContain('Имена скрыты в проверке, но попадут в названия файлов.');
  await dialog.getByRole('checkbox', { name: 'Приложить образец ответа из ключа ответов' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Экспортировать' }).click();
  const saved = await download;
  await expect.poll(() => dialog.innerText()).toContain('Отзыв сохранён');
  await dialog.getByRole('button', { name: 'Закрыть' }).click();
  return { bytes: new Uint8Array(await readFile(await saved.path())), fileName: saved.suggestedFilename() };
}
