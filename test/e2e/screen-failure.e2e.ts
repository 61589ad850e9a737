import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CASE, openBundledCaseById, partText, typeInPart, waitForBundledPacks } from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();

/**
 * Stores a case whose first material is named by a number instead of text, as a damaged database might hold it:
 * the case opens, but the evidence picker, which searches the materials' names, cannot be drawn.
 */
async function damageFirstMaterialTitle(page: Page, caseKey: string): Promise<void> {
  await page.evaluate(
    (key) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('casedraft');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('cases', 'readwrite').objectStore('cases');
          const read = store.get(key);
          read.onsuccess = () => {
            const record = read.result as { materials: { title: unknown }[] };
            record.materials[0]!.title = 42;
            const write = store.put(record);
            write.onsuccess = () => {
              open.result.close();
              resolve();
            };
            write.onerror = () => reject(write.error);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    caseKey,
  );
}

/** Types in the reasoning part and, at once, opens the evidence picker that cannot be drawn. */
async function typeThenBreak(page: Page, text: string): Promise<void> {
  await typeInPart(page, 2, text);
  await page.keyboard.press('Control+Shift+E');
  await page.getByRole('heading', { name: 'Этот экран остановлен из-за ошибки' }).waitFor();
}

describe('a screen that fails while it draws', () => {
  it('says so, keeps the text typed just before, and offers to try again or go back to the library', async () => {
    const { page } = await app.launch();
    const { packId, caseId } = BUNDLED_CASE;
    await waitForBundledPacks(page);
    await damageFirstMaterialTitle(page, `${packId}/${caseId}`);
    await openBundledCaseById(page, packId, caseId);

    await typeThenBreak(page, ' Суд установил факт займа');
    expect(await page.getByRole('alert').innerText()).toContain('Ошибка в CaseDraft остановила этот экран');
    expect(await page.locator('.act-editor').count()).toBe(0);

    await page.getByRole('button', { name: 'Попробовать снова' }).click();
    await page.locator('.act-editor').waitFor();
    expect(await partText(page, 'reasoning')).toContain('Суд установил факт займа');

    await typeThenBreak(page, ' и его возврат');
    await page.getByRole('main').getByRole('link', { name: 'Вернуться в библиотеку' }).click();
    await page.locator('.case-list__link').first().waitFor();
    await openBundledCaseById(page, packId, caseId);
    expect(await partText(page, 'reasoning')).toContain('Суд установил факт займа и его возврат');
  });
});
