import { describe, expect, it } from 'vitest';
import { countRecords, waitForBundledPacks } from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();

describe('the library', () => {
  it('groups every bundled case by branch, and finds cases by search and filters that survive opening a case', async () => {
    const { page } = await app.launch();
    await waitForBundledPacks(page);
    const total = await countRecords(page, 'cases');
    const links = page.locator('.case-list__link');
    // Cases and packs are separate live queries: the list may catch up a moment after the last pack shows.
    await expect.poll(() => links.count()).toBe(total);
    const groups = (await page.getByRole('heading', { level: 3 }).allInnerTexts()).map(
      (heading) => heading.split('\n')[0],
    );
    expect(groups).toEqual(expect.arrayContaining(['Гражданское дело', 'Уголовное дело', 'Семейное дело']));

    await page.getByLabel('Поиск', { exact: true }).fill('КАРАГАНД');
    await expect.poll(() => links.count()).toBe(1);
    await page.getByLabel('Язык дела').selectOption({ label: 'Казахский' });
    await expect.poll(() => links.count()).toBe(0);
    await expect.poll(() => page.getByText('Нет дел, отвечающих поиску и фильтрам').count()).toBe(1);

    await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
    await expect.poll(() => links.count()).toBe(total);
    await page.getByLabel('Язык дела').selectOption({ label: 'Казахский' });
    await expect.poll(() => links.count()).toBe(2);
    expect(await links.allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/ҚР|қ|ү|ә|і/)]),
    );

    await links.first().click();
    await page.locator('.act-editor').waitFor();
    await page.goBack();
    await expect.poll(() => links.count()).toBe(2);
    expect(await page.getByLabel('Язык дела').inputValue()).toBe('kk');
  });
});
