import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateIdentity } from '../../renderer/src/domain/keys/identity';
import { writeRecoveryFile } from '../../renderer/src/domain/keys/recovery-file';
import { expectAccessible } from './helpers/accessibility';
import { appLauncher } from './helpers/browser';

const app = appLauncher();

/** The machine is shared and loaded: a state is waited for this long before the test gives up. */
const WAIT = { timeout: 30_000 };

const PASSPHRASE = 'зелёный чайник стоит на окне';
/** Three groups of four of Crockford's base32 (no I, L, O, U). */
const FINGERPRINT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/;

/** The trainer's key line («Ключ тренера: Имя · код») and the code it shows. */
const keyLine = (page: Page) => page.locator('.trainer-key-line');
async function shownFingerprint(page: Page): Promise<string> {
  await keyLine(page).waitFor(WAIT);
  return (await keyLine(page).getAttribute('data-fingerprint')) ?? '';
}

/** Chooses a recovery file through «Восстановить из файла…» (or its Kazakh name) and types a passphrase. */
async function restore(
  page: Page,
  bytes: Uint8Array,
  passphrase: string,
  labels: { open: string; passphrase: string; button: string },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: labels.open }).click();
  await (
    await chooser
  ).setFiles({ name: 'trainer.cdtrainer', mimeType: 'application/json', buffer: Buffer.from(bytes) });
  await page.getByLabel(labels.passphrase).fill(passphrase);
  await page.getByRole('button', { name: labels.button, exact: true }).click();
}

const RU = {
  open: 'Восстановить из файла…',
  passphrase: 'Кодовая фраза этого файла',
  button: 'Восстановить',
};

describe('the trainer’s key', () => {
  it(
    'is made on the first visit to the trainer area, its recovery file saved, and restored on another computer with the same code',
    { timeout: 180_000 },
    async () => {
      const { page } = await app.launch();
      await page.goto(`${app.baseUrl}#/reviews`);
      await page.getByRole('heading', { name: 'Ваш ключ тренера' }).waitFor(WAIT);
      await expectAccessible(page, 'the form that makes the trainer key');
      await page.getByLabel('Ваше имя — так его увидят участники и коллеги').fill('Гульнара Сапарова');
      await page.getByLabel('Кодовая фраза для файла восстановления').fill(PASSPHRASE);
      await page.getByLabel('Та же кодовая фраза ещё раз').fill(PASSPHRASE);
      const download = page.waitForEvent('download', WAIT);
      await page.getByRole('button', { name: 'Сделать ключ и сохранить файл восстановления…' }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe('Гульнара-Сапарова.cdtrainer');
      const recoveryFile = new Uint8Array(await readFile(await saved.path()));

      // The printable sheet opens at once, with the key's code in large type.
      const sheet = page.getByRole('dialog', { name: 'Ключ тренера: лист восстановления' });
      await sheet.waitFor(WAIT);
      await expectAccessible(page, 'the recovery sheet');
      const fingerprint = await shownFingerprint(page);
      expect(fingerprint).toMatch(FINGERPRINT);
      await expect.poll(() => sheet.getByTestId('sheet-fingerprint').textContent(), WAIT).toBe(fingerprint);
      await sheet.getByRole('button', { name: 'Закрыть' }).click();

      expect(await keyLine(page).textContent()).toBe(`Ключ тренера: Гульнара Сапарова · ${fingerprint}`);
      expect(await page.getByText('Файл восстановления ещё не сохранён').count()).toBe(0);
      await page.goto(`${app.baseUrl}#/settings`);
      expect(await shownFingerprint(page)).toBe(fingerprint);

      // Another computer: nothing there yet; the file and its passphrase bring back the same key.
      const other = await app.launch();
      await other.page.goto(`${app.baseUrl}#/reviews`);
      await other.page.getByRole('heading', { name: 'Ваш ключ тренера' }).waitFor(WAIT);
      await restore(other.page, recoveryFile, PASSPHRASE, RU);
      expect(await shownFingerprint(other.page)).toBe(fingerprint);
      expect(await keyLine(other.page).textContent()).toBe(
        `Ключ тренера: Гульнара Сапарова · ${fingerprint}`,
      );
    },
  );

  it(
    'is not restored with a wrong passphrase: the reason is said in Kazakh, and nothing is made',
    { timeout: 120_000 },
    async () => {
      const file = await writeRecoveryFile(await generateIdentity('Айгерім Қасымова'), PASSPHRASE);
      const { page } = await app.launch({ locale: 'kk-KZ' });
      await page.goto(`${app.baseUrl}#/reviews`);
      await page.getByRole('heading', { name: 'Сіздің тренер кілтіңіз' }).waitFor(WAIT);
      await restore(page, file, 'зелёный чайник стоит на столе', {
        open: 'Файлдан қалпына келтіру…',
        passphrase: 'Осы файлдың құпия фразасы',
        button: 'Қалпына келтіру',
      });
      await expect
        .poll(() => page.getByRole('alert').textContent(), WAIT)
        .toBe(
          'Құпия фраза бұл файлды ашпайды немесе файл өзгертілген. Фразаны (бас әріптерді, пернетақта тілін) тексеріп, қайталап көріңіз.',
        );
      expect(await keyLine(page).count()).toBe(0);
    },
  );
});
