import { describe, expect, it } from 'vitest';
import { appLauncher } from './helpers/browser';

const app = appLauncher();

describe('the interface language', () => {
  it('follows the system locale, can be switched in settings, and is remembered', async () => {
    const { page } = await app.launch({ locale: 'kk-KZ' });
    await expect.poll(() => page.locator('h1').innerText()).toBe('Істер кітапханасы');
    await page.getByRole('link', { name: 'Баптаулар' }).click();
    await page.getByRole('combobox').selectOption('en');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Settings');
    await page.reload();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Settings');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
