import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActDocument } from '../../domain/act/document';
import { civilDecision } from '../../domain/act/templates/civil-decision';
import { readPackOf, validPack } from '../../domain/pack/test-pack';
import { emptyWorksheet } from '../../domain/worksheet/worksheet';
import type { CaseDraftDatabase } from '../../storage/database';
import { saveDraftDocument } from '../../storage/draft-repository';
import { importPack } from '../../storage/pack-repository';
import { createTestDatabase } from '../../storage/test-database';
import { installTestLocalStorage } from '../../storage/test-local-storage';
import { listRevisions, readRevisionContent } from '../../storage/revision-repository';
import { readRescueCopies, writeRescueCopy } from '../../storage/unload-rescue';
import { loadWorkspace } from './load-workspace';

let db: CaseDraftDatabase;
beforeEach(async () => {
  installTestLocalStorage();
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
/** Windows name themselves with a random UUID. */
const windowA = '0b6f3c1e-7a52-4d8e-9f10-2c3d4e5f6a7b';
const windowB = '9e8d7c6b-5a49-4382-a716-f5e4d3c2b1a0';

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
    writeRescueCopy(identity.key, { documentJson, worksheet: rescued }, { baseRevision: 1, writer: windowA });
    expect(await loadWorkspace(db, 'test-pack', 'case-one')).toMatchObject({
      kind: 'ready',
      rescued: { writer: windowA },
      worksheet: rescued,
    });
  });

  it('puts back a rescue copy written before copies named their revision when it is newer than the draft', async () => {
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
    expect(loaded).toMatchObject({ kind: 'ready', rescued: { writer: undefined }, worksheet: saved });
    expect(loaded).not.toHaveProperty('keptAside');
    expect(loaded.kind === 'ready' && loaded.doc.textContent).toContain('Текст старой копии');
    expect(await listRevisions(db, identity.key)).toEqual([]);
  });

  it('keeps a rescue copy written before copies named their revision beside a draft saved after it', async () => {
    await saveDraftDocument(
      db,
      identity,
      { documentJson, worksheet: saved },
      0,
      new Date('2026-11-22T10:00:02Z'),
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
    expect(readRescueCopies(identity.key)).toEqual([]);
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
      { baseRevision: 1, writer: windowA },
    );
    const loaded = await loadWorkspace(db, 'test-pack', 'case-one');
    expect(loaded).toMatchObject({ kind: 'ready', rescued: { writer: windowA }, worksheet: saved });
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
      { baseRevision: 1, writer: windowA },
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
    expect(loaded.keptAside).toEqual([{ revisionId: kept!.id, createdAt: '2026-11-22T10:00:05.000Z' }]);
    expect(kept!.reason).toBe('keptAside');
    expect(JSON.stringify((await readRevisionContent(db, kept!.id))?.document)).toContain(
      'Текст окна А и две новые буквы',
    );
    expect(readRescueCopies(identity.key)).toEqual([]);
    // Told once: opening the case again has nothing more to say.
    expect(await loadWorkspace(db, 'test-pack', 'case-one')).not.toHaveProperty('keptAside');
  });

  it('drops a rescued copy over an older revision that holds the saved text', async () => {
    await aClosedAfterBSaved('Слова окна Б');
    const loaded = await loadWorkspace(db, 'test-pack', 'case-one');
    expect(loaded).toMatchObject({ kind: 'ready', rescued: false });
    expect(loaded).not.toHaveProperty('keptAside');
    expect(await listRevisions(db, identity.key)).toEqual([]);
    expect(readRescueCopies(identity.key)).toEqual([]);
  });

  it('leaves the rescued text in place to offer again when even the history cannot store it', async () => {
    await aClosedAfterBSaved('Текст окна А и две новые буквы');
    const full = new DOMException('The disk is full', 'QuotaExceededError');
    const add = vi.spyOn(db.revisions, 'add').mockRejectedValue(full);
    const loaded = await loadWorkspace(db, 'test-pack', 'case-one');
    expect(loaded).toMatchObject({
      kind: 'ready',
      rescued: false,
      keptAside: [{ error: expect.objectContaining({ name: 'QuotaExceededError' }) as unknown }],
    });
    expect(loaded.kind === 'ready' && loaded.doc.textContent).toContain('Слова окна Б');
    add.mockRestore();
    expect(readRescueCopies(identity.key).map((copy) => copy.content.document)).toEqual([
      withText('Текст окна А и две новые буквы'),
    ]);
  });
});

describe('loadWorkspace and rescue copies of several windows', () => {
  /** Both windows saved a revision; B stopped on a conflict and closed, then A closed (or reloaded) too. */
  async function bothClosedWithUnsavedText() {
    await saveDraftDocument(db, identity, { documentJson: JSON.stringify(withText('Текст окна А')) }, 0);
    await saveDraftDocument(db, identity, { documentJson: JSON.stringify(withText('Слова окна Б')) }, 1);
    writeRescueCopy(
      identity.key,
      { documentJson: JSON.stringify(withText('Окно Б, остановленное конфликтом')) },
      { baseRevision: 1, writer: windowB },
      new Date('2026-11-22T10:00:05Z'),
    );
    writeRescueCopy(
      identity.key,
      { documentJson: JSON.stringify(withText('Окно А, перезагруженное')) },
      { baseRevision: 2, writer: windowA },
      new Date('2026-11-22T10:00:09Z'),
    );
  }

  it('puts back the copy typed over the current revision and keeps the other as a version', async () => {
    await bothClosedWithUnsavedText();
    const loaded = await loadWorkspace(db, 'test-pack', 'case-one');
    if (loaded.kind !== 'ready') throw new Error(loaded.kind);
    expect(loaded.rescued).toEqual({ writer: windowA });
    expect(loaded.doc.textContent).toContain('Окно А, перезагруженное');
    const [kept] = await listRevisions(db, identity.key);
    expect(loaded.keptAside).toEqual([{ revisionId: kept!.id, createdAt: '2026-11-22T10:00:05.000Z' }]);
    expect(JSON.stringify((await readRevisionContent(db, kept!.id))?.document)).toContain(
      'Окно Б, остановленное конфликтом',
    );
    // B's copy is stored, so it goes; A's stays until the text put back from it is saved.
    expect(readRescueCopies(identity.key).map((copy) => copy.writer)).toEqual([windowA]);
  });

  it('puts back the newest of two copies that may both go over the draft, and keeps the other', async () => {
    await saveDraftDocument(db, identity, { documentJson }, 0);
    writeRescueCopy(
      identity.key,
      { documentJson: JSON.stringify(withText('Старшая копия')) },
      { baseRevision: 1, writer: windowB },
      new Date('2026-11-22T10:00:05Z'),
    );
    writeRescueCopy(
      identity.key,
      { documentJson: JSON.stringify(withText('Новейшая копия')) },
      { baseRevision: 1, writer: windowA },
      new Date('2026-11-22T10:00:09Z'),
    );
    const loaded = await loadWorkspace(db, 'test-pack', 'case-one');
    if (loaded.kind !== 'ready') throw new Error(loaded.kind);
    expect(loaded.doc.textContent).toContain('Новейшая копия');
    const [kept] = await listRevisions(db, identity.key);
    expect(JSON.stringify((await readRevisionContent(db, kept!.id))?.document)).toContain('Старшая копия');
  });

  it('puts back a window’s copy over the revision that window’s own last save made', async () => {
    // A at revision 1 started saving "X"; it closed meanwhile, copying its newer text over revision 1; the save
    // landed (revision 2) and the page died before saving the newer text.
    await saveDraftDocument(db, identity, { documentJson }, 0);
    writeRescueCopy(
      identity.key,
      { documentJson: JSON.stringify(withText('Текст новее сохранения')) },
      { baseRevision: 1, writer: windowA },
    );
    await saveDraftDocument(
      db,
      identity,
      { documentJson: JSON.stringify(withText('Текст сохранения')) },
      1,
      new Date(),
      windowA,
    );
    const loaded = await loadWorkspace(db, 'test-pack', 'case-one');
    if (loaded.kind !== 'ready') throw new Error(loaded.kind);
    expect(loaded.rescued).toEqual({ writer: windowA });
    expect(loaded.doc.textContent).toContain('Текст новее сохранения');
    expect(loaded).not.toHaveProperty('keptAside');
  });

  it('does not let a copy go over a revision its window saved when another window saved after it', async () => {
    await saveDraftDocument(db, identity, { documentJson }, 0, new Date(), windowA);
    writeRescueCopy(
      identity.key,
      { documentJson: JSON.stringify(withText('Текст окна А')) },
      { baseRevision: 0, writer: windowA },
    );
    await saveDraftDocument(db, identity, { documentJson: JSON.stringify(withText('Слова окна Б')) }, 1);
    expect((await db.drafts.get(identity.key))?.savedBy).toBeUndefined();
    const loaded = await loadWorkspace(db, 'test-pack', 'case-one');
    if (loaded.kind !== 'ready') throw new Error(loaded.kind);
    expect(loaded.rescued).toBe(false);
    expect(loaded.doc.textContent).toContain('Слова окна Б');
    expect(loaded.keptAside).toHaveLength(1);
  });
});
