import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCaseRefs } from '../domain/review/case-refs';
import { createRichTextSanitizer } from '../domain/pack/rich-text';
import { readPackOf, validKey, validPack } from '../domain/pack/test-pack';
import { writeKeyFile } from '../domain/pack/write-key';
import type { CaseDraftDatabase } from './database';
import { importPack } from './pack-repository';
import { findReviewCase } from './review-case';
import { listReviews, startReview } from './review-repository';
import { createTestDatabase } from './test-database';
import { startTestReview, submissionFile } from './test-review';
import { attachTrainerKey, findTrainerKey } from './trainer-key-repository';

const sanitize = createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);

let db: CaseDraftDatabase;
beforeEach(() => {
  db = createTestDatabase();
});
afterEach(() => db.close());

describe('startReview', () => {
  it('copies the case in, and returns the same review when started again', async () => {
    const review = await startTestReview(db);
    expect(review).toMatchObject({ key: 'test-pack/case-one@1', packVersion: 1, caseId: 'case-one' });
    expect(review.case.title).toBe('Дело о займе');
    expect(review.anonymitySecret).toMatch(/^[0-9a-f]{32}$/);
    expect(await startReview(db, 'test-pack', 'case-one')).toEqual({ ok: true, review });
    expect(await listReviews(db)).toEqual([review]);
  });

  it('says why when the pack or the case is not in the library', async () => {
    expect(await startReview(db, 'test-pack', 'case-one')).toEqual({ ok: false, reason: 'packNotFound' });
    await importPack(db, await readPackOf(validPack()));
    expect(await startReview(db, 'test-pack', 'nope')).toEqual({ ok: false, reason: 'caseNotFound' });
  });
});

describe('findReviewCase', () => {
  it('finds the case most submissions name, from the files alone', async () => {
    await importPack(db, await readPackOf(validPack()));
    const files = [
      await submissionFile('a.cdsub'),
      await submissionFile('b.cdsub'),
      await submissionFile('c.cdsub', (content) => ({
        ...content,
        case: { ...content.case, id: 'case-two' },
      })),
      { name: 'junk.txt', bytes: new TextEncoder().encode('not json') },
    ];
    expect(await findReviewCase(db, await readCaseRefs(files))).toEqual({
      ok: true,
      ref: { packId: 'test-pack', packVersion: 1, caseId: 'case-one' },
      submissions: 2,
      otherCases: 1,
    });
  });

  it('says which pack or version to import when the library lacks it', async () => {
    const refs = await readCaseRefs([await submissionFile('a.cdsub')]);
    expect(await findReviewCase(db, refs)).toMatchObject({ ok: false, reason: 'packNotInLibrary' });
    await importPack(db, await readPackOf(validPack({ version: 2 })));
    expect(await findReviewCase(db, refs)).toMatchObject({
      ok: false,
      reason: 'otherPackVersion',
      libraryVersion: 2,
    });
    expect(await findReviewCase(db, [])).toEqual({ ok: false, reason: 'noSubmissions' });
  });
});

describe('attachTrainerKey', () => {
  it('stores the answer for the review’s case, apart from the review, and says when it replaces one', async () => {
    const review = await startTestReview(db);
    const key = { ...validKey(), packId: 'test-pack', packVersion: 1 };
    const withCase = { ...key, cases: [{ ...key.cases[0]!, caseId: 'case-one' }] };
    expect(await attachTrainerKey(db, review.key, writeKeyFile(withCase), { sanitize })).toEqual({
      ok: true,
      outcome: 'attached',
    });
    expect((await findTrainerKey(db, review.key))?.modelAnswer).toBe(withCase.cases[0]!.modelAnswer);
    expect(await attachTrainerKey(db, review.key, writeKeyFile(withCase), { sanitize })).toEqual({
      ok: true,
      outcome: 'unchanged',
    });
    const changed = { ...withCase, cases: [{ ...withCase.cases[0]!, modelAnswer: '<p>Другой ответ</p>' }] };
    expect(await attachTrainerKey(db, review.key, writeKeyFile(changed), { sanitize })).toEqual({
      ok: true,
      outcome: 'replaced',
    });
    expect(await db.reviews.get(review.key)).toEqual(review);
  });

  it('refuses a key of another pack version, one without the case, and a file that is no key', async () => {
    const review = await startTestReview(db);
    const key = { ...validKey(), packId: 'test-pack', packVersion: 2 };
    expect(await attachTrainerKey(db, review.key, writeKeyFile(key), { sanitize })).toEqual({
      ok: false,
      reason: 'otherPackVersion',
    });
    const otherCase = { ...key, packVersion: 1, cases: [{ ...key.cases[0]!, caseId: 'case-two' }] };
    expect(await attachTrainerKey(db, review.key, writeKeyFile(otherCase), { sanitize })).toEqual({
      ok: false,
      reason: 'caseNotInKey',
    });
    const notKey = await attachTrainerKey(db, review.key, new TextEncoder().encode('{}'), { sanitize });
    expect(notKey).toMatchObject({ ok: false, reason: 'unreadable', problems: [{ code: 'notAKey' }] });
    expect(await db.trainerKeys.count()).toBe(0);
  });
});
