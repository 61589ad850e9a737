import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCaseRefs } from '../domain/review/case-refs';
import { createRichTextSanitizer } from '../domain/pack/rich-text';
import { readPackOf, validKey, validPack } from '../domain/pack/test-pack';
import { writeKeyFile } from '../domain/pack/write-key';
import type { CaseDraftDatabase } from './database';
import { importPack } from './pack-repository';
import { findReviewCase, listNamedCases } from './review-case';
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
  it('copies the case in, and returns the same review when started again, saying it already existed', async () => {
    const review = await startTestReview(db);
    expect(review).toMatchObject({ key: 'test-pack/case-one@1', packVersion: 1, caseId: 'case-one' });
    expect(review.case.title).toBe('Дело о займе');
    expect(review.anonymitySecret).toMatch(/^[0-9a-f]{32}$/);
    expect(await startReview(db, 'test-pack', 'case-one')).toEqual({ ok: true, review, existed: true });
    expect(await listReviews(db)).toEqual([review]);
  });

  it('says why when the pack or the case is not in the library', async () => {
    expect(await startReview(db, 'test-pack', 'case-one')).toEqual({ ok: false, reason: 'packNotFound' });
    await importPack(db, await readPackOf(validPack()));
    expect(await startReview(db, 'test-pack', 'nope')).toEqual({ ok: false, reason: 'caseNotFound' });
  });
});

describe('the cases submissions name', () => {
  it('lists every case the files name with its count, most named first, titled as in the library', async () => {
    await importPack(db, await readPackOf(validPack()));
    const files = [
      await submissionFile('a.cdsub', (content) => ({
        ...content,
        case: { ...content.case, id: 'case-two' },
      })),
      await submissionFile('b.cdsub'),
      await submissionFile('c.cdsub'),
      await submissionFile('d.cdsub', (content) => ({ ...content, pack: { ...content.pack, version: 2 } })),
      { name: 'junk.txt', bytes: new TextEncoder().encode('not json') },
    ];
    const named = await listNamedCases(db, await readCaseRefs(files));
    expect(named).toEqual([
      {
        ref: { packId: 'test-pack', packVersion: 1, caseId: 'case-one' },
        count: 2,
        packTitle: 'Тестовый пакет',
        caseTitle: 'Дело о займе',
        caseLanguage: 'ru',
      },
      {
        ref: { packId: 'test-pack', packVersion: 1, caseId: 'case-two' },
        count: 1,
        // A case the pack in the library does not have: its pack is known, the case only by its id.
        packTitle: 'Тестовый пакет',
      },
      // Another version of the pack than the library's: named by its ids, since its titles are not known here.
      { ref: { packId: 'test-pack', packVersion: 2, caseId: 'case-one' }, count: 1 },
    ]);
    expect(await listNamedCases(db, [])).toEqual([]);
  });

  it('says which pack or version to import when the library lacks the chosen case', async () => {
    const ref = { packId: 'test-pack', packVersion: 1, caseId: 'case-one' };
    expect(await findReviewCase(db, ref)).toMatchObject({ ok: false, reason: 'packNotInLibrary' });
    await importPack(db, await readPackOf(validPack({ version: 2 })));
    expect(await findReviewCase(db, ref)).toMatchObject({
      ok: false,
      reason: 'otherPackVersion',
      libraryVersion: 2,
    });
    expect(await findReviewCase(db, { ...ref, packVersion: 2 })).toEqual({
      ok: true,
      ref: { ...ref, packVersion: 2 },
    });
    expect(await findReviewCase(db, { ...ref, packVersion: 2, caseId: 'nope' })).toMatchObject({
      ok: false,
      reason: 'caseNotInPack',
    });
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
