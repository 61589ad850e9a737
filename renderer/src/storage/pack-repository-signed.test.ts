import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCodeCheck } from '../domain/keys/code-check';
import { generateIdentity, unlockIdentity } from '../domain/keys/identity';
import { examCodePurpose } from '../domain/pack/pack-v4';
import { readPackFile } from '../domain/pack/read-pack';
import { createRichTextSanitizer } from '../domain/pack/rich-text';
import { signPackAsV4 } from '../domain/pack/sign-pack';
import { validArchiveSource, zipSource } from '../domain/pack/test-pack';
import type { CaseDraftDatabase } from './database';
import { importPack } from './pack-repository';
import { createTestDatabase } from './test-database';

const sanitize = createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);

let db: CaseDraftDatabase;
beforeEach(() => {
  db = createTestDatabase();
});
afterEach(() => db.close());

describe('importing a signed pack of format 4', () => {
  it('stores who signed it, the trainers it names and its cases’ exam codes', async () => {
    const trainer = await unlockIdentity(await generateIdentity('Гульнара Сапарова'));
    if (!trainer) throw new Error('the test identity did not unlock');
    const source = await validArchiveSource();
    const start = await makeCodeCheck(
      'K7Q2-M9XD',
      examCodePurpose('start', 'test-pack', 'case-one'),
      100_000,
    );
    const signed = await signPackAsV4(zipSource(source), trainer, {
      coTrainers: [],
      examCodes: new Map([['case-one', { start }]]),
    });
    expect(await importPack(db, await readPackFile(signed, { sanitize }))).toBe('imported');
    expect(await db.packs.get('test-pack')).toMatchObject({
      formatVersion: 4,
      signedBy: { identity: trainer.public, fingerprint: trainer.fingerprint },
      trainers: [{ ...trainer.public, role: 'trainer' }],
    });
    expect((await db.cases.get('test-pack/case-one'))?.examCodes).toEqual({ start });
  });

  it('stores an unsigned pack without a signer', async () => {
    await importPack(db, await readPackFile(zipSource(await validArchiveSource()), { sanitize }));
    const stored = await db.packs.get('test-pack');
    expect(stored?.signedBy).toBeUndefined();
    expect(stored?.trainers).toBeUndefined();
  });
});
