import { readdirSync } from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';

/** The bundled exercise every end-to-end test starts from. */
export const BUNDLED_CASE = { packId: 'civil-loan-karaganda', caseId: 'loan-dispute' };
export const CIVIL_DECISION_PARTS = ['introductory', 'descriptive', 'reasoning', 'operative', 'signature'];

/** How many packs the app bundles: one per folder of exercises/. */
export const BUNDLED_PACK_COUNT = readdirSync(new URL('../../../exercises/', import.meta.url), {
  withFileTypes: true,
}).filter((entry) => entry.isDirectory()).length;

/** Waits until the first start has installed every bundled pack, so counts taken next are stable. */
export async function waitForBundledPacks(page: Page): Promise<void> {
  await page
    .locator('.pack-card')
    .nth(BUNDLED_PACK_COUNT - 1)
    .waitFor();
}

export async function openBundledCase(page: Page): Promise<void> {
  await page.locator('.case-list__link').first().click();
  await page.locator('.act-editor').waitFor();
}

/** Jumps to a part through the outline (as a trainee would) and types at the end of its text. */
export async function typeInPart(page: Page, partIndex: number, text: string): Promise<void> {
  await page.locator('.outline__item').nth(partIndex).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/**
 * The text of a part as laid out. The act's blocks have `content-visibility: auto`, and Chromium decides which are
 * near the viewport only at a frame: right after the act opens, before that frame, a part may read as empty.
 */
export async function partText(page: Page, partId: string): Promise<string> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page.locator(`section[data-part="${partId}"]`).innerText();
}

/** Counts the records of an IndexedDB table with the browser's own IndexedDB, not through the app. */
export async function countRecords(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('casedraft');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** What the save indicator says: saved, pending, saving, failed or stopped. */
export async function saveState(page: Page): Promise<string | null> {
  return page.locator('[data-save-state]').getAttribute('data-save-state');
}

/**
 * Presses an export button, hands in anyway if the completeness check asks (completeness.e2e.ts tests that dialog)
 * and, the first time, answers the name dialog; resolves with the saved file, once its receipt is closed (unless
 * kept open).
 */
export async function exportAs(
  page: Page,
  button: Locator,
  participantName: string,
  { keepReceiptOpen = false } = {},
): Promise<Download> {
  await button.click();
  await handInAnyway(page);
  await page.getByRole('dialog').getByRole('textbox').fill(participantName);
  const download = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Продолжить' }).click();
  const saved = await download;
  if (!keepReceiptOpen) await closeReceipt(page);
  return saved;
}

/** Closes the receipt a saved submission shows (sealed-submission.e2e.ts tests what it says). */
export async function closeReceipt(page: Page): Promise<void> {
  await page.getByRole('dialog', { name: 'Квитанция' }).getByRole('button', { name: 'Закрыть' }).click();
}

/** Answers the completeness check's question with “hand in anyway”, if the dialog that opened is that question. */
export async function handInAnyway(page: Page): Promise<void> {
  await page.getByRole('dialog').first().waitFor();
  const anyway = page.getByRole('dialog').getByRole('button', { name: 'Всё равно сдать' });
  if (await anyway.isVisible()) await anyway.click();
}

/** Opens a bundled case by its pack and case ids, once the first start has installed the bundled packs. */
export async function openBundledCaseById(page: Page, packId: string, caseId: string): Promise<void> {
  await waitForBundledPacks(page);
  await page.evaluate(
    (hash) => {
      window.location.hash = hash;
    },
    `#/case/${encodeURIComponent(packId)}/${encodeURIComponent(caseId)}`,
  );
  await page.locator('.act-editor').waitFor();
}
