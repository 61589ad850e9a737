import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './helpers/accessibility';
import { openBundledCaseById, saveState } from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();

/** The Kostanay theft: a guilty verdict, whose introductory part names an interpreter only where one took part. */
const VERDICT_CASE = { packId: 'criminal-theft-guilty-kostanay', caseId: 'theft-guilty' };

const introductory = (page: Page) => page.locator('[data-completeness="introductory"]');
const interpreterRow = (page: Page) => introductory(page).locator('[data-requisite="interpreter"]');
const notApplicableBox = (page: Page) =>
  introductory(page).getByRole('checkbox', { name: 'неприменимо к этому делу: Переводчик' });

/** The introductory part's count, "найдено F из T", once its checklist is open. */
async function openIntroductoryCount(page: Page): Promise<string> {
  const toggle = introductory(page).locator('.completeness__toggle');
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
  return toggle.innerText();
}

/** The requisites the hand-in question lists as missing from the introductory part. */
async function missingAtHandIn(page: Page): Promise<(string | null)[]> {
  await page.getByRole('button', { name: 'Сдать работу…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Акт, возможно, неполон' });
  await dialog.waitFor();
  const items = dialog.locator('[data-part="introductory"] [data-requisite]');
  const ids = await items.evaluateAll((buttons) =>
    buttons.map((button) => button.getAttribute('data-requisite')),
  );
  await dialog.getByRole('button', { name: 'Вернуться и дополнить' }).click();
  return ids;
}

// axe-core takes seconds on a loaded machine.
describe('a requisite the law asks for only in some cases', { timeout: 90_000 }, () => {
  it('is "where applicable", not a gap; marked not applicable from the keyboard, it stays so after a reload', async () => {
    const { page } = await app.launch();
    await openBundledCaseById(page, VERDICT_CASE.packId, VERDICT_CASE.caseId);

    // Neutral, with its state in words, and left out of the part's count and of what hand-in calls missing.
    const count = await openIntroductoryCount(page);
    // The checklist is on screen once its count is: its rows, and those asked for only where applicable.
    const rows = await introductory(page).locator('[data-requisite]').count();
    const conditional = await introductory(page).locator('[data-state="where-applicable"]').count();
    expect(conditional).toBeGreaterThan(0);
    const required = rows - conditional;
    expect(count).toContain(`найдено 0 из ${required}`);
    const row = interpreterRow(page);
    expect(await row.getAttribute('data-state')).toBe('where-applicable');
    expect(await row.innerText()).toContain('Если применимо');
    expect(await row.innerText()).toContain('Переводчик');
    expect(await row.innerText()).not.toContain('✗');
    const missing = await missingAtHandIn(page);
    expect(missing).toContain('court');
    expect(missing).not.toContain('interpreter');

    // Marked not applicable to this case, with Space on its checkbox.
    const box = notApplicableBox(page);
    expect(await box.isChecked()).toBe(false);
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => row.getAttribute('data-state')).toBe('not-applicable');
    expect(await row.innerText()).toContain('Неприменимо к этому делу');
    expect(await box.isChecked()).toBe(true);
    // Focus stays on the checkbox, so the trainee can take the mark back at once.
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectAccessible(page, 'a checklist with a requisite marked not applicable');

    // Saved with the draft: after a reload the mark is there and still not counted as a gap.
    await expect.poll(() => saveState(page)).toBe('saved');
    await page.reload();
    await page.locator('.act-editor').waitFor();
    expect(await openIntroductoryCount(page)).toContain(`из ${required}`);
    await expect.poll(() => interpreterRow(page).getAttribute('data-state')).toBe('not-applicable');
    expect(await notApplicableBox(page).isChecked()).toBe(true);
    expect(await missingAtHandIn(page)).not.toContain('interpreter');

    // Taken back, it is "where applicable" again.
    await notApplicableBox(page).click();
    await expect.poll(() => interpreterRow(page).getAttribute('data-state')).toBe('where-applicable');
    expect(await notApplicableBox(page).isChecked()).toBe(false);
  });
});
