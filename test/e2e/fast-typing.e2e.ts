import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openBundledCase, saveState } from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();

/**
 * Both races below depend on timing, so each test repeats its sequence many times at machine speed (no delay
 * between keys): without its fix, each test failed in every run we tried.
 */
const TYPING_ROUNDS = 25;
const CLICK_ROUNDS = 16;

/** The text of every paragraph of the act, part by part: where each typed character ended up. */
async function actParagraphs(page: Page): Promise<Record<string, string[]>> {
  return page
    .locator('.act-editor section[data-part]')
    .evaluateAll((parts) =>
      Object.fromEntries(
        parts.map((part) => [
          part.getAttribute('data-part') ?? '',
          [...part.querySelectorAll('p')].map((paragraph) => paragraph.textContent ?? ''),
        ]),
      ),
    );
}

async function saveAndReopen(page: Page): Promise<void> {
  await expect.poll(() => saveState(page), { timeout: 10_000 }).toBe('saved');
  await page.reload();
  await page.locator('.act-editor').waitFor();
}

describe('typing fast', () => {
  it('keeps every character where it was typed across Enter, on screen and once saved', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    const untouched = await actParagraphs(page);
    await page.locator('.outline__item').nth(1).click();
    await page.keyboard.press('End');

    // Digits at the start of new paragraphs, typed the moment Enter has made them: the issue's «15 марта 2026 года».
    const typed: string[] = [];
    for (let round = 0; round < TYPING_ROUNDS; round++) {
      for (const line of [
        `Истец обратился в суд ${round}.`,
        `15 марта 2026 года стороны заключили договор займа № ${round}.`,
        `2 апреля 2026 года ответчик получил 1 000 000 тенге.`,
      ]) {
        await page.keyboard.type(line);
        await page.keyboard.press('Enter');
        typed.push(line);
      }
    }

    const expected = { ...untouched, descriptive: [...typed, ''] };
    expect(await actParagraphs(page)).toEqual(expected);
    await saveAndReopen(page);
    expect(await actParagraphs(page)).toEqual(expected);
  }, 180_000);

  it('puts the paragraph of a click, End and Enter pressed within milliseconds after the clicked line', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    await page.locator('.outline__item').nth(1).click();
    await page.keyboard.press('End');
    await page.keyboard.type('Первый абзац описания.\nВторой абзац описания.\nТретий абзац описания.');
    // Reopened, the editor has never held a cursor: a stale selection would be at the start of the act.
    await saveAndReopen(page);

    const paragraphs = page.locator('section[data-part="descriptive"] p');
    const expected = await actParagraphs(page);
    for (let round = 0; round < CLICK_ROUNDS; round++) {
      const descriptive = expected.descriptive ?? [];
      const target = (round * 2) % descriptive.length;
      // At the start of the line, so that End has somewhere to go.
      await paragraphs.nth(target).click({ position: { x: 2, y: 4 } });
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(`Вставка ${round}.`);
      descriptive.splice(target + 1, 0, `Вставка ${round}.`);
      expect(await actParagraphs(page)).toEqual(expected);
    }
    await saveAndReopen(page);
    expect(await actParagraphs(page)).toEqual(expected);
  }, 180_000);
});
