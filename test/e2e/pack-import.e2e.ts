import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { countRecords, waitForBundledPacks } from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();
const fixture = (name: string) => new URL(`../fixtures/packs/${name}`, import.meta.url).pathname;

/** Imports a fixture the way a trainer does: the import button, then the file dialog. */
async function importThroughButton(page: Page, name: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Импортировать пакет дел…' }).click();
  await (await chooser).setFiles(fixture(name));
}

async function library(page: Page) {
  await waitForBundledPacks(page);
  return {
    titles: await page.locator('.pack-card__title').allInnerTexts(),
    packs: await countRecords(page, 'packs'),
    cases: await countRecords(page, 'cases'),
  };
}

describe('importing a case pack', () => {
  it('refuses a broken pack with a message naming the field, and leaves the library as it was', async () => {
    const { page } = await app.launch();
    const before = await library(page);
    await importThroughButton(page, 'missing-case-title.json');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('Не заполнено обязательное поле: дело 1 → «title».');
    expect(await alert.innerText()).toContain('missing-case-title.json');
    expect(await library(page)).toEqual(before);
  });

  it('refuses a file that is not JSON at all', async () => {
    const { page } = await app.launch();
    const before = await library(page);
    await importThroughButton(page, 'not-json.json');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('JSON');
    expect(await library(page)).toEqual(before);
  });

  it('says so when a dropped file cannot be read, and imports nothing', async () => {
    const { page } = await app.launch();
    const before = await library(page);
    await page.evaluate(() => {
      const file = new File(['{}'], 'on-a-removed-usb-stick.json');
      // What Chromium does when the file vanished or its disk failed between the drop and the read.
      file.arrayBuffer = () =>
        Promise.reject(new DOMException('The file could not be read', 'NotReadableError'));
      const transfer = new DataTransfer();
      transfer.items.add(file);
      const drop = new DragEvent('drop', { dataTransfer: transfer, bubbles: true });
      Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } });
      document.querySelector('.library')?.dispatchEvent(drop);
    });
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.innerText())
      .toContain('Файл on-a-removed-usb-stick.json не удалось прочитать');
    expect(await library(page)).toEqual(before);
  });

  it('imports a good pack dropped on the window', async () => {
    const { page } = await app.launch();
    const before = await library(page);
    const text = await readFile(fixture('valid-small.json'), 'utf8');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'valid-small.json', { type: 'application/json' }));
      document
        .querySelector('.library')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
    }, text);
    await expect
      .poll(() => page.locator('.pack-card__title').allInnerTexts())
      .toContain('Учебный пакет для проверки импорта');
    expect(await countRecords(page, 'packs')).toBe(before.packs + 1);
    expect(await countRecords(page, 'cases')).toBe(before.cases + 1);
  });
});
