import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { typeInPart, waitForBundledPacks } from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();
/** The bundled Kazakh civil case: its act is drafted in Kazakh. */
const KAZAKH_CASE = '#/case/family-divorce-pavlodar/divorce-alimony-kk';
const KAZAKH_LETTERS = 'ӘҒҚҢӨҰҮҺІ әғқңөұүһі';

async function openKazakhCase(page: Page): Promise<void> {
  await waitForBundledPacks(page);
  await page.goto(`${app.baseUrl}${KAZAKH_CASE}`);
  await page.locator('.act-editor').waitFor();
}

/** Every request that went anywhere but the app's own origin. */
function foreignRequests(context: BrowserContext): string[] {
  const origin = new URL(app.baseUrl).origin;
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
  });
  return foreign;
}

/** The fonts Chromium really drew a paragraph's text with (DevTools protocol), fallbacks included. */
async function fontsDrawing(context: BrowserContext, page: Page, selector: string): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((font) => font.familyName);
}

async function editorFontSize(page: Page): Promise<number> {
  return page.locator('.act-editor').evaluate((editor) => parseFloat(getComputedStyle(editor).fontSize));
}

describe('print preview, zoom and focus mode', () => {
  it('previews a Kazakh act in the bundled serif on A4 pages, prints only the act, and fetches nothing', async () => {
    const { page, context } = await app.launch();
    const foreign = foreignRequests(context);
    await openKazakhCase(page);
    await typeInPart(page, 2, ` Сот анықтады: ${KAZAKH_LETTERS}.`);

    await page.keyboard.press('Control+p');
    const preview = page.getByRole('dialog', { name: 'Предварительный просмотр печати' });
    await preview.waitFor();
    const sheet = preview.locator('.print-sheet');
    expect(await sheet.innerText()).toContain(KAZAKH_LETTERS);
    // The act's opening lines are centred; the editor's part captions are not printed.
    const opening = sheet.locator('.print-sheet__heading-line');
    expect(await opening.allInnerTexts()).toEqual(['ШЕШІМ', 'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН']);
    expect(await opening.first().evaluate((line) => getComputedStyle(line).textAlign)).toBe('center');
    expect(await sheet.innerText()).not.toContain('Кіріспе бөлік');
    expect(await preview.getByTestId('print-page-count').innerText()).toMatch(/^\d+ страниц/);

    const typed = sheet.locator('section[data-part="reasoning"] p', { hasText: KAZAKH_LETTERS });
    const font = await typed.evaluate(async (paragraph, letters) => {
      await document.fonts.ready;
      return {
        family: getComputedStyle(paragraph).fontFamily,
        loaded: document.fonts.check('16px "PT Serif"', letters),
      };
    }, KAZAKH_LETTERS);
    expect(font.family).toMatch(/^"PT Serif",/);
    expect(font.loaded).toBe(true);
    // Every glyph of the paragraph, the Kazakh letters included, is drawn from the bundled font, not a fallback.
    await typed.evaluate((paragraph) => paragraph.setAttribute('data-probe', ''));
    expect(new Set(await fontsDrawing(context, page, '[data-probe]'))).toEqual(new Set(['PT Serif']));

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.editor-pane').isVisible()).toBe(false);
    expect(await preview.locator('.print-preview__bar').isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    expect(await sheet.evaluate((element) => getComputedStyle(element).columnWidth)).toBe('auto');
    await page.emulateMedia({ media: 'screen' });

    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('act-editor'))).toBe(true);
    expect(foreign).toEqual([]);
  });

  it('zooms the editor’s text with Ctrl+= and keeps the zoom after a reload', async () => {
    const { page } = await app.launch();
    await openKazakhCase(page);
    const normal = await editorFontSize(page);
    await typeInPart(page, 2, ' ');
    await page.keyboard.press('Control+Equal');
    await page.keyboard.press('Control+Equal');
    expect(await editorFontSize(page)).toBeCloseTo(normal * 1.2, 1);
    expect(await page.getByTestId('zoom-percent').innerText()).toBe('120 %');

    await page.reload();
    await page.locator('.act-editor').waitFor();
    await expect.poll(() => editorFontSize(page)).toBeCloseTo(normal * 1.2, 1);
    await page.getByRole('button', { name: /Уменьшить масштаб/ }).click();
    expect(await page.getByTestId('zoom-percent').innerText()).toBe('110 %');
  });

  it('hides the case file in focus mode, announces it, and brings it back with Escape', async () => {
    const { page } = await app.launch();
    await openKazakhCase(page);
    const materials = page.locator('.materials-pane');
    await typeInPart(page, 2, ' ');

    await page.keyboard.press('Control+Shift+F');
    await expect.poll(() => materials.isVisible()).toBe(false);
    expect(await page.locator('.outline').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /Режим концентрации/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.getByRole('status').filter({ hasText: 'Режим концентрации' }).innerText()).toContain(
      'Escape',
    );

    await page.keyboard.press('Escape');
    await expect.poll(() => materials.isVisible()).toBe(true);
    // The trainee goes on typing where they were.
    await page.keyboard.type('жалғасы');
    expect(await page.locator('section[data-part="reasoning"]').innerText()).toContain('жалғасы');
  });
});
