import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeCodeCheck } from '../../renderer/src/domain/keys/code-check';
import { readSubmission } from '../../renderer/src/domain/submission/submission';
import { BUNDLED_CASE, openBundledCaseById, partText, typeInPart } from './helpers/app';
import { expectAccessible } from './helpers/accessibility';
import { appLauncher, killBrowser } from './helpers/browser';

const app = appLauncher();
const CASE_KEY = `${BUNDLED_CASE.packId}/${BUNDLED_CASE.caseId}`;
const MINUTE = 60_000;
/** The bundled case's time limit (exercises/civil-loan-karaganda/loan-dispute/case.yaml). */
const LIMIT_MINUTES = 180;

/** The time left the countdown shows, in seconds. */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').innerText()).replace(/^\D+/u, '');
  return text
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}

/** The kinds of the case's timeline links, read with the browser's own IndexedDB. */
async function timeline(page: Page): Promise<{ kind: string; seconds?: number; minutesLeft?: number }[]> {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('casedraft');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const range = IDBKeyRange.bound([key, 0], [key, Infinity]);
          const request = open.result.transaction('timeline').objectStore('timeline').getAll(range);
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    CASE_KEY,
  );
}

/** Gives the installed case the trainer's codes, as a signed pack would (pack format 4). */
async function setExamCodes(page: Page, codes: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    ({ key, examCodes }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('casedraft');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('cases', 'readwrite').objectStore('cases');
          const read = store.get(key);
          read.onsuccess = () => {
            const write = store.put({ ...read.result, examCodes });
            write.onsuccess = () => {
              open.result.close();
              resolve();
            };
            write.onerror = () => reject(write.error);
          };
        };
      }),
    { key: CASE_KEY, examCodes: codes },
  );
}

async function startExam(page: Page, name?: string, code?: string): Promise<void> {
  await page.getByRole('button', { name: 'Начать экзамен' }).click();
  const dialog = page.getByRole('dialog');
  if (name) await dialog.getByLabel('Фамилия, имя, отчество').fill(name);
  if (code) await dialog.getByLabel('Код начала').fill(code);
  await dialog.getByRole('button', { name: 'Начать экзамен' }).click();
  await page.locator('[data-exam-state="running"]').waitFor();
}

describe('exam mode', () => {
  // axe-core takes seconds on a loaded machine: the test checks two screens of the exam.
  it(
    'runs a timed case: warnings keep the caret, the clock survives reopening, zero locks and offers the file',
    {
      timeout: 150_000,
    },
    async () => {
      const { page, context } = await app.launch({
        beforeStart: (browser) => browser.clock.install({ time: new Date('2026-03-02T09:00:00Z') }),
      });
      await openBundledCaseById(page, BUNDLED_CASE.packId, BUNDLED_CASE.caseId);
      // Practice is the default: no clock until the trainee starts one.
      expect(await page.getByRole('timer').count()).toBe(0);
      await startExam(page, 'Нурланова Асель Маратовна');
      expect(await secondsLeft(page)).toBeGreaterThan((LIMIT_MINUTES - 1) * 60);

      // Typing when the 30-minute warning comes: the caret stays, and the next keys go on the same line.
      await typeInPart(page, 3, ' Взыскать долг');
      await context.clock.fastForward((LIMIT_MINUTES - 31) * MINUTE);
      await page.keyboard.type(' с ответчика');
      await context.clock.fastForward(MINUTE + 1000);
      await page.getByRole('status').filter({ hasText: 'Осталось 30 минут' }).waitFor();
      await page.keyboard.type(' в пользу истца');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('act-editor'))).toBe(true);
      expect(await partText(page, 'operative')).toContain('Взыскать долг с ответчика в пользу истца');
      expect((await timeline(page)).filter((link) => link.kind === 'examWarning')).toEqual([
        expect.objectContaining({ minutesLeft: 30 }),
      ]);
      await expectAccessible(page, 'a running exam with its warning');

      // A reload keeps the clock where it was, and records no gap.
      const beforeReload = await secondsLeft(page);
      await page.reload();
      await page.locator('[data-exam-state="running"]').waitFor();
      const afterReload = await secondsLeft(page);
      expect(afterReload).toBeLessThanOrEqual(beforeReload);
      expect(afterReload).toBeGreaterThan(beforeReload - 60);

      // Closed for five minutes (the page gone): the clock ran on, and the break is recorded and told.
      await page.goto('about:blank');
      await context.clock.fastForward(5 * MINUTE);
      await page.goto(app.baseUrl);
      await openBundledCaseById(page, BUNDLED_CASE.packId, BUNDLED_CASE.caseId);
      await page.locator('[data-exam-state="running"]').waitFor();
      await page.getByText('CaseDraft был закрыт 5 минут').waitFor();
      expect(await secondsLeft(page)).toBeLessThanOrEqual(afterReload - 5 * 60);
      const gaps = (await timeline(page)).filter((link) => link.kind === 'examGap');
      expect(gaps).toHaveLength(1);
      expect(gaps[0]?.seconds).toBeGreaterThanOrEqual(300);
      // The 30-minute warning is not given again after reopening.
      expect((await timeline(page)).filter((link) => link.kind === 'examWarning')).toHaveLength(1);

      // Zero: the act is saved and locked, and the file is offered at once.
      await typeInPart(page, 3, ' частично');
      const download = page.waitForEvent('download');
      await context.clock.fastForward(30 * MINUTE);
      const file = await download;
      await page.locator('[data-exam-state="locked"]').waitFor();
      await page.getByText('Время вышло. Акт сохранён и закрыт для изменений.').waitFor();
      expect(await page.locator('.act-editor').getAttribute('contenteditable')).toBe('false');
      const check = await readSubmission(await readFile(await file.path()));
      if (!check.ok) throw new Error(`The exam's file does not read: ${check.reason}`);
      expect(JSON.stringify(check.submission.document)).toContain('в пользу истца частично');

      // Nothing typed after zero gets in, and the lock holds across a reload; the file can be saved again.
      await page.locator('.act-editor').click();
      await page.keyboard.type(' после звонка');
      expect(await partText(page, 'operative')).not.toContain('после звонка');
      await page.reload();
      await page.locator('[data-exam-state="locked"]').waitFor();
      expect(await partText(page, 'operative')).toContain('в пользу истца частично');
      expect(await partText(page, 'operative')).not.toContain('после звонка');
      const again = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Сохранить файл работы' }).click();
      await again;
      await expectAccessible(page, 'a locked exam');
      const kinds = (await timeline(page)).map((link) => link.kind);
      expect(kinds).toEqual(
        expect.arrayContaining(['examStart', 'examWarning', 'examGap', 'examEnd', 'examLocked']),
      );
      expect(kinds.indexOf('examEnd')).toBeGreaterThan(kinds.indexOf('examGap'));
    },
  );

  it('keeps the clock running across a crash: killed with 20 minutes left, restarted 5 minutes later, 15 are left', async () => {
    const first = await app.launch({
      beforeStart: (browser) => browser.clock.install({ time: new Date('2026-03-02T09:00:00Z') }),
    });
    await openBundledCaseById(first.page, BUNDLED_CASE.packId, BUNDLED_CASE.caseId);
    await startExam(first.page, 'Нурланова Асель Маратовна');
    await first.context.clock.fastForward((LIMIT_MINUTES - 20) * MINUTE);
    // Past the 30-minute mark in one jump: the warning says the time really left.
    await first.page.getByRole('status').filter({ hasText: 'Осталось 20 минут' }).waitFor();
    // The heartbeat after the jump has written that the app was open then.
    await first.context.clock.fastForward(6_000);
    await expect
      .poll(() => first.page.evaluate(() => document.querySelector('[role="timer"]')?.textContent ?? ''))
      .toMatch(/1\d:\d\d$/u);
    const killedAt = await first.page.evaluate(() => Date.now());
    await killBrowser(first);

    const { page } = await app.launch({
      profile: first.profile,
      beforeStart: (browser) => browser.clock.install({ time: killedAt + 5 * MINUTE }),
    });
    await openBundledCaseById(page, BUNDLED_CASE.packId, BUNDLED_CASE.caseId);
    await page.locator('[data-exam-state="running"]').waitFor();
    const left = await secondsLeft(page);
    expect(left).toBeLessThanOrEqual(15 * 60);
    expect(left).toBeGreaterThan(14 * 60);
    await page.getByText('CaseDraft был закрыт 5 минут').waitFor();
    const gaps = (await timeline(page)).filter((link) => link.kind === 'examGap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.seconds).toBeGreaterThanOrEqual(300);
    expect(gaps[0]?.seconds).toBeLessThan(330);
  });

  it(
    'starts only with the trainer’s start code, and adds extra time only with the extra-time code',
    {
      timeout: 120_000,
    },
    async () => {
      const { page } = await app.launch();
      await openBundledCaseById(page, BUNDLED_CASE.packId, BUNDLED_CASE.caseId);
      await setExamCodes(page, {
        start: await makeCodeCheck('K7Q2-M9XD', `start/${CASE_KEY}`, 100_000),
        extraTime: await makeCodeCheck('P4ZT-8WNE', `extraTime/${CASE_KEY}`, 100_000),
      });
      await page.reload();
      await page.locator('.act-editor').waitFor();

      await page.getByRole('button', { name: 'Начать экзамен' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Фамилия, имя, отчество').fill('Нурланова Асель Маратовна');
      await dialog.getByLabel('Код начала').fill('AAAA-BBBB');
      await dialog.getByRole('button', { name: 'Начать экзамен' }).click();
      await dialog.getByRole('alert').filter({ hasText: 'Это не код начала для этого дела' }).waitFor();
      await expectAccessible(page, 'the start of an exam with a start code');
      expect(await page.getByRole('timer').count()).toBe(0);
      // Typed as a person reads it off the projector: lower case, no dash.
      await dialog.getByLabel('Код начала').fill('k7q2 m9xd');
      await dialog.getByRole('button', { name: 'Начать экзамен' }).click();
      await page.locator('[data-exam-state="running"]').waitFor();
      const before = await secondsLeft(page);

      await page.getByRole('button', { name: 'Дополнительное время' }).click();
      const extra = page.getByRole('dialog');
      await extra.getByLabel('Код дополнительного времени').fill('K7Q2-M9XD');
      await extra.getByLabel('Сколько минут добавить').fill('15');
      await extra.getByRole('button', { name: 'Добавить время' }).click();
      await extra.getByRole('alert').filter({ hasText: 'Время не добавлено' }).waitFor();
      await extra.getByLabel('Код дополнительного времени').fill('P4ZT-8WNE');
      await extra.getByRole('button', { name: 'Добавить время' }).click();
      await page.getByText('К экзамену добавлено 15 минут.').waitFor();
      expect(await secondsLeft(page)).toBeGreaterThan(before + 14 * 60);
      expect((await timeline(page)).map((link) => link.kind)).toEqual(['examStart', 'examExtraTime']);
    },
  );
});
