import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyWorksheet } from '../domain/worksheet/worksheet';
import type { CaseDraftDatabase } from './database';
import { findDraft, saveDraftDocument } from './draft-repository';
import {
  KEPT_AUTOMATIC_REVISIONS,
  addRevision,
  listRevisions,
  readRevisionContent,
  type NewRevision,
} from './revision-repository';
import { createTestDatabase } from './test-database';

let db: CaseDraftDatabase;
beforeEach(() => {
  db = createTestDatabase();
});
afterEach(() => db.close());

function snapshot(text: string, reason: NewRevision['reason'] = 'interval', draftKey = 'p/c'): NewRevision {
  return { draftKey, reason, document: { type: 'doc', text }, wordCount: text.split(' ').length };
}

/** Ten o’clock on a March morning, plus `minutes`. */
function at(minutes: number): Date {
  return new Date(Date.UTC(2026, 2, 1, 10, minutes));
}

describe('revisions of a draft', () => {
  it('lists a draft’s snapshots newest first, without their text, and reads one’s text by id', async () => {
    await addRevision(db, snapshot('первый вариант'), at(0));
    await addRevision(
      db,
      {
        ...snapshot('сдано', 'export'),
        worksheet: { ...emptyWorksheet('general'), analysis: 'Долг доказан.' },
      },
      at(5),
    );
    await addRevision(db, snapshot('другое дело', 'interval', 'p/other'), at(6));

    const listed = await listRevisions(db, 'p/c');
    expect(listed.map(({ reason, createdAt, wordCount }) => ({ reason, createdAt, wordCount }))).toEqual([
      { reason: 'export', createdAt: '2026-03-01T10:05:00.000Z', wordCount: 1 },
      { reason: 'interval', createdAt: '2026-03-01T10:00:00.000Z', wordCount: 2 },
    ]);
    expect(listed[0]).not.toHaveProperty('document');
    const [newest] = listed;
    if (!newest) throw new Error('no snapshot listed');
    expect(await readRevisionContent(db, newest.id)).toEqual({
      id: newest.id,
      document: { type: 'doc', text: 'сдано' },
      worksheet: { ...emptyWorksheet('general'), analysis: 'Долг доказан.' },
    });
  });

  it('skips a snapshot identical to the one before, but keeps one identical to an older one', async () => {
    const first = await addRevision(db, snapshot('текст'), at(0));
    expect(await addRevision(db, snapshot('текст'), at(5))).toEqual(first);
    await addRevision(db, snapshot('правка'), at(10));
    await addRevision(db, snapshot('текст'), at(15));
    expect((await listRevisions(db, 'p/c')).map((revision) => revision.createdAt)).toEqual([
      at(15).toISOString(),
      at(10).toISOString(),
      at(0).toISOString(),
    ]);
  });

  it('a worksheet change makes a snapshot different even when the act text is the same', async () => {
    await addRevision(db, snapshot('текст'), at(0));
    await addRevision(
      db,
      { ...snapshot('текст'), worksheet: { ...emptyWorksheet('general'), analysis: 'Удовлетворить.' } },
      at(5),
    );
    expect(await listRevisions(db, 'p/c')).toHaveLength(2);
  });

  it('turns the newest snapshot into the export snapshot when the exported text is the same', async () => {
    await addRevision(db, snapshot('текст'), at(0));
    await addRevision(db, snapshot('текст', 'export'), at(3));
    await addRevision(db, snapshot('текст', 'interval'), at(8));
    expect((await listRevisions(db, 'p/c')).map(({ reason, createdAt }) => ({ reason, createdAt }))).toEqual([
      { reason: 'export', createdAt: at(3).toISOString() },
    ]);
  });

  it(`keeps the newest ${KEPT_AUTOMATIC_REVISIONS} automatic snapshots and every export snapshot`, async () => {
    await addRevision(db, snapshot('сдано в начале', 'export'), at(0));
    for (let index = 1; index <= KEPT_AUTOMATIC_REVISIONS + 5; index++) {
      await addRevision(
        db,
        snapshot(`вариант ${index}`, index === 1 ? 'beforeRestore' : 'interval'),
        at(index),
      );
    }
    const listed = await listRevisions(db, 'p/c');
    expect(listed).toHaveLength(KEPT_AUTOMATIC_REVISIONS + 1);
    expect(listed.at(-1)?.reason).toBe('export');
    expect(listed.at(-2)?.createdAt).toBe(at(6).toISOString());
    expect(await db.revisionContents.count()).toBe(KEPT_AUTOMATIC_REVISIONS + 1);
  });

  it('writes snapshots beside the draft without touching it', async () => {
    const identity = { key: 'p/c', packId: 'p', caseId: 'c', packVersion: 1, templateId: 'civil-decision' };
    await saveDraftDocument(db, identity, { documentJson: '{"v":1}' }, 0);
    await Promise.all([
      addRevision(db, snapshot('снимок')),
      saveDraftDocument(db, identity, { documentJson: '{"v":2}' }, 1),
    ]);
    expect(await findDraft(db, 'p/c')).toMatchObject({ document: { v: 2 }, revision: 2 });
    expect(await listRevisions(db, 'p/c')).toHaveLength(1);
  });
});
