import { describe, expect, it } from 'vitest';
import { openBundledCase, partText, typeInPart } from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();

describe('the spellcheck toggle', () => {
  it('underlines a misspelt Russian word while on, offers its correction, and nothing leaves the app', async () => {
    const { page, context } = await app.launch();
    const origin = new URL(app.baseUrl).origin;
    const foreign: string[] = [];
    const dictionaries: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (url.includes('/dictionaries/')) dictionaries.push(new URL(url).pathname);
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
    });
    await openBundledCase(page);
    // The browser's own spellchecker is off: ours replaces it.
    expect(await page.locator('.act-editor').getAttribute('spellcheck')).toBe('false');
    const toggle = page.getByRole('button', { name: 'Проверка орфографии' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await typeInPart(page, 2, ' Суд превет');
    const misspelt = page.locator('.spelling-error', { hasText: /^превет$/ });
    await misspelt.waitFor();
    expect(await page.locator('.spelling-error', { hasText: /^Суд$/ }).count()).toBe(0);

    await misspelt.click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'привет' }).click();
    expect(await partText(page, 'reasoning')).toContain('Суд привет');
    expect(await misspelt.count()).toBe(0);

    await page.keyboard.type(' атветчик');
    const second = page.locator('.spelling-error', { hasText: /^атветчик$/ });
    await second.waitFor();
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => page.locator('.spelling-error').count()).toBe(0);

    expect(dictionaries).toEqual(
      expect.arrayContaining(['/dictionaries/ru/ru.aff', '/dictionaries/ru/ru.dic']),
    );
    expect(foreign).toEqual([]);
  });

  it('remembers the switch, and a word added to my dictionary stays accepted', async () => {
    const running = await app.launch();
    const { page } = running;
    await openBundledCase(page);
    await page.getByRole('button', { name: 'Проверка орфографии' }).click();
    await typeInPart(page, 2, ' Карагандинского облсуда');
    const misspelt = page.locator('.spelling-error', { hasText: /^облсуда$/ });
    await misspelt.click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Добавить в мой словарь' }).click();
    expect(await misspelt.count()).toBe(0);

    await page.reload();
    await page.locator('.act-editor').waitFor();
    const toggle = page.getByRole('button', { name: 'Проверка орфографии' });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await typeInPart(page, 2, ' облсуда превет');
    await page.locator('.spelling-error', { hasText: /^превет$/ }).waitFor();
    expect(await page.locator('.spelling-error', { hasText: /^облсуда$/ }).count()).toBe(0);
  });
});
