import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyMarkSheet, type MarkSheet } from '../domain/review/marks';
import type { CaseDraftDatabase } from './database';
import type { ReviewSubmissionRecord } from './records';
import {
  discardKeptAsideMarks,
  InvalidMarksError,
  keepMarksAside,
  loadMarks,
  restoreKeptAsideMarks,
  saveMarks,
} from './review-marks-repository';
import { createTestDatabase } from './test-database';
import { scored, testRubric, windowA, windowB } from './test-marks';

const rubric = testRubric;
const digest = 'ab12';
const reviewKey = 'p/c@1';

const queueRow: ReviewSubmissionRecord = {
  digest,
  reviewKey,
  participantKey: 'асель',
  participantName: 'Асель',
  anonymousCode: 'K7Q',
  exportedAt: '2026-11-20T12:30:00.000Z',
  importedAt: '2026-11-21T09:00:00.000Z',
  fileName: 'асель.cdsub',
  wordCount: 1200,
  missingRequisites: 0,
  emptyParts: 0,
  status: 'not-started',
};

function save(sheet: MarkSheet, expectedRevision: number, writerId = windowA) {
  return saveMarks(db, { digest, reviewKey, sheet, expectedRevision, writerId, rubric });
}

let db: CaseDraftDatabase;
beforeEach(async () => {
  db = createTestDatabase();
  await db.reviewSubmissions.put(queueRow);
});
afterEach(() => db.close());

describe('saving marks', () => {
  it('stores a sheet and gives it back, at a revision that grows with every save', async () => {
    expect(await loadMarks(db, digest)).toBeUndefined();
    expect(await save(scored({ form: 7.5 }), 0)).toEqual({ ok: true, revision: 1 });
    const second = { ...scored({ form: 7.5 }), overallComment: 'Хорошая работа' };
    expect(await save(second, 1)).toEqual({ ok: true, revision: 2 });
    expect(await loadMarks(db, digest)).toMatchObject({
      digest,
      reviewKey,
      sheet: second,
      revision: 2,
      savedBy: windowA,
    });
  });

  it('refuses a save overtaken by another window’s, and reports the marks that window stored', async () => {
    await save(scored({ form: 3 }), 0, windowB);
    const refused = await save(scored({ form: 9 }), 0);
    expect(refused).toMatchObject({
      ok: false,
      reason: 'conflict',
      current: { sheet: scored({ form: 3 }), revision: 1 },
    });
    expect((await loadMarks(db, digest))?.sheet).toEqual(scored({ form: 3 }));
  });

  it('sets the queue row’s status and total in the same save', async () => {
    await save({ ...emptyMarkSheet(), overallComment: 'Начато' }, 0);
    let row = await db.reviewSubmissions.get(digest);
    expect(row?.status).toBe('in-progress');
    expect(row).not.toHaveProperty('total');
    await save(scored({ form: 7.5 }), 1);
    row = await db.reviewSubmissions.get(digest);
    expect(row).toMatchObject({ status: 'in-progress', total: 7.5 });
    await save(scored({ form: 7.5, norms: 4 }), 2);
    expect(await db.reviewSubmissions.get(digest)).toEqual({ ...queueRow, status: 'marked', total: 11.5 });
    await save(emptyMarkSheet(), 3);
    expect(await db.reviewSubmissions.get(digest)).toEqual({ ...queueRow, status: 'not-started' });
  });

  it('refuses to store a score the rubric does not allow, and changes nothing', async () => {
    for (const points of [10.5, 7.3, -1, Number.NaN]) {
      await expect(save(scored({ form: points }), 0)).rejects.toBeInstanceOf(InvalidMarksError);
    }
    await expect(save(scored({ unknown: 1 }), 0)).rejects.toBeInstanceOf(InvalidMarksError);
    expect(await loadMarks(db, digest)).toBeUndefined();
    expect(await db.reviewSubmissions.get(digest)).toEqual(queueRow);
  });
});

describe('marks kept aside', () => {
  it('are kept with the stored marks without changing them, so the other window saves on as usual', async () => {
    await save(scored({ form: 3 }), 0, windowB);
    await keepMarksAside(db, { digest, reviewKey }, scored({ form: 9 }), new Date('2026-11-22T10:00:00Z'));
    expect(await loadMarks(db, digest)).toMatchObject({
      sheet: scored({ form: 3 }),
      revision: 1,
      keptAside: [{ sheet: scored({ form: 9 }), savedAt: '2026-11-22T10:00:00.000Z' }],
    });
    expect(await save(scored({ form: 4 }), 1, windowB)).toEqual({ ok: true, revision: 2 });
    expect((await loadMarks(db, digest))?.keptAside).toHaveLength(1);
  });

  it('can be restored, and the marks they replace are kept aside in their place', async () => {
    await save(scored({ form: 3 }), 0, windowB);
    await keepMarksAside(db, { digest, reviewKey }, scored({ form: 9 }), new Date('2026-11-22T10:00:00Z'));
    const restored = await restoreKeptAsideMarks(
      db,
      {
        digest,
        reviewKey,
        rubric,
        writerId: windowA,
        expectedRevision: 1,
        savedAt: '2026-11-22T10:00:00.000Z',
      },
      new Date('2026-11-22T10:05:00Z'),
    );
    expect(restored).toEqual({ ok: true, revision: 2 });
    const record = await loadMarks(db, digest);
    expect(record?.sheet).toEqual(scored({ form: 9 }));
    expect(record?.keptAside?.map(({ sheet }) => sheet)).toEqual([scored({ form: 3 })]);
    expect((await db.reviewSubmissions.get(digest))?.total).toBe(9);
  });

  it('can be discarded, leaving the stored marks as they are', async () => {
    await save(scored({ form: 3 }), 0, windowB);
    await keepMarksAside(db, { digest, reviewKey }, scored({ form: 9 }), new Date('2026-11-22T10:00:00Z'));
    await discardKeptAsideMarks(db, digest, '2026-11-22T10:00:00.000Z');
    const record = await loadMarks(db, digest);
    expect(record?.sheet).toEqual(scored({ form: 3 }));
    expect(record).not.toHaveProperty('keptAside');
  });
});
