import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCriterionMark, emptyMarkSheet, type MarkSheet } from '../domain/review/marks';
import { addBankComment, countBankUses, editBankComment, listBank } from './comment-bank-repository';
import type { CaseDraftDatabase } from './database';
import { createTestDatabase } from './test-database';

let db: CaseDraftDatabase;
beforeEach(() => {
  db = createTestDatabase();
});
afterEach(() => db.close());

/** Marks of one submission that use the given bank comments under a criterion and on passages. */
function usingBank(underCriterion: string[], onPassages: string[]): MarkSheet {
  return {
    ...emptyMarkSheet(),
    criteria: { form: { ...emptyCriterionMark(), bankComments: underCriterion } },
    anchored: onPassages.map((bankId, index) => ({
      id: `a${index}`,
      anchor: { from: 1, to: 5, quote: 'суд' },
      text: '',
      criterionId: 'form',
      bankId,
    })),
  };
}

async function storeMarks(digest: string, reviewKey: string, sheet: MarkSheet) {
  await db.reviewMarks.put({ digest, reviewKey, sheet, revision: 1, updatedAt: '2026-11-22T10:00:00.000Z' });
}

describe('the comment bank', () => {
  it('keeps a comment under its pack and criterion, and an edit changes its text and time', async () => {
    const added = await addBankComment(
      db,
      { packId: 'p', criterionId: 'form', text: 'Нет резолютивной части' },
      new Date('2026-11-22T10:00:00Z'),
    );
    await addBankComment(db, { packId: 'other', criterionId: 'form', text: 'Другой пакет' });
    expect(added).toMatchObject({ packId: 'p', criterionId: 'form', updatedAt: '2026-11-22T10:00:00.000Z' });
    await editBankComment(db, added.id, 'Нет резолютивной части решения', new Date('2026-11-22T11:00:00Z'));
    expect(await listBank(db, 'p')).toEqual([
      {
        ...added,
        text: 'Нет резолютивной части решения',
        createdAt: '2026-11-22T10:00:00.000Z',
        updatedAt: '2026-11-22T11:00:00.000Z',
      },
    ]);
  });

  it('counts every use in the marks of every review of the pack, and none of another pack', async () => {
    await storeMarks('d1', 'p/case-one@1', usingBank(['b1', 'b2'], ['b1']));
    await storeMarks('d2', 'p/case-two@1', usingBank(['b1'], []));
    await storeMarks('d3', 'p/case-one@2', usingBank([], ['b2']));
    await storeMarks('d4', 'pp/case-one@1', usingBank(['b1'], ['b1']));
    expect(await countBankUses(db, 'p')).toEqual(
      new Map([
        ['b1', 3],
        ['b2', 2],
      ]),
    );
  });
});
