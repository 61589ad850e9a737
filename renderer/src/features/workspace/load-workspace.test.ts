import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActDocument } from '../../domain/act/document';
import { civilDecision } from '../../domain/act/templates/civil-decision';
import { readPackOf, validPack } from '../../domain/pack/test-pack';
import { emptyWorksheet } from '../../domain/worksheet/worksheet';
import type { CaseDraftDatabase } from '../../storage/database';
import { saveDraftDocument } from '../../storage/draft-repository';
import { importPack } from '../../storage/pack-repository';
import { createTestDatabase } from '../../storage/test-database';
import { listRevisions, readRevisionContent } from '../../storage/revision-repository';
import { readRescueCopy, writeRescueCopy } from '../../storage/unload-rescue';
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

/** The act's document with a paragraph of `text` in its descriptive part. */
function withText(text: string): unknown {
  const changed = structuredClone(document) as { content: { content: unknown[] }[] };
  changed.content[1]?.content.splice(1, 1, { type: 'paragraph', content: [{ type: 'text', text }] });
  return changed;
}

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

  it('puts back the worksheet of a rescue copy typed over the saved revision', async () => {
    await saveDraftDocument(
      db,
      identity,
      { documentJson, worksheet: saved },
      0,
      new Date('2026-11-22T10:00:00Z'),
    );
    const rescued = { ...saved, analysis: 'Последние слова перед перезагрузкой' };
    writeRescueCopy(identity.key, { documentJson, worksheet: rescued }, { baseRevision: 1, writer: 'a' });
    expect(await loadWorkspace(db, 'test-pack', 'case-one')).toMatchObject({
      kind: 'ready',
      rescued: true,
      worksheet: rescued,
    });
  });

  it('keeps a rescue copy written before copies named their revision beside the saved draft', async () => {
    await saveDraftDocument(
      db,
      identity,
      { documentJson, worksheet: saved },
      0,
      new Date('2026-11-22T10:00:00Z'),
    );
    const oldCopy = { writtenAt: '2026-11-22T10:00:01.000Z', document: withText('Текст старой копии') };
    localStorage.setItem(`casedraft.unsaved.${identity.key}`, JSON.stringify(oldCopy));
    const loaded = await loadWorkspace(db, 'test-pack', 'case-one');
    expect(loaded).toMatchObject({ kind: 'ready', rescued: false, worksheet: saved });
    const [kept] = await listRevisions(db, identity.key);
    expect(kept).toMatchObject({ reason: 'keptAside', createdAt: '2026-11-22T10:00:01.000Z' });
    expect(JSON.stringify((await readRevisionContent(db, kept!.id))?.document)).toContain(
      'Текст старой копии',
    );
  });

  it('keeps the newer act of a rescue copy whose worksheet cannot be read, with the saved worksheet', async () => {
    await saveDraftDocument(
      db,
      identity,
      { documentJson, worksheet: saved },
      0,
      new Date('2026-11-22T10:00:00Z'),
    );
    const newer = withText('Последние слова перед перезагрузкой');
    const damagedWorksheet = { ...saved, analysis: 42 } as unknown as typeof saved;
    writeRescueCopy(
      identity.key,
      { documentJson: JSON.stringify(newer), worksheet: damagedWorksheet },
      { baseRevision: 1, writer: 'a' },
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

describe('loadWorkspace and text rescued over an older revision', () => {
  /** Window A saved revision 1 and later closed with unsaved typing; window B saved revision 2 in between. */
  async function aClosedAfterBSaved(aText: string) {
    await saveDraftDocument(db, identity, { documentJson: JSON.stringify(withText('Текст окна А')) }, 0);
    await saveDraftDocument(db, identity, { documentJson: JSON.stringify(withText('Слова окна Б')) }, 1);
    writeRescueCopy(
      identity.key,
      { documentJson: JSON.stringify(withText(aText)) },
      { baseRevision: 1, writer: 'window-a' },
      new Date('2026-11-22T10:00:05Z'),
    );
  }

  it('opens the text another window saved since, and keeps the rescued text as a version', async () => {
    await aClosedAfterBSaved('Текст окна А и две новые буквы');
    const loaded = await loadWorkspace(db, 'test-pack', 'case-one');
    if (loaded.kind !== 'ready') throw new Error(loaded.kind);
    expect(loaded.rescued).toBe(false);
    expect(loaded.doc.textContent).toContain('Слова окна Б');
    expect(loaded.doc.textContent).not.toContain('Текст окна А');

    const [kept] = await listRevisions(db, identity.key);
    expect(loaded.keptAside).toEqual({ revisionId: kept!.id, createdAt: '2026-11-22T10:00:05.000Z' });
    expect(kept!.reason).toBe('keptAside');
    expect(JSON.stringify((await readRevisionContent(db, kept!.id))?.document)).toContain(
      'Текст окна А и две новые буквы',
    );
    expect(readRescueCopy(identity.key)).toBeUndefined();
    // Told once: opening the case again has nothing more to say.
    expect(await loadWorkspace(db, 'test-pack', 'case-one')).not.toHaveProperty('keptAside');
  });

  it('drops a rescued copy over an older revision that holds the saved text', async () => {
    await aClosedAfterBSaved('Слова окна Б');
    const loaded = await loadWorkspace(db, 'test-pack', 'case-one');
    expect(loaded).toMatchObject({ kind: 'ready', rescued: false });
    expect(loaded).not.toHaveProperty('keptAside');
    expect(await listRevisions(db, identity.key)).toEqual([]);
    expect(readRescueCopy(identity.key)).toBeUndefined();
  });

  it('leaves the rescued text in place to offer again when even the history cannot store it', async () => {
    await aClosedAfterBSaved('Текст окна А и две новые буквы');
    const full = new DOMException('The disk is full', 'QuotaExceededError');
    const add = vi.spyOn(db.revisions, 'add').mockRejectedValue(full);
    const loaded = await loadWorkspace(db, 'test-pack', 'case-one');
    expect(loaded).toMatchObject({
      kind: 'ready',
      rescued: false,
      keptAside: { error: expect.objectContaining({ name: 'QuotaExceededError' }) as unknown },
    });
    expect(loaded.kind === 'ready' && loaded.doc.textContent).toContain('Слова окна Б');
    add.mockRestore();
    expect(readRescueCopy(identity.key)?.content.document).toEqual(
      withText('Текст окна А и две новые буквы'),
    );
  });
});
