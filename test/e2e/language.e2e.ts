import { afterEach, describe, expect, inject, it } from 'vitest';
import { launchApp, newProfile, removeProfile, type RunningBrowser } from './helpers/browser';

const baseUrl = inject('baseUrl');

let running: RunningBrowser | undefined;
afterEach(async () => {
  await running?.context.close().catch(() => undefined);
  if (running) await removeProfile(running.profile);
  running = undefined;
});

describe('the interface language', () => {
  it('follows the system locale, can be switched in settings, and is remembered', async () => {
    running = await launchApp(baseUrl, await newProfile(), 'kk-KZ');
    const { page } = running;
    await expect.poll(() => page.locator('h1').innerText()).toBe('Істер кітапханасы');
    await page.getByRole('link', { name: 'Баптаулар' }).click();
    await page.getByRole('combobox').selectOption('en');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Settings');
    await page.reload();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Settings');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
