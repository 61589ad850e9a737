import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActDocument } from '../../domain/act/document';
import { civilDecision } from '../../domain/act/templates/civil-decision';
import { readPackOf, validPack } from '../../domain/pack/test-pack';
import { emptyWorksheet } from '../../domain/worksheet/worksheet';
import type { CaseDraftDatabase } from '../../storage/database';
import { saveDraftDocument } from '../../storage/draft-repository';
import { importPack } from '../../storage/pack-repository';
import { createTestDatabase } from '../../storage/test-database';
import { writeRescueCopy } from '../../storage/unload-rescue';
import { loadWorkspace } from './load-workspace';

let db: CaseDraftDatabase;
beforeEach(async () => {
  const items = new Map<string, string>();
  globalThis.localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  } as Storage;
  db = createTestDatabase();
  await importPack(db, await readPackOf(validPack()));
});
afterEach(() => db.close());

const identity = {
  key: 'test-pack/case-one',
  packId: 'test-pack',
  caseId: 'case-one',
  packVersion: 1,
  templateId: 'civil-decision',
};
const document = createActDocument(civilDecision, 'ru').toJSON();
const documentJson = JSON.stringify(document);
const saved = { ...emptyWorksheet('general'), analysis: 'Сохранённый анализ' };

describe('loadWorkspace and the worksheet', () => {
  it('opens the saved worksheet with the draft, and none for a draft never given one', async () => {
    expect(await loadWorkspace(db, 'test-pack', 'case-one')).toMatchObject({
      kind: 'ready',
      worksheet: undefined,
    });
    await saveDraftDocument(
      db,
      identity,
      { documentJson, worksheet: saved },
      0,
      new Date('2026-11-22T10:00:00Z'),
    );
    expect(await loadWorkspace(db, 'test-pack', 'case-one')).toMatchObject({
      kind: 'ready',
      worksheet: saved,
    });
  });

  it('puts back the worksheet of a rescue copy newer than the last save', async () => {
    await saveDraftDocument(
      db,
      identity,
      { documentJson, worksheet: saved },
      0,
      new Date('2026-11-22T10:00:00Z'),
    );
    const rescued = { ...saved, analysis: 'Последние слова перед перезагрузкой' };
    writeRescueCopy(identity.key, { documentJson, worksheet: rescued }, new Date('2026-11-22T10:00:01Z'));
    expect(await loadWorkspace(db, 'test-pack', 'case-one')).toMatchObject({
      kind: 'ready',
      rescued: true,
      worksheet: rescued,
    });
  });

  it('keeps the saved worksheet with a rescue copy written before worksheets existed', async () => {
    await saveDraftDocument(
      db,
      identity,
      { documentJson, worksheet: saved },
      0,
      new Date('2026-11-22T10:00:00Z'),
    );
    const oldCopy = { writtenAt: '2026-11-22T10:00:01.000Z', document };
    localStorage.setItem(`casedraft.unsaved.${identity.key}`, JSON.stringify(oldCopy));
    expect(await loadWorkspace(db, 'test-pack', 'case-one')).toMatchObject({
      kind: 'ready',
      rescued: true,
      worksheet: saved,
    });
  });

  it('keeps the newer act of a rescue copy whose worksheet cannot be read, with the saved worksheet', async () => {
    await saveDraftDocument(
      db,
      identity,
      { documentJson, worksheet: saved },
      0,
      new Date('2026-11-22T10:00:00Z'),
    );
    const newer = structuredClone(document) as { content: { content: unknown[] }[] };
    newer.content[1]?.content.splice(1, 1, {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Последние слова перед перезагрузкой' }],
    });
    const damagedWorksheet = { ...saved, analysis: 42 } as unknown as typeof saved;
    writeRescueCopy(
      identity.key,
      { documentJson: JSON.stringify(newer), worksheet: damagedWorksheet },
      new Date('2026-11-22T10:00:01Z'),
    );
    const loaded = await loadWorkspace(db, 'test-pack', 'case-one');
    expect(loaded).toMatchObject({ kind: 'ready', rescued: true, worksheet: saved });
    expect(loaded.kind === 'ready' && loaded.doc.textContent).toContain(
      'Последние слова перед перезагрузкой',
    );
  });

  it('reports a saved worksheet that cannot be read instead of replacing it', async () => {
    const damaged = { ...saved, analysis: 42 } as unknown as typeof saved;
    await saveDraftDocument(db, identity, { documentJson, worksheet: damaged }, 0);
    expect(await loadWorkspace(db, 'test-pack', 'case-one')).toMatchObject({ kind: 'damaged' });
    expect((await db.draftContents.get(identity.key))?.worksheet).toEqual(damaged);
  });
});
