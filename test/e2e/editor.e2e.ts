import { describe, expect, it } from 'vitest';
import { CIVIL_DECISION_PARTS, openBundledCase, partText, saveState, typeInPart } from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();

async function openEditor() {
  const { page } = await app.launch();
  await openBundledCase(page);
  return page;
}

describe('the act editor in a real browser', () => {
  it('formats with Word’s shortcuts and undoes with Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z', async () => {
    const page = await openEditor();
    await typeInPart(page, 2, 'Суд ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('установил');
    await page.keyboard.press('Control+b');
    await page.keyboard.press('Control+i');
    await page.keyboard.type(' следующее');
    const reasoning = page.locator('section[data-part="reasoning"]');
    expect(await reasoning.locator('strong').innerText()).toBe('установил');
    expect(await reasoning.locator('em').innerText()).toBe(' следующее');

    await page.keyboard.press('Control+z');
    expect(await partText(page, 'reasoning')).not.toContain('следующее');
    await page.keyboard.press('Control+y');
    expect(await partText(page, 'reasoning')).toContain('следующее');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    expect(await partText(page, 'reasoning')).toContain('следующее');
  });

  it('lays out a paragraph typed over many lines exactly as without the typing layout boundary', async () => {
    const page = await openEditor();
    const sentence = 'Суд, исследовав материалы дела и выслушав стороны, приходит к следующему выводу. ';
    await typeInPart(page, 2, sentence.repeat(4));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Следующий абзац.');
    await page.keyboard.press('ArrowUp');
    // Back in the long paragraph: typing in it contains it at its measured height. Type two lines more.
    await page.keyboard.press('End');
    await page.keyboard.type(sentence.repeat(2));
    const measureLayout = () =>
      page.locator('section[data-part="reasoning"]').evaluate((part) => {
        const [long, next] = [...part.querySelectorAll('p')];
        if (!long || !next) throw new Error('expected two paragraphs');
        const box = long.getBoundingClientRect();
        const lines = document.createRange();
        lines.selectNodeContents(long);
        return {
          style: long.getAttribute('style') ?? '',
          linesBottom: lines.getBoundingClientRect().bottom,
          bottom: box.bottom,
          height: box.height,
          nextTop: next.getBoundingClientRect().top,
          lineHeight: parseFloat(getComputedStyle(long).lineHeight),
        };
      });
    /** Every line inside the box, no gap below the last one, and the next paragraph below it, not over it. */
    const fitsItsLines = (layout: Awaited<ReturnType<typeof measureLayout>>) =>
      layout.linesBottom <= layout.bottom + 0.5 &&
      layout.bottom - layout.linesBottom < layout.lineHeight &&
      layout.nextTop >= layout.bottom;
    const layout = await measureLayout();
    expect(layout.style).toContain('contain: size layout');
    expect(fitsItsLines(layout)).toBe(true);

    // A narrower window reflows the paragraph into more lines: its height follows instead of cutting lines off.
    await page.setViewportSize({ width: 900, height: 700 });
    await expect.poll(async () => fitsItsLines(await measureLayout())).toBe(true);
    expect((await measureLayout()).height).toBeGreaterThan(layout.height);

    // Reopened, nothing is contained until the trainee types.
    await expect.poll(() => saveState(page), { timeout: 10_000 }).toBe('saved');
    await page.reload();
    await page.locator('.act-editor').waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(await page.locator('.act-editor [style*="contain"]').count()).toBe(0);
  });

  it('keeps every part heading whatever the trainee deletes', async () => {
    const page = await openEditor();
    const headings = () => page.locator('.act-part-heading').allInnerTexts();
    const before = await headings();
    await typeInPart(page, 1, 'Истец');
    await page.keyboard.press('Home');
    for (let count = 0; count < 10; count++) await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('Новый текст');
    expect(await headings()).toEqual(before);
    expect(await page.locator('section[data-part]').count()).toBe(CIVIL_DECISION_PARTS.length);
    expect(await page.locator('.act-editor').innerText()).toContain('Новый текст');
  });

  it('cuts a selection spanning two parts without merging them, and pastes it elsewhere', async () => {
    const { page, context } = await app.launch();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(app.baseUrl).origin,
    });
    await openBundledCase(page);
    await typeInPart(page, 1, 'Описание один.');
    await typeInPart(page, 2, 'Мотивы два.');
    await page.locator('.outline__item').nth(1).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+End');
    // ProseMirror learns of a keyboard selection from the browser's asynchronous selectionchange event; a person
    // always pauses longer than this between selecting and cutting.
    await page.waitForTimeout(100);
    await page.keyboard.press('Control+x');
    await expect.poll(() => partText(page, 'descriptive')).not.toContain('Описание один.');
    await expect.poll(() => partText(page, 'reasoning')).not.toContain('Мотивы два.');
    expect(await page.locator('section[data-part]').count()).toBe(CIVIL_DECISION_PARTS.length);

    await typeInPart(page, 3, '');
    await page.keyboard.press('Control+v');
    await expect.poll(() => partText(page, 'operative')).toContain('Описание один.');
    expect(await partText(page, 'operative')).toContain('Мотивы два.');
  });

  it('keeps the focus in the text when Tab is pressed outside a list', async () => {
    const page = await openEditor();
    await typeInPart(page, 2, 'Суд');
    await page.keyboard.press('Tab');
    await page.keyboard.type(' установил');
    expect(await partText(page, 'reasoning')).toContain('Суд установил');
  });

  it('leaves the text with Escape, then goes back with Shift+Tab or on with Tab', async () => {
    const page = await openEditor();
    await typeInPart(page, 2, 'Суд');
    /** Where the focus is against the text: inside it, before it or after it in the page's order. */
    const focusAgainstText = () =>
      page.evaluate(() => {
        const editor = document.querySelector('.ProseMirror')!;
        const focused = document.activeElement;
        if (!focused || focused === document.body) return 'nowhere';
        if (editor.contains(focused)) return 'inside';
        return editor.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_PRECEDING
          ? 'before'
          : 'after';
      });

    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    expect(await focusAgainstText()).toBe('before');
    await page.keyboard.press('Tab');
    expect(await focusAgainstText()).toBe('inside');

    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await focusAgainstText()).toBe('after');
    expect(await partText(page, 'reasoning')).toContain('Суд');
  });

  it('makes numbered lists from the toolbar and highlights the part under the cursor in the outline', async () => {
    const page = await openEditor();
    await typeInPart(page, 3, 'Иск удовлетворить частично.');
    await page.getByRole('button', { name: 'Нумерованный список' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('В остальной части иска отказать.');
    expect(await page.locator('section[data-part="operative"] ol li').count()).toBe(2);
    expect(await page.locator('.outline__item[aria-current="location"]').innerText()).toContain(
      'Резолютивная часть',
    );
    await expect.poll(() => page.getByTestId('word-count').innerText()).toMatch(/^Всего 12 слов/);
  });
});
