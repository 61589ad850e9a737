import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe('saveDraftDocument', () => {
  it('creates the draft on the first save, at revision 1', async () => {
    expect(await saveDraftDocument(db, identity, { v: 1 }, 0, new Date('2026-03-01T10:00:00Z'))).toBe(1);
    expect(await findDraft(db, 'p/c')).toEqual({
      ...identity,
      document: { v: 1 },
      revision: 1,
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    });
  });

  it('keeps the creation time and pack version on later saves', async () => {
    await saveDraftDocument(db, identity, { v: 1 }, 0, new Date('2026-03-01T10:00:00Z'));
    expect(
      await saveDraftDocument(
        db,
        { ...identity, packVersion: 9 },
        { v: 2 },
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
    await saveDraftDocument(db, identity, { v: 1 }, 0);
    await saveDraftDocument(db, identity, { v: 'other window' }, 1);
    await expect(saveDraftDocument(db, identity, { v: 'this window' }, 1)).rejects.toBeInstanceOf(
      DraftConflictError,
    );
    expect((await findDraft(db, 'p/c'))?.document).toEqual({ v: 'other window' });
  });

  it('refuses to create a draft over one that already exists', async () => {
    await saveDraftDocument(db, identity, { v: 1 }, 0);
    await expect(saveDraftDocument(db, identity, { v: 'fresh template' }, 0)).rejects.toBeInstanceOf(
      DraftConflictError,
    );
  });
});

describe('caseStatus', () => {
  it('follows the draft from not started to submitted and back to in progress on a new edit', async () => {
    expect(caseStatus(await findDraft(db, 'p/c'))).toBe('notStarted');
    await saveDraftDocument(db, identity, { v: 1 }, 0);
    expect(caseStatus(await findDraft(db, 'p/c'))).toBe('inProgress');
    await markDraftExported(db, 'p/c', 1, new Date());
    expect(caseStatus(await findDraft(db, 'p/c'))).toBe('submitted');
    await saveDraftDocument(db, identity, { v: 2 }, 1);
    expect(caseStatus(await findDraft(db, 'p/c'))).toBe('inProgress');
  });
});
