import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importCohort } from '../../../storage/cohort-import';
import type { CaseDraftDatabase } from '../../../storage/database';
import type { ReviewRecord } from '../../../storage/records';
import { createTestDatabase } from '../../../storage/test-database';
import { scored } from '../../../storage/test-marks';
import { byParticipant, startTestReview, submissionFile } from '../../../storage/test-review';
import { loadCohort } from './load-cohort';

// Node has no Web Worker: the files are checked here with the worker's own function.
vi.mock('../../../storage/cohort-check-client', () => import('../../../storage/test-cohort-checker'));

let db: CaseDraftDatabase;
let review: ReviewRecord;
beforeEach(async () => {
  db = createTestDatabase();
  review = await startTestReview(db);
  await importCohort(db, review, [
    await submissionFile('a.cdsub', byParticipant('Асель Нурланова')),
    await submissionFile('b.cdsub', byParticipant('Ерлан Сапаров')),
  ]);
});
afterEach(() => db.close());

describe('the cohort as its charts read it', () => {
  it('labels each work by its code unless names are shown, with the trainer’s own marks', async () => {
    const [first] = await db.reviewSubmissions.toArray();
    await db.reviewMarks.put({
      digest: first!.digest,
      reviewKey: review.key,
      sheet: scored({ form: 7 }),
      revision: 1,
      updatedAt: '2026-12-07T10:00:00.000Z',
    });

    const anonymous = await loadCohort(db, review, false);
    expect(anonymous.works.map((work) => work.label).sort()).toEqual(
      (await db.reviewSubmissions.toArray()).map((row) => row.anonymousCode).sort(),
    );
    expect(anonymous.works.find((work) => work.digest === first!.digest)?.sheet?.criteria.form?.points).toBe(
      7,
    );
    const named = await loadCohort(db, review, true);
    expect(named.works.map((work) => work.label).sort()).toEqual(['Асель Нурланова', 'Ерлан Сапаров']);
  });

  it('works out the missing requisites of a work imported before they were kept, and keeps them', async () => {
    const rows = await db.reviewSubmissions.toArray();
    const imported = new Map(rows.map((row) => [row.digest, row.missingRequisiteIds]));
    expect([...imported.values()].every((ids) => ids && ids.length > 0)).toBe(true);
    // As a row of an earlier import: the ids absent.
    await db.reviewSubmissions.update(rows[0]!.digest, { missingRequisiteIds: undefined });

    const { works } = await loadCohort(db, review, false);
    expect(works.find((work) => work.digest === rows[0]!.digest)?.missingRequisiteIds).toEqual(
      imported.get(rows[0]!.digest),
    );
    expect((await db.reviewSubmissions.get(rows[0]!.digest))?.missingRequisiteIds).toEqual(
      imported.get(rows[0]!.digest),
    );
  });
});
