import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './helpers/accessibility';
import { openBundledCase } from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();

/** The row of a requisite in a part's checklist: the requisite itself and «§», the text of its article. */
function checklistRow(page: Page, partId: string, requisiteId: string) {
  return page.locator(`[data-completeness="${partId}"] li`, {
    has: page.locator(`[data-requisite="${requisiteId}"]`),
  });
}

/** The accessible name of the element holding the focus. */
function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

describe('the article beside the rule', () => {
  it('opens the text of the article a requisite and a part come from, with its source, and closes on Escape', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);

    // The introduction's checklist is open (the cursor is there): the court comes from ГПК 226 ч.3.
    const court = checklistRow(page, 'introductory', 'court');
    const name = 'Текст статьи: ГПК РК, ст. 226, ч. 3';
    const toggle = court.getByRole('button', { name });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');

    // The trainee reads the part cited, word for word, and where the text comes from.
    const panel = page.getByRole('region', { name });
    const text = await panel.innerText();
    expect(text).toContain('ГПК РК, ст. 226. Содержание решения');
    expect(text).toContain(
      '3. Во вводной части решения указываются: дата и место вынесения решения; наименование суда, вынесшего решение;',
    );
    // Only the part cited: not the descriptive part's rule.
    expect(text).not.toContain('4. В описательной части решения');
    expect(text).toContain('K1500000377');
    expect(text).toContain('zloo00/LegalRAG');
    expect(text).toContain('с изменениями по состоянию на 9 января 2026');
    expect(text).toMatch(/Сверено с источником\s*7 декабря 2026/);
    expect(text).toMatch(/Ссылка на норму\s*подтверждена/);
    expect(text).toMatch(/Текст на казахском\s*пока не добавлен/);
    await expectAccessible(page, 'an article text open beside the checklist');

    // Escape from inside the text closes it and gives the focus back to its button.
    await panel.focus();
    await page.keyboard.press('Escape');
    expect(await panel.count()).toBe(0);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedName(page)).toBe(name);

    // A click elsewhere closes it too.
    await toggle.click();
    await panel.waitFor();
    await page.locator('.act-editor').click({ position: { x: 5, y: 5 } });
    expect(await panel.count()).toBe(0);

    // A part shows its own article, here both parts the operative part follows, opened from the keyboard.
    const operative = page.getByRole('button', { name: 'Текст статьи: ГПК РК, ст. 226, ч. 6–7' });
    expect(await operative.innerText()).toContain('ГПК РК, ст. 226, ч. 6–7');
    await operative.focus();
    await page.keyboard.press('Enter');
    const operativeText = await page
      .getByRole('region', { name: 'Текст статьи: ГПК РК, ст. 226, ч. 6–7' })
      .innerText();
    expect(operativeText).toContain('6. Резолютивная часть решения должна содержать вывод суда');
    expect(operativeText).toContain(
      '7. В случае, когда суд устанавливает определенный порядок и срок исполнения',
    );
    expect(operativeText).not.toContain('3. Во вводной части решения');
    await page.keyboard.press('Escape');
    expect(await operative.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedName(page)).toBe('Текст статьи: ГПК РК, ст. 226, ч. 6–7');
  });
});
