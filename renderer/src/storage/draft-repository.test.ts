import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyWorksheet } from '../domain/worksheet/worksheet';
import type { CaseDraftDatabase } from './database';
import {
  DraftConflictError,
  caseStatus,
  findDraft,
  markDraftExported,
  saveDraftDocument,
} from './draft-repository';
import { createTestDatabase } from './test-database';

let db: CaseDraftDatabase;
beforeEach(() => {
  db = createTestDatabase();
});
afterEach(() => db.close());

const identity = { key: 'p/c', packId: 'p', caseId: 'c', packVersion: 4, templateId: 'civil-decision' };

describe('findDraft', () => {
  it('keeps the small record apart from the text, and reads both back together', async () => {
    await saveDraftDocument(db, identity, { documentJson: '{"v":1}' }, 0);
    expect(Object.keys((await db.drafts.get('p/c')) ?? {})).not.toContain('document');
    expect(await db.draftContents.get('p/c')).toEqual({ key: 'p/c', documentJson: '{"v":1}' });
    expect((await findDraft(db, 'p/c'))?.document).toEqual({ v: 1 });
  });

  it('gives no document for text that is not JSON, so opening the draft reports it damaged', async () => {
    await saveDraftDocument(db, identity, { documentJson: '{"v":1}' }, 0);
    await db.draftContents.put({ key: 'p/c', documentJson: '{"v":' });
    expect(await findDraft(db, 'p/c')).toMatchObject({ revision: 1, document: undefined });
  });
});

describe('saveDraftDocument', () => {
  it('creates the draft on the first save, at revision 1', async () => {
    expect(
      await saveDraftDocument(db, identity, { documentJson: '{"v":1}' }, 0, new Date('2026-03-01T10:00:00Z')),
    ).toBe(1);
    expect(await findDraft(db, 'p/c')).toEqual({
      ...identity,
      document: { v: 1 },
      revision: 1,
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    });
  });

  it('keeps the creation time and pack version on later saves', async () => {
    await saveDraftDocument(db, identity, { documentJson: '{"v":1}' }, 0, new Date('2026-03-01T10:00:00Z'));
    expect(
      await saveDraftDocument(
        db,
        { ...identity, packVersion: 9 },
        { documentJson: '{"v":2}' },
        1,
        new Date('2026-03-01T11:00:00Z'),
      ),
    ).toBe(2);
    expect(await findDraft(db, 'p/c')).toMatchObject({
      document: { v: 2 },
      packVersion: 4,
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T11:00:00.000Z',
    });
  });

  it('refuses to overwrite a draft another window saved in the meantime', async () => {
    await saveDraftDocument(db, identity, { documentJson: '{"v":1}' }, 0);
    await saveDraftDocument(db, identity, { documentJson: '{"v":"other window"}' }, 1);
    await expect(
      saveDraftDocument(db, identity, { documentJson: '{"v":"this window"}' }, 1),
    ).rejects.toBeInstanceOf(DraftConflictError);
    expect((await findDraft(db, 'p/c'))?.document).toEqual({ v: 'other window' });
  });

  it('refuses to create a draft over one that already exists', async () => {
    await saveDraftDocument(db, identity, { documentJson: '{"v":1}' }, 0);
    await expect(
      saveDraftDocument(db, identity, { documentJson: '{"v":"fresh template"}' }, 0),
    ).rejects.toBeInstanceOf(DraftConflictError);
  });

  it('records which window saved the current revision, and forgets it when a save names no window', async () => {
    await saveDraftDocument(db, identity, { documentJson: '{"v":1}' }, 0, new Date(), 'window-a');
    expect((await db.drafts.get('p/c'))?.savedBy).toBe('window-a');
    await saveDraftDocument(db, identity, { documentJson: '{"v":2}' }, 1, new Date(), 'window-b');
    expect((await db.drafts.get('p/c'))?.savedBy).toBe('window-b');
    await saveDraftDocument(db, identity, { documentJson: '{"v":3}' }, 2);
    expect(await db.drafts.get('p/c')).not.toHaveProperty('savedBy');
  });
});

describe('the worksheet', () => {
  const worksheet = {
    ...emptyWorksheet('criminal'),
    facts: [{ statement: 'Проник через балкон', evidence: ['protocols'], assessment: 'Допустимо' }],
  };

  it('is saved with the document, in the same revision, and read back with it', async () => {
    await saveDraftDocument(db, identity, { documentJson: '{"v":1}' }, 0);
    expect(await saveDraftDocument(db, identity, { documentJson: '{"v":2}', worksheet }, 1)).toBe(2);
    expect(await findDraft(db, 'p/c')).toMatchObject({ document: { v: 2 }, worksheet, revision: 2 });
  });

  it('is not written when another window saved first, like the document', async () => {
    await saveDraftDocument(db, identity, { documentJson: '{"v":1}' }, 0);
    await saveDraftDocument(db, identity, { documentJson: '{"v":"other window"}' }, 1);
    await expect(
      saveDraftDocument(db, identity, { documentJson: '{"v":"this window"}', worksheet }, 1),
    ).rejects.toBeInstanceOf(DraftConflictError);
    expect((await findDraft(db, 'p/c'))?.worksheet).toBeUndefined();
  });

  it('is absent from a draft saved without one', async () => {
    await saveDraftDocument(db, identity, { documentJson: '{"v":1}', worksheet }, 0);
    await saveDraftDocument(db, identity, { documentJson: '{"v":2}' }, 1);
    expect(await findDraft(db, 'p/c')).not.toHaveProperty('worksheet');
  });
});

describe('caseStatus', () => {
  it('follows the draft from not started to submitted and back to in progress on a new edit', async () => {
    expect(caseStatus(await findDraft(db, 'p/c'))).toBe('notStarted');
    await saveDraftDocument(db, identity, { documentJson: '{"v":1}' }, 0);
    expect(caseStatus(await findDraft(db, 'p/c'))).toBe('inProgress');
    await markDraftExported(db, 'p/c', 1, new Date());
    expect(caseStatus(await findDraft(db, 'p/c'))).toBe('submitted');
    await saveDraftDocument(db, identity, { documentJson: '{"v":2}' }, 1);
    expect(caseStatus(await findDraft(db, 'p/c'))).toBe('inProgress');
  });
});
