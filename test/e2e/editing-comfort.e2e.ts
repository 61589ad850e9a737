import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openBundledCase, partText, typeInPart } from './helpers/app';
import { expectAccessible } from './helpers/accessibility';
import { appLauncher } from './helpers/browser';

const app = appLauncher();
const REASONING = 2;

async function openEditor(): Promise<Page> {
  const { page } = await app.launch();
  await openBundledCase(page);
  return page;
}

/**
 * The text of an element as the browser renders it, CSS-generated text (a counter's «1.») included: read from
 * Chromium's accessibility tree, which holds what is drawn, where innerText leaves pseudo-elements out.
 */
async function renderedText(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((axNode) => [axNode.nodeId, axNode]));
  const element = nodes.find((axNode) => axNode.backendDOMNodeId === node.backendNodeId);
  const text = (id: string): string => {
    const axNode = byId.get(id);
    if (!axNode) return '';
    if (axNode.role?.value === 'StaticText') return String(axNode.name?.value ?? '');
    return (axNode.childIds ?? []).map(text).join('');
  };
  await cdp.detach();
  return element ? text(element.nodeId) : '';
}

describe('editing comfort in a real browser', () => {
  it('finds with Ctrl+F, counts the matches, replaces them all and takes that back with one Ctrl+Z', async () => {
    const page = await openEditor();
    await typeInPart(page, REASONING, 'Заёмщик вернул часть долга. Заемщик просил отсрочку.');
    await page.keyboard.press('Control+f');
    const findField = page.getByRole('searchbox', { name: 'Найти в акте' });
    await expect.poll(() => findField.evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.type('заемщик');
    const status = page.getByTestId('find-status');
    await expect.poll(() => status.innerText()).toBe('1 из 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.innerText()).toBe('2 из 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.innerText()).toBe('1 из 2');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => status.innerText()).toBe('2 из 2');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => status.innerText()).toBe('1 из 2');
    expect(await page.locator('.act-editor .find-match--current').innerText()).toBe('Заёмщик');

    await findField.fill('нет такого слова');
    await expect.poll(() => status.innerText()).toBe('Совпадений нет');
    await findField.fill('заемщик');

    await page.keyboard.press('Control+h');
    await page.getByRole('textbox', { name: 'Заменить на' }).fill('Должник');
    await page.getByRole('button', { name: 'Заменить все' }).click();
    await expect
      .poll(() => partText(page, 'reasoning'))
      .toContain('Должник вернул часть долга. Должник просил');
    expect(await partText(page, 'descriptive')).not.toContain('Должник');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.find-bar').count()).toBe(0);
    expect(
      await page.locator('.act-editor').evaluate((editor) => editor.contains(document.activeElement)),
    ).toBe(true);
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => partText(page, 'reasoning'))
      .toContain('Заёмщик вернул часть долга. Заемщик просил отсрочку.');
  });

  it('inserts a 2×2 table from the toolbar and moves between its cells with Tab', async () => {
    const page = await openEditor();
    await typeInPart(page, REASONING, 'Расчёт взыскиваемой суммы:');
    await page.getByRole('button', { name: 'Вставить таблицу' }).click();
    await page.getByRole('spinbutton', { name: 'Строк' }).fill('2');
    await page.getByRole('spinbutton', { name: 'Столбцов' }).fill('2');
    await page.getByRole('button', { name: 'Вставить', exact: true }).click();
    await page.keyboard.type('Долг');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Сумма, тенге');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Основной долг');
    await page.keyboard.press('Tab');
    await page.keyboard.type('500 000');

    const table = page.locator('section[data-part="reasoning"] table');
    expect(await table.locator('th').allInnerTexts()).toEqual(['Долг', 'Сумма, тенге']);
    expect(await table.locator('td').allInnerTexts()).toEqual(['Основной долг', '500 000']);
    // In a table the toolbar's table button opens the row and column actions.
    await page.getByRole('button', { name: 'Таблица', exact: true }).click();
    await expectAccessible(page, 'the act with a table and its actions open');
    await page.getByRole('button', { name: 'Добавить строку ниже' }).click();
    expect(await table.locator('tr').count()).toBe(3);
    expect(await partText(page, 'reasoning')).toContain('Расчёт взыскиваемой суммы:');
    // axe-core (expectAccessible) takes seconds on a loaded machine.
  }, 120_000);

  it('numbers the reasoning paragraphs when asked, and stops when asked again', async () => {
    const page = await openEditor();
    await typeInPart(page, REASONING, 'Суд установил следующее.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Иск подлежит удовлетворению.');
    const toggle = page.getByRole('button', { name: 'Нумеровать абзацы мотивировочной части' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const first = 'section[data-part="reasoning"] > p:nth-of-type(1)';
    const second = 'section[data-part="reasoning"] > p:nth-of-type(2)';
    await expect.poll(() => renderedText(page, first)).toBe('1.\u00a0Суд установил следующее.');
    expect(await renderedText(page, second)).toBe('2.\u00a0Иск подлежит удовлетворению.');
    expect(await renderedText(page, 'section[data-part="operative"] > p')).not.toMatch(/^1\./);

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => renderedText(page, first)).toBe('Суд установил следующее.');
  });

  it('lists the keyboard shortcuts on F1', async () => {
    const page = await openEditor();
    await typeInPart(page, REASONING, 'Текст');
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog', { name: 'Сочетания клавиш' });
    await dialog.waitFor();
    const boldRow = dialog.getByRole('row', { name: /Полужирный/ });
    expect(await boldRow.locator('kbd').allInnerTexts()).toEqual(['Ctrl+B']);
    expect(await dialog.getByRole('row').count()).toBeGreaterThan(15);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });
});
