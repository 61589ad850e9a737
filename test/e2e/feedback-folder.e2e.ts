import { zipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFeedback } from '../../renderer/src/domain/feedback/feedback';
import { createRichTextSanitizer } from '../../renderer/src/domain/pack/rich-text';
import { countRecords, waitForBundledPacks } from './helpers/app';
import { appLauncher } from './helpers/browser';
import { FEEDBACK_SCORES, markAndExportFeedback } from './helpers/feedback';

const app = appLauncher();
const sanitize = createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);
const PARTICIPANT = 'Жанибекова Айгерим Саматовна';
const FOLDER = 'Отзывы группы 3';
/** A file the trainer already had in the folder, under the name the export will want: it must survive as it was. */
const OLDER_FILE = 'the feedback of an earlier course';

/**
 * The folder picker of the File System Access API opens a window of the system, which Playwright cannot drive: the
 * page's picker is replaced by one that answers with a real folder of the same API, in the origin private file
 * system, so the app's own writing (getFileHandle, createWritable) is what runs. With `noFolderPicker` set in the
 * session, the page has no picker at all, as in Firefox or Safari.
 */
function folderPicker(folder: string) {
  const windowWithPicker = window as unknown as { showDirectoryPicker?: unknown };
  if (sessionStorage.getItem('noFolderPicker')) {
    delete windowWithPicker.showDirectoryPicker;
    delete (Window.prototype as { showDirectoryPicker?: unknown }).showDirectoryPicker;
    return;
  }
  windowWithPicker.showDirectoryPicker = async () =>
    (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
}

/** Every file of the origin private file system's `folder`, by name. */
function folderFiles(page: Page, folder: string): Promise<Record<string, number[]>> {
  return page.evaluate(async (name) => {
    const directory = await (
      await navigator.storage.getDirectory()
    ).getDirectoryHandle(name, { create: true });
    const files: Record<string, number[]> = {};
    // TypeScript's DOM types do not list a folder's entries yet.
    const entries = directory as unknown as AsyncIterable<
      [string, FileSystemFileHandle | FileSystemDirectoryHandle]
    >;
    for await (const [entry, handle] of entries) {
      if (handle.kind === 'file')
        files[entry] = [...new Uint8Array(await (await handle.getFile()).arrayBuffer())];
    }
    return files;
  }, folder);
}

/** On the review screen: the export dialog for every marked work, the files named by the participants. */
async function exportAllDialog(page: Page) {
  await page.getByRole('button', { name: 'Экспорт отзывов по проверенным работам (1)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Экспорт отзывов' });
  await dialog.getByRole('checkbox', { name: 'Называть файлы по именам слушателей' }).check();
  return dialog;
}

describe('feedback exported into a folder', () => {
  it('writes each file into the folder the trainer chose, a taken name as (2); a browser without folders gets the zip', async () => {
    const { page } = await app.launch({
      beforeStart: async (context) => {
        await context.addInitScript(folderPicker, FOLDER);
      },
    });
    const made = await markAndExportFeedback(page, app.baseUrl, PARTICIPANT);
    await page.evaluate(
      async ({ folder, name, text }) => {
        const directory = await (
          await navigator.storage.getDirectory()
        ).getDirectoryHandle(folder, { create: true });
        const writable = await (await directory.getFileHandle(name, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      },
      { folder: FOLDER, name: made.fileName, text: OLDER_FILE },
    );

    await page.getByRole('link', { name: 'К списку работ' }).click();
    let dialog = await exportAllDialog(page);
    await dialog.getByRole('radio', { name: 'Отдельные файлы в папку' }).check();
    expect(await dialog.innerText()).toContain('файл, который там уже есть, никогда не заменяется');
    await dialog.getByRole('button', { name: 'Экспортировать' }).click();
    await expect
      .poll(() => dialog.innerText(), { timeout: 60_000 })
      .toContain(`Файлы отзывов записаны в папку «${FOLDER}» (файлов: 1).`);
    expect(await dialog.innerText()).toContain('Ничего не заменено.');

    const files = await folderFiles(page, FOLDER);
    const numbered = made.fileName.replace(/\.cdfb$/, ' (2).cdfb');
    expect(Object.keys(files).sort()).toEqual([numbered, made.fileName].sort());
    expect(new TextDecoder().decode(new Uint8Array(files[made.fileName] ?? []))).toBe(OLDER_FILE);
    const written = await readFeedback(new Uint8Array(files[numbered] ?? []), { sanitize });
    if (!written.ok) throw new Error(`refused: ${written.reason} ${written.detail}`);
    expect(written.submission.participant.name).toBe(PARTICIPANT);
    expect(written.feedback.criteria.map((mark) => mark.points)).toEqual(
      FEEDBACK_SCORES.map(([, , points]) => points),
    );
    await dialog.getByRole('button', { name: 'Закрыть' }).click();

    // Without the File System Access API (Firefox, Safari): the dialog says so, and the files come in one zip.
    await page.evaluate(() => sessionStorage.setItem('noFolderPicker', '1'));
    await page.reload();
    dialog = await exportAllDialog(page);
    await dialog.getByRole('radio', { name: 'Отдельные файлы в папку' }).check();
    expect(await dialog.innerText()).toContain('Этот браузер не умеет записывать файлы в папку');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Экспортировать' }).click();
    expect((await download).suggestedFilename()).toMatch(/-feedback\.zip$/);
    await expect
      .poll(() => dialog.innerText(), { timeout: 60_000 })
      .toContain('поэтому файлы сохранены одним zip-архивом. Отзывы сохранены:');
  });
});

/** Drops a file on the library as the system's file manager would. */
async function drop(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type: 'application/zip' }));
      document
        .querySelector('.library')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
    },
    { name, data: [...bytes] },
  );
}

const GROUP_MESSAGE = 'Это набор файлов отзывов на всю группу';
const OWN_FILE = 'попросите преподавателя прислать вам ваш собственный файл .cdfb';

describe('a trainer’s zip of a whole group’s feedback, offered by a trainee', () => {
  it('is named for what it is, dropped or picked, and nothing of it is imported', async () => {
    const { page } = await app.launch();
    await waitForBundledPacks(page);
    const packsBefore = await countRecords(page, 'packs');
    const feedbackOf = (text: string) =>
      new TextEncoder().encode(`{"format": "casedraft-feedback", "x": "${text}"}`);
    const group = zipSync({
      'Жанибекова-Айгерим-loan-dispute-feedback.cdfb': feedbackOf('first'),
      'Ахметов-Ерлан-loan-dispute-feedback.cdfb': feedbackOf('second'),
    });

    await drop(page, 'Дело-о-займе-feedback.zip', group);
    await expect.poll(() => page.locator('.library').innerText()).toContain(GROUP_MESSAGE);
    expect(await page.locator('.library').innerText()).toContain(OWN_FILE);

    // Picked with the pack import button, and with the feedback import button: the same answer.
    let chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Импортировать пакет дел…' }).click();
    await (
      await chooser
    ).setFiles([{ name: 'group.zip', mimeType: 'application/zip', buffer: Buffer.from(group) }]);
    await expect
      .poll(() => page.locator('.library').innerText())
      .toContain(`${GROUP_MESSAGE}, который сделал преподаватель, а не пакет дел`);

    chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Импортировать отзыв…' }).click();
    await (
      await chooser
    ).setFiles([{ name: 'group.zip', mimeType: 'application/zip', buffer: Buffer.from(group) }]);
    await expect
      .poll(() => page.locator('.library').innerText())
      .toContain(`${GROUP_MESSAGE}, который сделал преподаватель, а не один файл отзыва`);

    expect(await countRecords(page, 'packs')).toBe(packsBefore);
    expect(await countRecords(page, 'feedback')).toBe(0);
  });
});
