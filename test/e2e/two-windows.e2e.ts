import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openBundledCase, partText, saveState, typeInPart } from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();

async function typeAndSave(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  await typeInPart(page, 2, text);
  await expect.poll(() => saveState(page)).toBe('saved');
}

/** Window A opens the case and saves its first words; window B then opens the same case. */
async function twoWindowsOnOneCase(): Promise<{ windowA: Page; windowB: Page }> {
  const { context, page: windowA } = await app.launch();
  await openBundledCase(windowA);
  await typeAndSave(windowA, ' Текст окна А.');
  const windowB = await context.newPage();
  await windowB.goto(windowA.url());
  await windowB.locator('.act-editor').waitFor();
  return { windowA, windowB };
}

describe('two windows on one case', () => {
  it('keep both texts when a window closes with typing over a revision the other window has replaced', async () => {
    const { windowA, windowB } = await twoWindowsOnOneCase();
    await typeAndSave(windowB, ' Слова окна Б.');

    // Two keys in A, and A reloads before it saves them: they go to the rescue copy, typed over A's revision.
    await windowA.bringToFront();
    await typeInPart(windowA, 2, ' Ещё');
    await windowA.reload();
    await windowA.locator('.act-editor').waitFor();

    // A opens with B's saved words, and says where its own unsaved text went.
    expect(await partText(windowA, 'reasoning')).toContain('Слова окна Б.');
    const notice = windowA.getByRole('status').filter({ hasText: 'несохранённый текст помещён в историю' });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Открыть эту версию' }).click();
    const history = windowA.getByRole('dialog', { name: 'История версий' });
    // The history lists its versions once it has read them.
    await expect
      .poll(() =>
        history.getByRole('button', { pressed: true }).getByText('Не сохранено при закрытии окна').count(),
      )
      .toBe(1);
    const preview = history.locator('.revision-preview');
    await expect.poll(() => preview.innerText()).toContain('Текст окна А. Ещё');
    expect(await preview.innerText()).not.toContain('Слова окна Б.');

    // Nothing overwrote B's save: the draft still holds B's words.
    await windowB.bringToFront();
    await windowB.reload();
    await windowB.locator('.act-editor').waitFor();
    expect(await partText(windowB, 'reasoning')).toContain('Слова окна Б.');
  });

  it('keep the text of a window stopped by a conflict when the other window reloads after it closed', async () => {
    const { windowA, windowB } = await twoWindowsOnOneCase();
    await typeAndSave(windowA, ' Ещё А.');

    // B, a revision behind, is stopped by the conflict and closed anyway: its text goes to its rescue copy.
    await windowB.bringToFront();
    await typeInPart(windowB, 2, ' Слова окна Б.');
    await expect.poll(() => saveState(windowB)).toBe('stopped');
    windowB.on('dialog', (dialog) => void dialog.accept()); // «close anyway»
    await windowB.close({ runBeforeUnload: true });

    // A reloads right after a keystroke: its own copy must not replace B's.
    await windowA.bringToFront();
    await typeInPart(windowA, 2, ' Последнее А.');
    await windowA.reload();
    await windowA.locator('.act-editor').waitFor();

    expect(await partText(windowA, 'reasoning')).toContain('Текст окна А. Ещё А. Последнее А.');
    const notice = windowA.getByRole('status').filter({ hasText: 'несохранённый текст помещён в историю' });
    await notice.getByRole('button', { name: 'Открыть эту версию' }).click();
    const preview = windowA.getByRole('dialog', { name: 'История версий' }).locator('.revision-preview');
    await expect.poll(() => preview.innerText()).toContain('Слова окна Б.');
  });
});
