import { readFile } from 'node:fs/promises';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { codeMatches } from '../../renderer/src/domain/keys/code-check';
import { fingerprintOf, generateIdentity, keyCard } from '../../renderer/src/domain/keys/identity';
import { examCodePurpose } from '../../renderer/src/domain/pack/pack-v4';
import { readPackFile } from '../../renderer/src/domain/pack/read-pack';
import { nodeSanitizer } from '../../scripts/pack/node-sanitizer';
import { expectAccessible } from './helpers/accessibility';
import { countRecords, waitForBundledPacks } from './helpers/app';
import { appLauncher } from './helpers/browser';
import { giveTrainerKeys } from './helpers/feedback';
import { makeCdpack } from './helpers/packs';

const app = appLauncher();

async function importPackFile(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Импортировать пакет дел…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

// axe-core takes seconds on a loaded machine; this test runs it twice.
describe('a pack signed in the trainer’s area', { timeout: 150_000 }, () => {
  it('imports showing its signer and key; changed after signing, it is refused with a message naming the signer', async () => {
    const { page } = await app.launch();
    await waitForBundledPacks(page);
    const trainer = await generateIdentity('Гульнара Сапарова');
    const colleague = await generateIdentity('Ерлан Ахметов');
    const fingerprint = await fingerprintOf(trainer.public);
    await giveTrainerKeys(page, trainer);

    await page.goto(`${app.baseUrl}#/reviews`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Выбрать файл пакета…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'exam-pack-v1.cdpack',
      mimeType: 'application/octet-stream',
      buffer: await makeCdpack({ id: 'exam-pack', title: 'Экзаменационный пакет', timeLimitMinutes: 240 }),
    });
    await page
      .getByLabel('Карточки ключей других тренеров (по одной в строке)')
      .fill(keyCard(colleague.public));
    await page.getByRole('checkbox', { name: /Код начала/ }).check();
    await expectAccessible(page, 'signing a pack');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Подписать и сохранить…' }).click();
    const signed = await readFile((await (await download).path())!);
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(expect.stringContaining(`подписан: Гульнара Сапарова, ключ ${fingerprint}`));

    // The start code is shown once, and it is the one the signed pack checks.
    const startCode = await page.locator('[data-case="receipt-case"] [data-code="start"]').innerText();
    expect(startCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectAccessible(page, 'the exam codes shown once');
    const read = await readPackFile(new Uint8Array(signed), { sanitize: nodeSanitizer() });
    const check = read.pack.cases[0]?.examCodes?.start;
    expect(
      check && (await codeMatches(startCode, check, examCodePurpose('start', 'exam-pack', 'receipt-case'))),
    ).toBe(true);
    expect(read.pack.trainers?.map((named) => [named.name, named.role])).toEqual([
      ['Гульнара Сапарова', 'trainer'],
      ['Ерлан Ахметов', 'coTrainer'],
    ]);

    await page.goto(`${app.baseUrl}#/`);
    await waitForBundledPacks(page);
    const packsBefore = await countRecords(page, 'packs');
    const tampered = unzipSync(new Uint8Array(signed));
    tampered['cases/receipt-case/claim.html'] = strToU8('<p>Истец просит взыскать 5 000 000 тенге.</p>');
    await importPackFile(page, 'exam-pack-v1.cdpack', Buffer.from(zipSync(tampered)));
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('Пакет изменён после того, как его подписал(а) Гульнара Сапарова.');
    expect(await countRecords(page, 'packs')).toBe(packsBefore);

    await importPackFile(page, 'exam-pack-v1.cdpack', signed);
    const card = page.locator('.pack-card', { hasText: 'Экзаменационный пакет' });
    await expect.poll(() => card.innerText()).toContain(`Подписан: Гульнара Сапарова, ключ ${fingerprint}`);
    const caseItem = page.locator('[data-case="exam-pack/receipt-case"]');
    expect(await caseItem.innerText()).toContain(`Подписан: Гульнара Сапарова, ключ ${fingerprint}`);
  });
});
