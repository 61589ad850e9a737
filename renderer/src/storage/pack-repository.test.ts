import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PackError } from '../domain/pack/pack-error';
import type { ReadPack } from '../domain/pack/pack';
import { findActTemplate } from '../domain/act/templates';
import { MINIMAL_PDF, ownTemplate, readPackOf, validPack } from '../domain/pack/test-pack';
import type { CaseDraftDatabase } from './database';
import { saveDraftDocument } from './draft-repository';
import { findCase, importPack, listPacks, resolveActTemplate } from './pack-repository';
import { startReview } from './review-repository';
import { createTestDatabase } from './test-database';

let db: CaseDraftDatabase;
beforeEach(() => {
  db = createTestDatabase();
});
afterEach(() => db.close());

const identity = {
  key: 'test-pack/case-one',
  packId: 'test-pack',
  caseId: 'case-one',
  packVersion: 1,
  templateId: 'civil-decision',
};

describe('importPack', () => {
  it('stores a new pack and its cases', async () => {
    expect(await importPack(db, await readPackOf(validPack()))).toBe('imported');
    expect((await listPacks(db)).map((pack) => pack.id)).toEqual(['test-pack']);
    expect(await db.cases.where('packId').equals('test-pack').primaryKeys()).toEqual(['test-pack/case-one']);
  });

  it('changes nothing when the same version is imported again', async () => {
    await importPack(db, await readPackOf(validPack()), { bundled: false, now: new Date('2026-01-01') });
    expect(
      await importPack(db, await readPackOf(validPack()), { bundled: false, now: new Date('2026-02-01') }),
    ).toBe('unchanged');
    expect(await db.packs.get('test-pack')).toMatchObject({ importedAt: '2026-01-01T00:00:00.000Z' });
  });

  it('refuses the same version with other content, keeping what is there', async () => {
    await importPack(db, await readPackOf(validPack()));
    await expect(importPack(db, await readPackOf(validPack({ title: 'Другое название' })))).rejects.toEqual(
      new PackError([{ code: 'changedWithoutNewVersion', title: 'Тестовый пакет', version: 1 }]),
    );
    expect((await db.packs.get('test-pack'))?.title).toBe('Тестовый пакет');
  });

  it('updates cases on a newer version and leaves drafts exactly as they were', async () => {
    await importPack(db, await readPackOf(validPack()));
    await saveDraftDocument(db, identity, { documentJson: '{"text":"моя работа"}' }, 0);
    const draftBefore = await db.drafts.get(identity.key);
    const v2 = validPack({ version: 2 });
    v2.cases[0] = { ...v2.cases[0]!, title: 'Дело о займе (исправлено)' };
    expect(await importPack(db, await readPackOf(v2))).toBe('updated');
    expect(await findCase(db, 'test-pack', 'case-one')).toMatchObject({
      title: 'Дело о займе (исправлено)',
      packVersion: 2,
    });
    expect(await db.drafts.get(identity.key)).toEqual(draftBefore);
  });

  it('keeps a case that a newer version drops while a draft depends on it, and drops it otherwise', async () => {
    const v1 = validPack();
    v1.cases.push({ ...v1.cases[0]!, id: 'case-two' });
    await importPack(db, await readPackOf(v1));
    await saveDraftDocument(db, identity, { documentJson: '{"text":"работа"}' }, 0);
    const v2 = validPack({ version: 2, cases: [{ ...v1.cases[0]!, id: 'case-three' }] });
    await importPack(db, await readPackOf(v2));
    expect(
      (await db.cases.where('packId').equals('test-pack').toArray()).map((record) => record.id).sort(),
    ).toEqual(['case-one', 'case-three']);
  });

  it('refuses an older version than the one in the library', async () => {
    await importPack(db, await readPackOf(validPack({ version: 3 })));
    await expect(importPack(db, await readPackOf(validPack({ version: 2 })))).rejects.toEqual(
      new PackError([{ code: 'olderVersion', title: 'Тестовый пакет', imported: 3, offered: 2 }]),
    );
    expect((await db.packs.get('test-pack'))?.version).toBe(3);
  });

  it('writes nothing at all when the import fails half way', async () => {
    await importPack(db, await readPackOf(validPack({ id: 'other-pack' })));
    const before = { packs: await db.packs.toArray(), cases: await db.cases.toArray() };
    const failure = vi.spyOn(db.cases, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(importPack(db, await readPackOf(validPack()))).rejects.toThrow('disk full');
    failure.mockRestore();
    expect({ packs: await db.packs.toArray(), cases: await db.cases.toArray() }).toEqual(before);
  });

  it('writes nothing, attachments included, when a failure or a cancel comes after some tables were written', async () => {
    await importPack(db, await readPackOf(validPack({ id: 'other-pack' })));
    const snapshot = async () => ({
      packs: await db.packs.toArray(),
      cases: await db.cases.toArray(),
      attachments: await db.attachments.count(),
    });
    const before = await snapshot();
    const failure = vi.spyOn(db.cases, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(importPack(db, await withReceipt(validPack(), 'a'.repeat(64)))).rejects.toThrow('disk full');
    failure.mockRestore();
    expect(await snapshot()).toEqual(before);

    const controller = new AbortController();
    const cancelling = vi.spyOn(db.cases, 'bulkPut').mockImplementationOnce((async () => {
      controller.abort();
      return '';
    }) as unknown as typeof db.cases.bulkPut);
    await expect(
      importPack(db, await withReceipt(validPack(), 'a'.repeat(64)), {
        bundled: false,
        signal: controller.signal,
      }),
    ).rejects.toThrow(/abort/i);
    cancelling.mockRestore();
    expect(await snapshot()).toEqual(before);
  });
});

describe('importPack attachments', () => {
  it('stores each attachment once by its SHA-256, however many cases use it', async () => {
    const pack = await withReceipt(validPack(), 'b'.repeat(64));
    pack.pack.cases.push({ ...pack.pack.cases[0]!, id: 'case-two' });
    await importPack(db, pack);
    const stored = await db.attachments.toArray();
    expect(stored.map(({ sha256, mediaType, size }) => ({ sha256, mediaType, size }))).toEqual([
      { sha256: 'b'.repeat(64), mediaType: 'application/pdf', size: MINIMAL_PDF.byteLength },
    ]);
    expect(new Uint8Array(await stored[0]!.data.arrayBuffer())).toEqual(MINIMAL_PDF);
  });

  it('drops attachments no case uses after an upgrade, and keeps those still used', async () => {
    await importPack(db, await withReceipt(validPack(), 'c'.repeat(64)));
    await importPack(db, await withReceipt(validPack({ id: 'other-pack' }), 'd'.repeat(64)));
    await importPack(db, await withReceipt(validPack({ version: 2 }), 'e'.repeat(64)));
    expect((await db.attachments.toCollection().primaryKeys()).sort()).toEqual([
      'd'.repeat(64),
      'e'.repeat(64),
    ]);
  });

  it('keeps the attachments of a case a trainer reviews, after an upgrade drops them', async () => {
    await importPack(db, await withReceipt(validPack(), 'c'.repeat(64)));
    expect((await startReview(db, 'test-pack', 'case-one')).ok).toBe(true);
    await importPack(db, await withReceipt(validPack({ version: 2 }), 'e'.repeat(64)));
    expect((await db.attachments.toCollection().primaryKeys()).sort()).toEqual([
      'c'.repeat(64),
      'e'.repeat(64),
    ]);
  });
});

describe('a pack’s own act templates', () => {
  it('are stored with the pack, and a case’s act type resolves to the pack’s template first', async () => {
    await importPack(db, await withOwnTemplate(validPack()));
    expect((await db.packs.get('test-pack'))?.templates).toEqual([ownTemplate()]);
    expect(await resolveActTemplate(db, 'test-pack', 'tax-dispute-decision')).toEqual(ownTemplate());
    expect(await resolveActTemplate(db, 'test-pack', 'court-order')).toBe(findActTemplate('court-order'));
    expect(await resolveActTemplate(db, 'test-pack', 'land-dispute-decision')).toBeUndefined();
  });

  it('belong to their pack only', async () => {
    await importPack(db, await withOwnTemplate(validPack()));
    await importPack(db, await readPackOf(validPack({ id: 'other-pack' })));
    expect(await resolveActTemplate(db, 'other-pack', 'tax-dispute-decision')).toBeUndefined();
    expect((await db.packs.get('other-pack'))?.templates).toBeUndefined();
  });

  it('go when a newer version of the pack no longer carries them', async () => {
    await importPack(db, await withOwnTemplate(validPack()));
    await importPack(db, await readPackOf(validPack({ version: 2 })));
    expect(await resolveActTemplate(db, 'test-pack', 'tax-dispute-decision')).toBeUndefined();
  });
});

/** A read pack of format 3 carrying ownTemplate(), its first case drafted on it. */
async function withOwnTemplate(pack: ReturnType<typeof validPack>): Promise<ReadPack> {
  const read = await readPackOf(pack);
  read.pack.formatVersion = 3;
  read.pack.templates = [ownTemplate()];
  read.pack.cases[0]!.actType = ownTemplate().id;
  return read;
}

/** A read pack whose first case also has a PDF receipt with the given (pretend) digest. */
async function withReceipt(pack: ReturnType<typeof validPack>, sha256: string): Promise<ReadPack> {
  const read = await readPackOf(pack);
  const first = read.pack.cases[0]!;
  first.materials = [
    ...first.materials,
    {
      kind: 'attachment',
      id: 'receipt',
      title: 'Расписка',
      mediaType: 'application/pdf',
      sha256,
      size: MINIMAL_PDF.byteLength,
      fileName: 'receipt.pdf',
    },
  ];
  return { ...read, attachments: [{ sha256, mediaType: 'application/pdf', bytes: MINIMAL_PDF }] };
}
