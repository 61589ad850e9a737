import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { countRecords } from './helpers/app';
import { launchApp, newProfile, removeProfile, type RunningBrowser } from './helpers/browser';

const baseUrl = inject('baseUrl');
const fixture = (name: string) => new URL(`../fixtures/packs/${name}`, import.meta.url).pathname;

let running: RunningBrowser | undefined;
afterEach(async () => {
  await running?.context.close().catch(() => undefined);
  if (running) await removeProfile(running.profile);
  running = undefined;
});

async function library(page: RunningBrowser['page']) {
  await page.locator('.pack-card').first().waitFor();
  return {
    titles: await page.locator('.pack-card h2').allInnerTexts(),
    packs: await countRecords(page, 'packs'),
    cases: await countRecords(page, 'cases'),
  };
}

describe('importing a case pack', () => {
  it('refuses a broken pack with a message naming the field, and leaves the library as it was', async () => {
    running = await launchApp(baseUrl, await newProfile());
    const { page } = running;
    const before = await library(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Импортировать пакет дел…' }).click();
    await (await chooser).setFiles(fixture('missing-case-title.json'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('cases[0].title');
    expect(await alert.innerText()).toContain('missing-case-title.json');
    expect(await library(page)).toEqual(before);
  });

  it('refuses a file that is not JSON at all', async () => {
    running = await launchApp(baseUrl, await newProfile());
    const { page } = running;
    const before = await library(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Импортировать пакет дел…' }).click();
    await (await chooser).setFiles(fixture('not-json.json'));
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('JSON');
    expect(await library(page)).toEqual(before);
  });

  it('imports a good pack dropped on the window', async () => {
    running = await launchApp(baseUrl, await newProfile());
    const { page } = running;
    const before = await library(page);
    const text = await readFile(fixture('valid-small.json'), 'utf8');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'valid-small.json', { type: 'application/json' }));
      document
        .querySelector('.library')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
    }, text);
    await expect
      .poll(() => page.locator('.pack-card h2').allInnerTexts())
      .toContain('Учебный пакет для проверки импорта');
    expect(await countRecords(page, 'packs')).toBe(before.packs + 1);
    expect(await countRecords(page, 'cases')).toBe(before.cases + 1);
  });
});
