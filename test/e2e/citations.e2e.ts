import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSubmission } from '../../renderer/src/domain/submission/submission';
import { exportAs, openBundledCaseById, saveState, typeInPart } from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();
const REASONING = 'section[data-part="descriptive-reasoning"]';
const OPERATIVE = 'section[data-part="operative"]';
const PROTOCOLS = 'Протоколы осмотра места происшествия, явки с повинной, выемки';

/** The bundled criminal theft case: a guilty verdict, with excerpts of УК РК art. 188 among its legislation. */
async function openTheftCase(page: Page): Promise<void> {
  await openBundledCaseById(page, 'criminal-theft-guilty-kostanay', 'theft-guilty');
}

/** Whether the keyboard focus is in the act's text. */
function editorHasFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => Boolean(document.activeElement?.closest('.act-editor')));
}

describe('statute citations and evidence links', () => {
  it('turns a typed citation into one, shows its article, links evidence, keeps both through paste and reload, and exports them with the worksheet', async () => {
    const { page, context } = await app.launch();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(app.baseUrl).origin,
    });
    await openTheftCase(page);

    // Typed: the citation becomes one unit, with its parts read from the words.
    await typeInPart(page, 1, 'Действия подсудимого суд квалифицирует по п. 3 ч. 3 ст. 188 УК РК ');
    const citation = page.locator(`${REASONING} .citation`);
    await expect.poll(() => citation.count()).toBe(1);
    expect(await citation.innerText()).toBe('п. 3 ч. 3 ст. 188 УК РК');
    expect(await citation.getAttribute('data-article')).toBe('188');
    expect(await citation.getAttribute('data-part')).toBe('3');
    expect(await citation.getAttribute('data-paragraph')).toBe('3');

    // Backspace right after a conversion gives the typed text back.
    await page.keyboard.type('и ст. 226 ГПК ');
    await expect.poll(() => citation.count()).toBe(2);
    await page.keyboard.press('Backspace');
    await expect.poll(() => citation.count()).toBe(1);
    expect(await page.locator(REASONING).innerText()).toContain('и ст. 226 ГПК ');

    // Hovering shows the article's text from the case's excerpts.
    await citation.hover();
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.innerText()).toContain('с незаконным проникновением в жилое');
    expect(await tooltip.innerText()).toContain('ч. 3 ст. 188 УК РК');
    // The case has the text of the part cited, so the tooltip does not say it shows another part.
    expect(await tooltip.innerText()).not.toContain('нет текста части');
    await page.mouse.move(0, 0);
    await expect.poll(() => tooltip.count()).toBe(0);

    // Evidence: select a word, pick the material; focus comes back to the text.
    await page.keyboard.type('Вина подтверждается протоколом');
    await page.keyboard.press('Shift+Control+ArrowLeft');
    // ProseMirror learns of a keyboard selection from the asynchronous selectionchange event.
    await page.waitForTimeout(100);
    await page.getByRole('button', { name: 'Ссылка на доказательство (Ctrl+Shift+E)' }).click();
    const picker = page.getByRole('dialog', { name: 'Ссылка на материал дела' });
    await picker.getByRole('searchbox').fill('протокол');
    await picker.getByRole('button', { name: PROTOCOLS }).click();
    await expect.poll(() => picker.count()).toBe(0);
    const evidence = page.locator(`${REASONING} .evidence`);
    expect(await evidence.innerText()).toBe('протоколом');
    expect(await evidence.getAttribute('data-evidence')).toBe('protocols');
    expect(await evidence.getAttribute('title')).toBe(PROTOCOLS);
    expect(await editorHasFocus(page)).toBe(true);

    // The cursor is right after the link: what is typed next follows it, unlinked, and does not replace it.
    // The picker, from the keyboard: Ctrl+Shift+K, filter, ↓ into the list, Enter.
    await page.keyboard.type('. Руководствуясь ');
    await page.keyboard.press('Control+Shift+K');
    const citationPicker = page.getByRole('dialog', { name: 'Ссылка на норму' });
    await citationPicker.getByRole('searchbox').fill('397');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => citationPicker.count()).toBe(0);
    await expect.poll(() => citation.count()).toBe(2);
    expect(await citation.nth(1).innerText()).toBe('ст. 397 УПК РК');
    expect(await editorHasFocus(page)).toBe(true);
    await page.keyboard.type(', суд');
    expect(await page.locator(REASONING).innerText()).toContain(
      'протоколом. Руководствуясь ст. 397 УПК РК, суд',
    );

    // A plain click on the evidence opens the material in the reader.
    expect(await page.locator('#reader-panel').innerText()).not.toContain(
      'Протокол осмотра места происшествия',
    );
    await evidence.click();
    await expect
      .poll(() => page.locator('#reader-panel').innerText())
      .toContain('Протокол осмотра места происшествия');

    // Copy the first citation (a click selects it whole) and paste it into the operative part: still a citation.
    await citation.first().click();
    await page.keyboard.press('Control+c');
    await typeInPart(page, 2, 'Признать виновным по ');
    await page.keyboard.press('Control+v');
    const pasted = page.locator(`${OPERATIVE} .citation`);
    await expect.poll(() => pasted.count()).toBe(1);
    expect(await pasted.innerText()).toBe('п. 3 ч. 3 ст. 188 УК РК');
    expect(await pasted.getAttribute('data-part')).toBe('3');

    // A citation of an article the case has no excerpt of says so.
    await page.keyboard.type(' и ст. 10 ГК ');
    await expect.poll(() => pasted.count()).toBe(2);
    await pasted.nth(1).hover();
    await expect
      .poll(() => tooltip.innerText())
      .toBe('Этой статьи нет среди выдержек из законодательства по делу.');

    // Saved and reopened: all still there.
    await expect.poll(() => saveState(page), { timeout: 10_000 }).toBe('saved');
    await page.reload();
    await page.locator('.act-editor').waitFor();
    expect(await page.locator(`${REASONING} .citation`).allInnerTexts()).toEqual([
      'п. 3 ч. 3 ст. 188 УК РК',
      'ст. 397 УПК РК',
    ]);
    expect(await page.locator(`${REASONING} .evidence`).getAttribute('data-evidence')).toBe('protocols');
    expect(await page.locator(`${OPERATIVE} .citation`).allInnerTexts()).toEqual([
      'п. 3 ч. 3 ст. 188 УК РК',
      'ст. 10 ГК',
    ]);

    // The analysis beside the verdict, then the submission: it carries the citations, the evidence link and the
    // worksheet, and verifies.
    await page.getByRole('tab', { name: 'Рабочий лист' }).click();
    const worksheet = page.getByRole('form', { name: 'Рабочий лист решения дела' });
    await worksheet.getByRole('button', { name: 'Добавить факт' }).click();
    await page.keyboard.type('Проник в квартиру через балкон');
    await worksheet
      .getByRole('combobox', { name: 'Добавить доказательство…' })
      .selectOption({ label: PROTOCOLS });
    const file = await exportAs(page, page.getByRole('button', { name: 'Сдать работу…' }), 'Нурланова Асель');
    const check = await readSubmission(await readFile(await file.path()));
    if (!check.ok) throw new Error(`The exported file does not verify: ${check.reason} ${check.detail}`);
    const exported = JSON.stringify(check.submission.document);
    for (const article of ['"article":"188"', '"article":"397"', '"article":"10"']) {
      expect(exported).toContain(article);
    }
    expect(exported).toContain('"type":"evidence","attrs":{"material":"protocols"');
    expect(check.submission).toMatchObject({
      formatVersion: 3,
      case: { actType: 'criminal-verdict-guilty' },
      worksheet: { facts: [{ statement: 'Проник в квартиру через балкон', evidence: ['protocols'] }] },
    });
  });
});
