import { describe, expect, it } from 'vitest';
import { openBundledCase, partText, saveState, typeInPart } from './helpers/app';
import { appLauncher } from './helpers/browser';
import { failDraftWrites, slowDraftWrites } from './helpers/disk';

const app = appLauncher();

describe('leaving a case', () => {
  it('keeps every word when the trainee leaves while a slow save is still writing', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    await typeInPart(page, 1, ' Первое.');
    await expect.poll(() => saveState(page)).toBe('saved');
    await slowDraftWrites(page, 300);
    await page.keyboard.type(' Второе.');
    await expect.poll(() => saveState(page), { interval: 10 }).toBe('saving');
    await page.keyboard.type(' Третье.');
    await page.evaluate(() => history.back()); // the browser's Back button, while the save is writing

    await page.locator('.pack-card').first().waitFor();
    await page.waitForTimeout(1500);
    await openBundledCase(page);
    expect(await partText(page, 'descriptive')).toContain('Первое. Второе. Третье.');
  });

  it('asks before leaving while saving fails, and stays with the text when the trainee says no', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    await failDraftWrites(page);
    await typeInPart(page, 2, 'Текст, который не удалось сохранить.');
    await expect.poll(() => saveState(page)).toBe('failed');

    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Библиотека' }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain('будет потерян');
    expect(page.url()).toContain('#/case/');
    expect(await partText(page, 'reasoning')).toContain('Текст, который не удалось сохранить.');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('link', { name: 'Библиотека' }).click();
    await page.locator('.pack-card').first().waitFor();
  });

  it('keeps the text when the save made on leaving is the first to fail', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    await typeInPart(page, 2, 'Сохранённое.');
    await expect.poll(() => saveState(page)).toBe('saved');
    const restoreWrites = await failDraftWrites(page); // the disk fills up unnoticed: no save has failed yet
    page.on('dialog', (dialog) => void dialog.accept()); // asked only if the autosave failed before the leaving
    await page.keyboard.type(' Последние слова.');
    // The browser's Back button, before the autosave and with the editor still focused (leaving it would save):
    // the save made on leaving is the first to fail.
    await page.evaluate(() => history.back());

    await page.locator('.pack-card').first().waitFor();
    await restoreWrites();
    await openBundledCase(page);
    expect(await partText(page, 'reasoning')).toContain('Сохранённое. Последние слова.');
    await expect.poll(() => saveState(page)).toBe('saved');
  });

  it('keeps the words typed during a save that lands as the trainee leaves, when the next save fails', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    await typeInPart(page, 2, 'Первое.');
    await expect.poll(() => saveState(page)).toBe('saved');
    await slowDraftWrites(page, 1500);
    await page.keyboard.type(' Второе.');
    await expect.poll(() => saveState(page), { interval: 10 }).toBe('saving');
    await page.keyboard.type(' Третье.'); // newer than the save that is writing
    const restoreWrites = await failDraftWrites(page); // the save writing lands; the next one will fail
    await page.evaluate(() => history.back());

    // Opened while saving still fails: the words typed during the landed save come back from the rescue copy.
    await page.locator('.pack-card').first().waitFor();
    await openBundledCase(page);
    expect(await partText(page, 'reasoning')).toContain('Первое. Второе. Третье.');
    await restoreWrites(); // still slow: the retry waits a second, then writes for 1.5 s
    await expect.poll(() => saveState(page), { timeout: 15_000 }).toBe('saved');
  });

  it('never puts a closed window’s text back over the work another window saved, and keeps it in the history', async () => {
    const { page, context } = await app.launch();
    const other = await context.newPage();
    await other.goto(app.baseUrl);
    await openBundledCase(page);
    await openBundledCase(other);
    await typeInPart(page, 2, 'Текст окна А.');
    await expect.poll(() => saveState(page)).toBe('saved');
    await typeInPart(other, 2, 'Текст окна Б.');
    await expect.poll(() => saveState(other)).toBe('stopped');

    other.on('dialog', (dialog) => void dialog.accept()); // «close anyway»
    await other.close({ runBeforeUnload: true });
    await page.reload();
    await page.locator('.act-editor').waitFor();
    expect(await partText(page, 'reasoning')).toContain('Текст окна А.');
    expect(await partText(page, 'reasoning')).not.toContain('Текст окна Б.');
    // Window Б's text was typed over an older revision: it is a version in the history, and the trainee is told.
    const notice = page.getByRole('status').filter({ hasText: 'несохранённый текст помещён в историю' });
    await notice.getByRole('button', { name: 'Открыть эту версию' }).click();
    const preview = page.getByRole('dialog', { name: 'История версий' }).locator('.revision-preview');
    await expect.poll(() => preview.innerText()).toContain('Текст окна Б.');
  });

  it('keeps the last words typed right before a reload', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    await typeInPart(page, 3, 'Иск удовлетворить частично');
    await page.reload(); // at once: the autosave has not started yet
    await page.locator('.act-editor').waitFor();
    expect(await partText(page, 'operative')).toContain('Иск удовлетворить частично');
    await expect.poll(() => saveState(page)).toBe('saved');

    // The words put back are saved, and their rescue copy with them: later typing is never taken for a conflict.
    await typeInPart(page, 3, ', в остальной части отказать');
    await expect.poll(() => saveState(page)).toBe('saved');
    await page.reload();
    await page.locator('.act-editor').waitFor();
    expect(await partText(page, 'operative')).toContain(
      'Иск удовлетворить частично, в остальной части отказать',
    );
    expect(await page.locator('.notice').count()).toBe(0);
  });
});
