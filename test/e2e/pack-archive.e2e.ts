import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countRecords, partText, saveState, typeInPart, waitForBundledPacks } from './helpers/app';
import { appLauncher } from './helpers/browser';
import { makeCdpack, RECEIPT_LINES } from './helpers/packs';

const app = appLauncher();

/** Imports a `.cdpack` the way a trainee does: the import button, then the file dialog. */
async function importCdpack(page: Page, name: string, buffer: Buffer) {
  await page.locator('.pack-card').first().waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Импортировать пакет дел…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

async function counts(page: Page) {
  await waitForBundledPacks(page);
  return {
    packs: await countRecords(page, 'packs'),
    cases: await countRecords(page, 'cases'),
    attachments: await countRecords(page, 'attachments'),
  };
}

describe('a .cdpack with a PDF', () => {
  it('imports through the UI, and its PDF shows inside the app and can be searched, with no request leaving', async () => {
    const { page, context } = await app.launch();
    const origin = new URL(app.baseUrl).origin;
    const foreign: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
    });
    const before = await counts(page);

    await importCdpack(page, 'receipt-pack-v1.cdpack', await makeCdpack());
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(expect.stringContaining('Пакет с PDF-вложением'));
    expect(await counts(page)).toEqual({
      packs: before.packs + 1,
      cases: before.cases + 1,
      attachments: before.attachments + 1,
    });

    await page.getByRole('link', { name: /Сейткали к Ахметову о взыскании долга по расписке/ }).click();
    await page.locator('.act-editor').waitFor();
    await page.getByRole('tab', { name: /Расписка \(скан\)/ }).click();
    const pdfPage = page.locator('.pdf-page').first();
    await pdfPage.locator('canvas').waitFor();
    await expect.poll(() => pdfPage.locator('.textLayer').innerText()).toContain(RECEIPT_LINES[0]);
    // The page is drawn, not blank: the canvas has dark (text) pixels.
    const inked = await pdfPage.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(50);

    await page.getByRole('tab', { name: /Исковое заявление/ }).click();
    await page.getByRole('searchbox').or(page.locator('.reader-search__input')).first().fill('tenge from');
    await expect.poll(() => page.locator('.reader-results').innerText()).toContain('Расписка (скан)');
    expect(foreign).toEqual([]);
  });

  it('refuses a pack whose document holds a script, naming the file, and stores nothing', async () => {
    const { page } = await app.launch();
    const before = await counts(page);
    const hostile = await makeCdpack({ html: '<p>Иск</p><script>alert(document.cookie)</script>' });
    await importCdpack(page, 'hostile.cdpack', hostile);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('cases/receipt-case/claim.html');
    expect(await alert.innerText()).toContain('<script>');
    expect(await alert.innerText()).toContain('hostile.cdpack');
    expect(await counts(page)).toEqual(before);
  });

  it('refuses a pack whose document holds a tag the HTML parser would drop unseen, naming it', async () => {
    const { page } = await app.launch();
    const before = await counts(page);
    const hostile = await makeCdpack({
      html: '<p>Иск</p><frameset onload="alert(document.cookie)"></frameset>',
    });
    await importCdpack(page, 'hostile.cdpack', hostile);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('cases/receipt-case/claim.html');
    expect(await alert.innerText()).toContain('<frameset>');
    expect(await counts(page)).toEqual(before);
  });

  it('refuses a damaged archive with a clear message and stores nothing', async () => {
    const { page } = await app.launch();
    const before = await counts(page);
    const archive = await makeCdpack();
    await importCdpack(page, 'truncated.cdpack', archive.subarray(0, archive.length - 40));
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Файл повреждён');
    expect(await counts(page)).toEqual(before);
  });

  it('updates to a newer version without touching the draft, and says so in the case', async () => {
    const { page } = await app.launch();
    await importCdpack(page, 'receipt-pack-v1.cdpack', await makeCdpack());
    const caseLink = page.getByRole('link', { name: /Сейткали к Ахметову о взыскании долга по расписке/ });
    await caseLink.click();
    await page.locator('.act-editor').waitFor();
    await typeInPart(page, 1, ' Истец требует вернуть долг.');
    await expect.poll(() => saveState(page)).toBe('saved');
    await page.goBack();

    const corrected = '<h2>Исковое заявление (уточнённое)</h2><p>Истец просит взыскать 450 000 тенге.</p>';
    await importCdpack(page, 'receipt-pack-v2.cdpack', await makeCdpack({ version: 2, html: corrected }));
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(expect.stringContaining('обновлён до версии 2'));
    await caseLink.click();
    await page.locator('.act-editor').waitFor();
    expect(await partText(page, 'descriptive')).toContain('Истец требует вернуть долг.');
    expect(await page.getByRole('status').allInnerTexts()).toContainEqual(
      expect.stringContaining(
        'Материалы дела обновлены до версии пакета 2, а этот черновик начат по версии 1',
      ),
    );
    await page.getByRole('tab', { name: /Исковое заявление/ }).click();
    await expect.poll(() => page.locator('.rich-text').first().innerText()).toContain('450 000 тенге');
  });
});
