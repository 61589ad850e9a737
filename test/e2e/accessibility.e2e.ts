import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openBundledCaseById, typeInPart, waitForBundledPacks } from './helpers/app';
import { expectAccessible } from './helpers/accessibility';
import { appLauncher } from './helpers/browser';
import { makeCdpack } from './helpers/packs';

const app = appLauncher();
/** The bundled case whose file holds every kind of material: rich text, a PDF scan and a PNG scheme. */
const MIXED_CASE = { packId: 'admin-offence-traffic-uralsk', caseId: 'deprived-driver' };
const brokenPack = new URL('../fixtures/packs/missing-case-title.json', import.meta.url).pathname;

async function openMixedCase(page: Page): Promise<void> {
  await openBundledCaseById(page, MIXED_CASE.packId, MIXED_CASE.caseId);
}

/** Opens a document of the case file from its tab beside the reader. */
async function openDocument(page: Page, title: RegExp): Promise<void> {
  const tab = page.getByRole('tab', { name: title });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
}

async function importPack(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Импортировать пакет дел…' }).click();
  await (await chooser).setFiles(file);
}

// axe-core takes seconds on a screen this size, the more so on a loaded machine: each test checks several.
describe('accessibility (axe-core: nothing serious or critical)', { timeout: 150_000 }, () => {
  it('of the library and its filters', async () => {
    const { page } = await app.launch();
    await waitForBundledPacks(page);
    await expectAccessible(page, 'the library');

    await page.getByLabel('Поиск', { exact: true }).fill('КАРАГАНД');
    await page.getByLabel('Язык дела').selectOption({ label: 'Казахский' });
    await page.getByText('Нет дел, отвечающих поиску и фильтрам').waitFor();
    await expectAccessible(page, 'the library with filters that find nothing');
  });

  it('of a pack import, its refusal, and the settings', async () => {
    const { page, profile } = await app.launch();
    await waitForBundledPacks(page);
    // In the browser profile's folder, which goes when the test ends.
    const cdpack = join(profile, 'receipt.cdpack');
    await writeFile(cdpack, await makeCdpack());
    await importPack(page, cdpack);
    await page
      .getByRole('status')
      .filter({ hasText: 'Пакет «Пакет с PDF-вложением» импортирован.' })
      .waitFor();
    await expectAccessible(page, 'the library after importing a pack');

    await importPack(page, brokenPack);
    await page.getByRole('alert').filter({ hasText: 'missing-case-title.json' }).waitFor();
    await expectAccessible(page, 'the library refusing a broken pack');

    await page.getByRole('link', { name: 'Настройки' }).click();
    await page.getByRole('heading', { level: 1, name: 'Настройки' }).waitFor();
    await expectAccessible(page, 'the settings');
  });

  it('of the workspace with the task, a rich-text and a PDF material open', async () => {
    const { page } = await app.launch();
    await openMixedCase(page);
    await expectAccessible(page, 'the workspace, showing the task');

    await openDocument(page, /^Рапорт инспектора/);
    await page.locator('.reader-page__body').waitFor();
    await expectAccessible(page, 'the reader on a rich-text material');

    await openDocument(page, /^Протокол об административном правонарушении серии/);
    await page.locator('.pdf-page__text span').first().waitFor();
    await expectAccessible(page, 'the reader on a PDF material');
  });

  it('of the reader on an image material, its search, and the worksheet', async () => {
    const { page } = await app.launch();
    await openMixedCase(page);
    await openDocument(page, /^Схема места остановки/);
    await page.locator('.image-stage__image[style*="width"]').waitFor();
    await expectAccessible(page, 'the reader on an image material');

    await page.getByRole('searchbox', { name: 'Поиск по материалам дела' }).fill('Сагинтаев');
    await page.locator('#reader-results').waitFor();
    await expectAccessible(page, 'the reader searching the materials');

    await page.getByRole('tab', { name: 'Рабочий лист' }).click();
    await page.getByRole('form', { name: /Рабочий лист/ }).waitFor();
    await expectAccessible(page, 'the worksheet');
  });

  it('of the find bar, the history, the shortcuts and the print preview', async () => {
    const { page } = await app.launch();
    await openMixedCase(page);
    await typeInPart(page, 2, ' Суд');

    await page.keyboard.press('Control+f');
    await page.getByRole('search', { name: 'Поиск и замена' }).waitFor();
    await page.keyboard.type('Суд');
    await expectAccessible(page, 'the find bar');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'История', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'the history dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.locator('.act-editor').focus();
    await page.keyboard.press('F1');
    await page.getByRole('dialog', { name: 'Сочетания клавиш' }).waitFor();
    await expectAccessible(page, 'the shortcuts dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.keyboard.press('Control+p');
    await page.getByRole('dialog', { name: 'Предварительный просмотр печати' }).waitFor();
    await expectAccessible(page, 'the print preview');
  });

  it('of the spellcheck menu', async () => {
    const { page } = await app.launch();
    await openMixedCase(page);
    await typeInPart(page, 2, ' Суд превет');

    await page.getByRole('button', { name: 'Проверка орфографии' }).click();
    const misspelt = page.locator('.spelling-error', { hasText: /^превет$/ });
    await misspelt.click({ button: 'right' });
    await page.getByRole('menu').waitFor();
    await expectAccessible(page, 'the spellcheck menu');
  });

  it('of the export dialogs: missing requisites, then the participant’s name', async () => {
    const { page } = await app.launch();
    await openMixedCase(page);
    await page.getByRole('button', { name: 'Сдать работу…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Всё равно сдать' }).waitFor();
    await expectAccessible(page, 'the missing-requisites dialog');

    await page.getByRole('dialog').getByRole('button', { name: 'Всё равно сдать' }).click();
    await page.getByRole('dialog').getByRole('textbox').waitFor();
    await expectAccessible(page, 'the participant name dialog');
  });

  it.for([
    { locale: 'kk-KZ', settings: 'Баптаулар' },
    { locale: 'en-US', settings: 'Settings' },
  ])('in $locale: library, workspace and settings', async ({ locale, settings }) => {
    const { page } = await app.launch({ locale });
    await waitForBundledPacks(page);
    await expectAccessible(page, `the library (${locale})`);
    await openMixedCase(page);
    await openDocument(page, /PDF/);
    await page.locator('.pdf-page__text span').first().waitFor();
    await expectAccessible(page, `the workspace (${locale})`);
    await page.getByRole('link', { name: settings }).click();
    await page.getByRole('heading', { level: 1, name: settings }).waitFor();
    await expectAccessible(page, `the settings (${locale})`);
  });
});
