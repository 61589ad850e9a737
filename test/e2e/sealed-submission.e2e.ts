import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  generateIdentity,
  type IdentitySecrets,
} from '../../renderer/src/domain/keys/identity';
import { receiptCode } from '../../renderer/src/domain/keys/receipt';
import { BUNDLED_CASE, exportAs, openBundledCase, typeInPart } from './helpers/app';
import { appLauncher } from './helpers/browser';
import { chooseCohortFiles, cohortFile, startBundledReview, attachBundledKey } from './helpers/review';

const app = appLauncher();

/**
 * Puts the trainer's keys on this computer and names the trainer in the bundled pack, as importing a pack signed
 * with them (format 4) and making or restoring the keys do; written with the browser's own IndexedDB.
 */
async function seedTrainer(page: Page, secrets: IdentitySecrets): Promise<void> {
  await page.evaluate(
    ({ secrets, packId }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('casedraft');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(['trainerIdentity', 'packs'], 'readwrite');
          transaction
            .objectStore('trainerIdentity')
            .put({ id: 'own', secrets, recoverySavedAt: secrets.createdAt });
          const packs = transaction.objectStore('packs');
          const read = packs.get(packId);
          read.onsuccess = () =>
            packs.put({ ...read.result, trainers: [{ ...secrets.public, role: 'trainer' }] });
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { secrets, packId: BUNDLED_CASE.packId },
  );
}

describe('a submission sealed to the trainer', () => {
  it('is saved locked for the trainer with a receipt, and the trainer’s import shows the same receipt', async () => {
    const secrets = await generateIdentity('Гульнара Сапарова');
    const fingerprint = await fingerprintOf(secrets.public);
    const { page } = await app.launch();
    await openBundledCase(page);
    await seedTrainer(page, secrets);
    await typeInPart(page, 3, ' Взыскать с ответчика 2 200 000 тенге.');

    const download = await exportAs(
      page,
      page.getByRole('button', { name: 'Сдать работу…' }),
      'Нурланова Асель Маратовна',
      { keepReceiptOpen: true },
    );
    const bytes = new Uint8Array(await readFile(await download.path()));
    // A sealed file: its first line, then the envelope (format 3), then the content, which is not text.
    const [firstLine, envelopeLine] = new TextDecoder().decode(bytes).split('\n');
    expect(firstLine).toBe('CASEDRAFT-SEALED-SUBMISSION');
    const envelope = JSON.parse(envelopeLine ?? '') as { formatVersion: number; recipients?: unknown[] };
    expect(envelope.formatVersion).toBe(3);
    expect(envelope.recipients).toHaveLength(1);
    // Neither the participant nor the act in clear.
    expect(new TextDecoder().decode(bytes)).not.toMatch(/Нурланова|Взыскать/);

    const receipt = await receiptCode(bytes);
    const dialog = page.getByRole('dialog', { name: 'Квитанция' });
    await expect.poll(() => dialog.innerText()).toContain(`Квитанция: ${receipt} — запишите её.`);
    expect(await dialog.innerText()).toContain(`запечатан для тренера (ключ тренера ${fingerprint})`);
    await dialog.getByRole('button', { name: 'Закрыть' }).click();
    // Kept: listed beside «Сдать работу…» after the dialog is gone.
    await page.getByRole('button', { name: 'Квитанции (1)' }).click();
    await expect.poll(() => page.getByRole('dialog').innerText()).toContain(receipt);
    await page.keyboard.press('Escape');

    // The trainer, on this computer with their keys, imports the file.
    await startBundledReview(page, app.baseUrl);
    await attachBundledKey(page);
    await chooseCohortFiles(page, [cohortFile('Нурланова.cdsub', bytes)]);
    await expect.poll(() => page.locator('.queue__participant').count()).toBe(1);
    expect(await page.locator('body').innerText()).toContain(`Квитанция: ${receipt}.`);
    const row = page.locator('.queue__open').first();
    expect(await row.getAttribute('title')).toBe(`Квитанция ${receipt} · запечатано для тренера`);
    await row.click();
    await expect
      .poll(() => page.locator('.marking__receipt').innerText())
      .toBe(`Квитанция ${receipt} · запечатано для тренера`);
  });
});
