import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readSubmission } from '../../renderer/src/domain/submission/submission';
import { exportAs, openBundledCase, partText, saveState, typeInPart } from './helpers/app';
import { appLauncher } from './helpers/browser';
import { diskFullFromTheStart, failDraftWrites, fillDisk } from './helpers/disk';

const app = appLauncher();

describe('when the disk is full', () => {
  it('says so, keeps the text, lets the trainee save a copy, and saves it once writing works again', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    await typeInPart(page, 1, 'Первый абзац сохранён.');
    await expect.poll(() => saveState(page)).toBe('saved');

    const restoreWrites = await failDraftWrites(page);
    await typeInPart(page, 2, 'Текст, набранный при полном диске.');
    const indicator = page.locator('[data-save-state]');
    await expect.poll(() => saveState(page)).toBe('failed');
    expect(await indicator.innerText()).toContain('на диске закончилось место');
    expect(await partText(page, 'reasoning')).toContain('Текст, набранный при полном диске.');

    const copy = await exportAs(
      page,
      indicator.getByRole('button', { name: 'Сохранить копию в файл…' }),
      'Иванов Иван',
    );
    const check = await readSubmission(await readFile(await copy.path()));
    expect(check.ok && JSON.stringify(check.submission.document)).toContain(
      'Текст, набранный при полном диске.',
    );

    await restoreWrites();
    await expect.poll(() => saveState(page), { timeout: 15_000 }).toBe('saved');
    await page.reload();
    await page.locator('.act-editor').waitFor();
    expect(await partText(page, 'reasoning')).toContain('Текст, набранный при полном диске.');
    // A copy is not a submission: the case is still in progress.
    await page.goto(app.baseUrl);
    await expect.poll(() => page.locator('.case-list__item .status').first().innerText()).toBe('В процессе');
  });

  it('writes the copy even though the name asked for it cannot be remembered, and says so', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    await fillDisk(page);
    await typeInPart(page, 2, 'Текст, набранный при полном диске.');
    const indicator = page.locator('[data-save-state]');
    await expect.poll(() => saveState(page)).toBe('failed');

    // No name yet: the copy asks for it, and storing the name fails like everything else.
    const copy = await exportAs(
      page,
      indicator.getByRole('button', { name: 'Сохранить копию в файл…' }),
      'Иванов Иван',
    );
    const check = await readSubmission(await readFile(await copy.path()));
    expect(check.ok && check.submission.participant.name).toBe('Иванов Иван');
    expect(check.ok && JSON.stringify(check.submission.document)).toContain(
      'Текст, набранный при полном диске.',
    );
    const notice = page.getByRole('alert').filter({ hasText: 'Копия текста сохранена в файл' });
    expect(await notice.innerText()).toContain('Не удалось запомнить ваше имя');
    expect(await notice.innerText()).toContain('на диске закончилось место');
    expect(await partText(page, 'reasoning')).toContain('Текст, набранный при полном диске.');
  });

  it('says so at the first start when the packs that come with the app cannot be stored', async () => {
    const { page } = await app.launch({ beforeStart: diskFullFromTheStart });
    const notice = page.getByRole('alert').filter({ hasText: 'не удалось сохранить на этом компьютере' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('на диске закончилось место');
    expect(await page.locator('.pack-card').count()).toBe(0);
  });

  it('says so in Settings when a setting cannot be stored, and keeps the name typed', async () => {
    const { page } = await app.launch();
    await page.getByRole('link', { name: 'Настройки' }).click();
    await fillDisk(page);
    const name = page.getByRole('textbox', { name: 'Ваше имя в работах' });
    await name.fill('Иванов Иван');
    // Settings has a name for the trainee and one for the trainer, each with its own «Сохранить».
    await page.locator('form').filter({ has: name }).getByRole('button', { name: 'Сохранить' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Эту настройку не удалось сохранить' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('на диске закончилось место');
    expect(await name.inputValue()).toBe('Иванов Иван');
  });
});
