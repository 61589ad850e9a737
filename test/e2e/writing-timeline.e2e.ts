import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CASE, openBundledCase, saveState, typeInPart } from './helpers/app';
import { appLauncher } from './helpers/browser';
import { handedInCohort, reviewWithCohort } from './helpers/review';

const app = appLauncher();
const DRAFT_KEY = `${BUNDLED_CASE.packId}/${BUNDLED_CASE.caseId}`;
/** A passage of the bundled case's statement of claim, as copied from it (with its line break). */
const FROM_CLAIM = 'Истец: Сейткали Бауыржан Маратович,\n14.03.1978 г. р.';
const FROM_ELSEWHERE = 'Текст, которого нет в материалах дела.';

interface StoredLink {
  seq: number;
  kind: string;
  chars?: number;
  words?: number;
  fromCase?: boolean;
  contentDigest?: string;
}

/** Pastes text into the act as the browser does on Ctrl+V: a paste event carrying the clipboard's text. */
async function paste(page: Page, text: string): Promise<void> {
  await page.locator('.act-editor').evaluate((editor, pasted) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', pasted);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}

/** The draft's timeline rows, read with the browser's own IndexedDB, not through the app. */
async function timelineRows(page: Page): Promise<StoredLink[]> {
  return page.evaluate(
    (draftKey) =>
      new Promise<StoredLink[]>((resolve, reject) => {
        const open = indexedDB.open('casedraft');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const range = IDBKeyRange.bound([draftKey, 0], [draftKey, Infinity]);
          const request = open.result.transaction('timeline').objectStore('timeline').getAll(range);
          request.onsuccess = () => {
            resolve(request.result as StoredLink[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    DRAFT_KEY,
  );
}

/** SHA-256 of the stored draft's document JSON and worksheet, as a save link's contentDigest is made. */
async function storedDraftDigest(page: Page): Promise<string> {
  return page.evaluate(
    (draftKey) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('casedraft');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('draftContents').objectStore('draftContents').get(draftKey);
          request.onsuccess = () => {
            open.result.close();
            const { documentJson, worksheet } = request.result as {
              documentJson: string;
              worksheet?: unknown;
            };
            // Untouched, the worksheet is absent: its canonical JSON is `null`.
            if (worksheet !== undefined) return reject(new Error('this test expects no worksheet'));
            void crypto.subtle
              .digest('SHA-256', new TextEncoder().encode(`${documentJson}\nnull`))
              .then((digest) =>
                resolve(
                  Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join(''),
                ),
              );
          };
          request.onerror = () => reject(request.error);
        };
      }),
    DRAFT_KEY,
  );
}

describe('the writing timeline', () => {
  it('records the saves, the pastes (from the case or not) and a long deletion of the draft being written', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    await typeInPart(page, 1, ' Суд установил:');
    await paste(page, FROM_CLAIM);
    await paste(page, FROM_ELSEWHERE);
    // A long deletion: 256 characters typed (over several lines), selected word by word and deleted at once.
    await typeInPart(page, 2, ` ${'удалить '.repeat(32)}`);
    for (let word = 0; word < 32; word++) await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.press('Backspace');
    await expect.poll(() => saveState(page), { timeout: 10_000 }).toBe('saved');

    await expect
      .poll(async () => (await timelineRows(page)).some((link) => link.kind === 'deletion'), {
        timeout: 10_000,
      })
      .toBe(true);
    const links = await timelineRows(page);
    expect(links.map((link) => link.seq)).toEqual(links.map((_, index) => index));
    expect(links.filter((link) => link.kind === 'paste')).toEqual([
      expect.objectContaining({ chars: FROM_CLAIM.length, fromCase: true }),
      expect.objectContaining({ chars: FROM_ELSEWHERE.length, fromCase: false }),
    ]);
    const deletion = links.find((link) => link.kind === 'deletion');
    expect(deletion?.chars).toBeGreaterThanOrEqual(250);

    // The last save link is the draft as stored, once its link is written (in idle time after the save).
    const digest = await storedDraftDigest(page);
    await expect
      .poll(
        async () => (await timelineRows(page)).filter((link) => link.kind === 'save').at(-1)?.contentDigest,
        {
          timeout: 10_000,
        },
      )
      .toBe(digest);
    const lastSave = (await timelineRows(page)).filter((link) => link.kind === 'save').at(-1);
    expect(lastSave?.words).toBeGreaterThan(0);
  });

  it('shows the trainer, on the «Хронология» tab, that a handed-in work’s chain holds and ends at the act handed in', async () => {
    const { page } = await app.launch();
    await reviewWithCohort(
      page,
      app.baseUrl,
      await handedInCohort(page, ['Абенова Дана'], 2, ' Суд установил'),
    );
    await page.locator('.queue__participant a').first().click();
    await page.getByRole('tab', { name: 'Хронология' }).click();
    await expect
      .poll(() => page.getByRole('tabpanel', { name: 'Хронология' }).innerText(), { timeout: 10_000 })
      .toContain('Цепочка цела');
    expect(await page.getByRole('tabpanel', { name: 'Хронология' }).innerText()).toContain(
      'Последнее записанное сохранение совпадает со сданным актом.',
    );
  });
});
