import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../renderer/src/domain/integrity/canonical-json';
import { readSubmission } from '../../renderer/src/domain/submission/submission';
import {
  BUNDLED_CASE,
  closeReceipt,
  exportAs,
  handInAnyway,
  openBundledCase,
  typeInPart,
} from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();

/** The version of the bundled pack as its source says, so the test follows a new version of the exercise. */
async function bundledPackVersion(): Promise<number> {
  const manifest = await readFile(
    new URL(`../../exercises/${BUNDLED_CASE.packId}/pack.yaml`, import.meta.url),
    'utf8',
  );
  return Number(/^version:\s*(\d+)\s*$/mu.exec(manifest)?.[1]);
}

/** Pastes HTML where the cursor is, as from a word processor's clipboard. */
async function pasteHtml(page: Page, html: string): Promise<void> {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.activeElement!.dispatchEvent(paste);
  }, html);
}

/** An outline `levels` deep: a bulleted list whose one item holds the next list. */
function outlineHtml(levels: number): string {
  let html = '<p>Самый глубокий пункт</p>';
  for (let level = levels; level > 0; level--) html = `<ul><li><p>Уровень ${level}</p>${html}</li></ul>`;
  return html;
}

describe('exporting a submission', () => {
  it('asks the name once and saves a .cdsub file whose digest matches its content', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    await typeInPart(page, 3, ' Взыскать с Ахметова Е.С. 2 200 000 тенге.');

    const file = await exportAs(
      page,
      page.getByRole('button', { name: 'Сдать работу…' }),
      'Нурланова Асель Маратовна',
    );
    expect(file.suggestedFilename()).toBe(`Нурланова-Асель-Маратовна-${BUNDLED_CASE.caseId}.cdsub`);
    const bytes = await readFile(await file.path());

    const check = await readSubmission(bytes);
    if (!check.ok) throw new Error(`The exported file does not verify: ${check.reason} ${check.detail}`);
    const { digest, ...content } = check.submission;
    expect(digest.value).toBe(createHash('sha256').update(canonicalJson(content)).digest('hex'));
    expect(content.participant.name).toBe('Нурланова Асель Маратовна');
    expect(content.pack).toMatchObject({ id: BUNDLED_CASE.packId, version: await bundledPackVersion() });
    expect(content.case).toMatchObject({
      id: BUNDLED_CASE.caseId,
      actType: 'civil-decision',
      language: 'ru',
    });
    expect(JSON.stringify(content.document)).toContain('Взыскать с Ахметова Е.С. 2 200 000 тенге.');
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(expect.stringContaining('.cdsub'));

    // The second export does not ask again, and the library shows the case as submitted.
    const second = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Сдать работу…' }).click();
    await handInAnyway(page);
    expect((await second).suggestedFilename()).toContain('Нурланова');
    await closeReceipt(page);
    await page.goto(app.baseUrl);
    await expect.poll(() => page.locator('.case-list__item .status').first().innerText()).toBe('Сдано');
  });

  it('offers no file the trainer’s CaseDraft would refuse, says what is over the limit, and keeps the draft', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    await typeInPart(page, 3, ' ');
    // An outline pasted from a word processor, nested deeper than the trainer's CaseDraft reads an act.
    await pasteHtml(page, outlineHtml(30));
    await expect.poll(() => page.locator('.act-editor').innerText()).toContain('Самый глубокий пункт');

    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await page.getByRole('button', { name: 'Сдать работу…' }).click();
    await handInAnyway(page);
    await page.getByRole('dialog').getByRole('textbox').fill('Нурланова Асель Маратовна');
    await page.getByRole('dialog').getByRole('button', { name: 'Продолжить' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Работа не сдана' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('вложено глубже');
    expect(downloads).toEqual([]);
    // The draft is as it was, and the case is not marked submitted.
    expect(await page.locator('.act-editor').innerText()).toContain('Самый глубокий пункт');
    await page.goto(app.baseUrl);
    await expect.poll(() => page.locator('.case-list__item .status').first().innerText()).toBe('В процессе');
  });
});
