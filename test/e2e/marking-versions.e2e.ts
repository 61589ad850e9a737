import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  encodeSubmission,
  sealSubmission,
  type Submission,
} from '../../renderer/src/domain/submission/submission';
import { expectAccessible } from './helpers/accessibility';
import { BUNDLED_CASE, exportAs, openBundledCase, typeInPart } from './helpers/app';
import { appLauncher } from './helpers/browser';
import { hasFocus } from './helpers/review';

const app = appLauncher();

const NAME = 'Жанибекова Айгерим Саматовна';
const REASONING = 'Суд считает требования истца обоснованными.';

/** One participant's two versions of the bundled case: the app's own export, and a later one sealed from it. */
async function twoVersions(page: Page) {
  await openBundledCase(page);
  await typeInPart(page, 2, ` ${REASONING}`);
  const download = await exportAs(page, page.getByRole('button', { name: 'Сдать работу…' }), NAME);
  const exported = new Uint8Array(await readFile(await download.path()));
  const { digest: _digest, ...content } = JSON.parse(new TextDecoder().decode(exported)) as Submission;
  const later = await sealSubmission({ ...content, exportedAt: '2099-01-01T08:00:00.000Z' });
  return [exported, encodeSubmission(later)].map((bytes, index) => ({
    name: `version-${index + 1}.cdsub`,
    mimeType: 'application/json',
    buffer: Buffer.from(bytes),
  }));
}

async function startReview(page: Page, files: Awaited<ReturnType<typeof twoVersions>>) {
  await page.goto(`${app.baseUrl}#/reviews`);
  await page.getByLabel('Пакет дел').selectOption(BUNDLED_CASE.packId);
  await page.getByLabel('Дело', { exact: true }).selectOption(BUNDLED_CASE.caseId);
  await page.getByRole('button', { name: 'Начать проверку' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Выбрать файлы…' }).click();
  await (await chooser).setFiles(files);
  await expect.poll(() => page.locator('.queue__participant').count()).toBe(1);
}

describe('a participant’s versions on the marking screen', () => {
  it('marks the latest, with a bank comment on a passage by keyboard, and opens the earlier one to be read', async () => {
    const { page } = await app.launch();
    await startReview(page, await twoVersions(page));
    await page.locator('.queue__participant a').click();
    const act = page.getByRole('textbox', { name: /^Сданный акт/ });
    await act.waitFor();
    const versions = page.getByRole('navigation', { name: 'Версии этой работы' });
    await expect.poll(() => versions.locator('[aria-current]').innerText()).toBe('Версия 2 из 2 (последняя)');

    // A comment on a passage made of a bank comment, with the keyboard alone.
    await act.locator('p', { hasText: REASONING }).click();
    await page.keyboard.press('End');
    for (let step = 0; step < 12; step += 1) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+Alt+m');
    const form = page.getByRole('form', { name: 'Комментарий к отрывку' });
    await form.waitFor();
    await page.keyboard.press('Control+Shift+B');
    const bank = page.getByRole('dialog');
    await bank.getByRole('combobox').fill('Мотивы не раскрыты.');
    await bank.getByRole('button', { name: 'Сохранить набранное как новый комментарий и вставить' }).click();
    await bank.waitFor({ state: 'detached' });
    await expect.poll(() => form.innerText()).toContain('Мотивы не раскрыты.');
    await page.keyboard.press('Control+Enter');
    const margin = page.getByRole('complementary', { name: 'Комментарии к отрывкам' });
    await expect.poll(() => margin.innerText()).toContain('Мотивы не раскрыты.');
    await expect.poll(() => page.getByText('Оценки сохранены').count()).toBe(1);

    // Back in the queue, the work just marked is where the trainer goes on from: its row focused.
    await page.getByRole('link', { name: 'К списку работ' }).click();
    await expect.poll(() => hasFocus(page.locator('.queue__participant a'))).toBe(true);

    // The earlier version, from the queue's versions column: read, never marked.
    await page.getByRole('link', { name: 'Версий: 2. Открыть более раннюю' }).click();
    await expect.poll(() => versions.locator('[aria-current]').innerText()).toBe('Версия 1 из 2');
    await page.getByText('Это более ранняя версия').waitFor();
    expect(await margin.innerText()).not.toContain('Мотивы не раскрыты.');
    expect(
      await page.getByRole('button', { name: 'Комментировать выделенное (Ctrl+Alt+M)' }).isDisabled(),
    ).toBe(true);
    expect(await page.locator('.rubric-score__input').first().isDisabled()).toBe(true);
    // Nothing is marked here: no word about saving, no proposal to accept.
    expect(await page.getByText('Оценки сохранены').count()).toBe(0);
    await expect.poll(() => page.locator('.rubric-proposal').count()).toBeGreaterThan(0);
    expect(await page.locator('.rubric-proposal').first().isVisible()).toBe(false);
    await act.locator('p', { hasText: REASONING }).click();
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+Alt+m');
    expect(await page.getByRole('form', { name: 'Комментарий к отрывку' }).count()).toBe(0);
    await expectAccessible(page, 'an earlier version on the marking screen');

    // Back to the latest, whose comment is there.
    await versions.getByRole('link', { name: /^Открыть версию 2, последнюю/ }).click();
    await expect.poll(() => versions.locator('[aria-current]').innerText()).toBe('Версия 2 из 2 (последняя)');
    await expect.poll(() => margin.innerText()).toContain('Мотивы не раскрыты.');
  });
});
