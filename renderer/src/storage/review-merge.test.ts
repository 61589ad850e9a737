import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MarkSheet } from '../domain/review/marks';
import { fingerprintOf } from '../domain/keys/identity';
import { sealReviewFile } from '../domain/review/review-file';
import { REVIEW_JSON } from '../domain/review/review-file-v1';
import type { ReviewFileV2 } from '../domain/review/review-file-v2';
import { addBankComment } from './comment-bank-repository';
import { importCohort } from './cohort-import';
import type { CaseDraftDatabase } from './database';
import type { ReviewRecord } from './records';
import { exportReviewFile } from './review-file-export';
import { loadMarks, saveMarks } from './review-marks-repository';
import { mergeReviewFile } from './review-merge';
import { listQueue } from './review-repository';
import { createTestDatabase } from './test-database';
import { scored, windowA } from './test-marks';
import { byParticipant, startTestReview, submissionFile } from './test-review';
import { createTrainerIdentity } from './trainer-identity-repository';

// Node has no Web Worker: the cohort import checks the files here with the worker's own function.
vi.mock('./cohort-check-client', () => import('./test-cohort-checker'));

const MINE = 'marker-mine';
const HERS = 'marker-hers';
const THIRD = 'marker-third';

/** One trainer's computer: a database with the test review. */
interface Desk {
  db: CaseDraftDatabase;
  review: ReviewRecord;
}

let mine: Desk;
let hers: Desk;
let files: Awaited<ReturnType<typeof submissionFile>>[];
beforeEach(async () => {
  files = [
    await submissionFile('a.cdsub', byParticipant('Асель Нурланова')),
    await submissionFile('b.cdsub', byParticipant('Болат Сеитов')),
  ];
  mine = await desk();
  hers = await desk();
});
afterEach(() => {
  mine.db.close();
  hers.db.close();
});

async function desk(): Promise<Desk> {
  const db = createTestDatabase();
  return { db, review: await startTestReview(db) };
}

async function digests({ db, review }: Desk): Promise<string[]> {
  return (await listQueue(db, review.key)).map((row) => row.digest).sort();
}

async function mark({ db, review }: Desk, digest: string, sheet: MarkSheet): Promise<void> {
  const expectedRevision = (await loadMarks(db, digest))?.revision ?? 0;
  const saved = await saveMarks(db, {
    digest,
    reviewKey: review.key,
    sheet,
    expectedRevision,
    writerId: windowA,
    rubric: review.case.rubric,
  });
  if (!saved.ok) throw new Error('not saved');
}

async function exported({ db, review }: Desk, markerId = HERS, name = 'Гульнара Ахметова') {
  return (await exportReviewFile(db, review, { markerId, name })).bytes;
}

/** Everything the merge may write, to compare before and after. */
async function tables({ db }: Desk) {
  return {
    marks: await db.reviewMarks.toArray(),
    colleague: await db.colleagueMarks.toArray(),
    submissions: await db.reviewSubmissions.toArray(),
    bank: await db.commentBank.toArray(),
  };
}

function merge(bytes: Uint8Array, into: Desk = mine) {
  return mergeReviewFile(into.db, into.review, bytes, MINE, new Date('2026-12-07T10:00:00Z'));
}

describe('merging a colleague’s review file', () => {
  beforeEach(async () => {
    await importCohort(mine.db, mine.review, files);
    await importCohort(hers.db, hers.review, files);
  });

  it('makes her marks the marks of a work I had not marked, saying who marked it', async () => {
    const [first] = await digests(hers);
    await mark(hers, first!, scored({ form: 8 }));

    const report = await merge(await exported(hers));

    expect(report).toMatchObject({
      kind: 'merged',
      markerName: 'Гульнара Ахметова',
      entries: [{ digest: first, outcome: { kind: 'adopted', submissionImported: false } }],
    });
    const record = await loadMarks(mine.db, first!);
    expect(record?.sheet.criteria.form?.points).toBe(8);
    expect(record?.markedBy).toEqual({ markerId: HERS, name: 'Гульнара Ахметова', revision: 1 });
    const row = (await listQueue(mine.db, mine.review.key)).find((entry) => entry.digest === first);
    expect(row).toMatchObject({ status: 'in-progress', total: 8 });
    expect(await mine.db.colleagueMarks.count()).toBe(0);
  });

  it('keeps her marks beside mine for a work we both marked, mine untouched', async () => {
    const [first] = await digests(mine);
    await mark(mine, first!, scored({ form: 6 }));
    await mark(hers, first!, scored({ form: 9 }));

    const report = await merge(await exported(hers));

    expect(report).toMatchObject({ entries: [{ outcome: { kind: 'colleagueAdded' } }] });
    expect((await loadMarks(mine.db, first!))?.sheet.criteria.form?.points).toBe(6);
    const beside = await mine.db.colleagueMarks.get([first!, HERS]);
    expect(beside).toMatchObject({
      markerName: 'Гульнара Ахметова',
      revision: 1,
      reviewKey: mine.review.key,
    });
    expect(beside?.sheet.criteria.form?.points).toBe(9);
  });

  it('replaces her marks beside mine with a newer revision of hers, never with an older one', async () => {
    const [first] = await digests(mine);
    await mark(mine, first!, scored({ form: 6 }));
    await mark(hers, first!, scored({ form: 9 }));
    const older = await exported(hers);
    await mark(hers, first!, scored({ form: 7 }));
    const newer = await exported(hers);

    expect(await merge(newer)).toMatchObject({ entries: [{ outcome: { kind: 'colleagueAdded' } }] });
    expect(await merge(older)).toMatchObject({ entries: [{ outcome: { kind: 'unchanged' } }] });
    expect((await mine.db.colleagueMarks.get([first!, HERS]))?.sheet.criteria.form?.points).toBe(7);

    await mark(hers, first!, scored({ form: 5 }));
    expect(await merge(await exported(hers))).toMatchObject({
      entries: [{ outcome: { kind: 'colleagueUpdated' } }],
    });
    expect((await mine.db.colleagueMarks.get([first!, HERS]))?.sheet.criteria.form?.points).toBe(5);
    expect((await loadMarks(mine.db, first!))?.sheet.criteria.form?.points).toBe(6);
  });

  it('updates marks adopted from her with her newer ones while nobody here changed them', async () => {
    const [first] = await digests(mine);
    await mark(hers, first!, scored({ form: 8 }));
    await merge(await exported(hers));
    await mark(hers, first!, scored({ form: 4 }));

    expect(await merge(await exported(hers))).toMatchObject({ entries: [{ outcome: { kind: 'updated' } }] });
    const record = await loadMarks(mine.db, first!);
    expect(record?.sheet.criteria.form?.points).toBe(4);
    expect(record?.markedBy?.revision).toBe(2);
  });

  it('keeps her newer marks beside adopted marks I have changed since, never over my change', async () => {
    const [first] = await digests(mine);
    await mark(hers, first!, scored({ form: 8 }));
    await merge(await exported(hers));
    await mark(mine, first!, scored({ form: 10 }));
    const again = await exported(hers);
    expect(await merge(again)).toMatchObject({ entries: [{ outcome: { kind: 'unchanged' } }] });
    await mark(hers, first!, scored({ form: 3 }));

    expect(await merge(await exported(hers))).toMatchObject({
      entries: [{ outcome: { kind: 'colleagueAdded' } }],
    });
    expect((await loadMarks(mine.db, first!))?.sheet.criteria.form?.points).toBe(10);
    expect((await mine.db.colleagueMarks.get([first!, HERS]))?.sheet.criteria.form?.points).toBe(3);
  });

  it('changes nothing when the same file comes twice', async () => {
    const [first, second] = await digests(mine);
    await mark(mine, first!, scored({ form: 6 }));
    await mark(hers, first!, scored({ form: 9 }));
    await mark(hers, second!, scored({ form: 2 }));
    const file = await exported(hers);
    await merge(file);
    const before = await tables(mine);

    const report = await merge(file);

    expect(report).toMatchObject({
      kind: 'merged',
      entries: [{ outcome: { kind: 'unchanged' } }, { outcome: { kind: 'unchanged' } }],
      bankCommentsAdded: 0,
    });
    expect(await tables(mine)).toEqual(before);
  });

  it('changes nothing for my own file, nor for my marks passed back in hers', async () => {
    const [first, second] = await digests(mine);
    await mark(mine, first!, scored({ form: 6 }));
    const before = await tables(mine);
    expect(await merge(await exported(mine, MINE, 'Я'))).toEqual({ kind: 'ownFile' });
    expect(await tables(mine)).toEqual(before);

    // She took my marks of the first work (and passes them on unchanged), and marked the second.
    await mergeReviewFile(hers.db, hers.review, await exported(mine, MINE, 'Я'), HERS);
    await mark(hers, second!, scored({ form: 1 }));
    const report = await merge(await exported(hers));
    expect(report).toMatchObject({ kind: 'merged' });
    const outcomes =
      report.kind === 'merged'
        ? report.entries.map((entry): [string, string] => [entry.digest, entry.outcome.kind])
        : [];
    expect(new Map(outcomes)).toEqual(
      new Map([
        [first, 'ownMarks'],
        [second, 'adopted'],
      ]),
    );
    expect(await mine.db.colleagueMarks.count()).toBe(0);
  });

  it('passes on a third trainer’s marks under their name when they were not changed', async () => {
    const [first] = await digests(mine);
    const third = await desk();
    await importCohort(third.db, third.review, files);
    await mark(third, first!, scored({ form: 5 }));
    await mergeReviewFile(hers.db, hers.review, await exported(third, THIRD, 'Третий'), HERS);

    await merge(await exported(hers));

    expect((await loadMarks(mine.db, first!))?.markedBy).toEqual({
      markerId: THIRD,
      name: 'Третий',
      revision: 1,
    });
    third.db.close();
  });

  it('brings the bank comments her marks use into my bank, so they resolve', async () => {
    const [first] = await digests(mine);
    const bank = await addBankComment(hers.db, {
      packId: hers.review.packId,
      criterionId: 'form',
      text: 'Нет вводной части',
    });
    const sheet = scored({ form: 3 });
    sheet.criteria.form!.bankComments.push(bank.id);
    await mark(hers, first!, sheet);

    const report = await merge(await exported(hers));

    expect(report).toMatchObject({ bankCommentsAdded: 1 });
    expect(await mine.db.commentBank.get(bank.id)).toMatchObject({
      packId: mine.review.packId,
      criterionId: 'form',
      text: 'Нет вводной части',
    });
  });
});

describe('a colleague’s file with works I lack', () => {
  it('imports the submissions through the cohort import, with her marks', async () => {
    await importCohort(hers.db, hers.review, files);
    const [first, second] = await digests(hers);
    await mark(hers, first!, scored({ form: 8 }));
    await mark(hers, second!, scored({ form: 2 }));

    const report = await merge(await exported(hers));

    expect(report).toMatchObject({
      entries: [
        { outcome: { kind: 'adopted', submissionImported: true } },
        { outcome: { kind: 'adopted', submissionImported: true } },
      ],
    });
    expect(await digests(mine)).toEqual([first, second]);
    const names = (await listQueue(mine.db, mine.review.key)).map((row) => row.participantName).sort();
    expect(names).toEqual(['Асель Нурланова', 'Болат Сеитов']);
  });

  it('refuses a tampered submission with its marks, and takes the others whole', async () => {
    await importCohort(hers.db, hers.review, files);
    const [first, second] = await digests(hers);
    await mark(hers, first!, scored({ form: 8 }));
    await mark(hers, second!, scored({ form: 2 }));
    const entries = unzipSync(await exported(hers));
    const name = `submissions/${first}.cdsub`;
    entries[name] = strToU8(new TextDecoder().decode(entries[name]).replace('Асель', 'Алия'));

    const report = await merge(zipSync(entries));

    expect(report).toMatchObject({
      entries: [
        {
          digest: first,
          outcome: { kind: 'refused', reason: 'submission', submission: { reason: 'digestMismatch' } },
        },
        { digest: second, outcome: { kind: 'adopted' } },
      ],
    });
    expect(await digests(mine)).toEqual([second]);
    expect(await loadMarks(mine.db, first!)).toBeUndefined();
  });
});

describe('a hostile review file', () => {
  let valid: Record<string, Uint8Array>;
  let json: ReviewFileV2;
  beforeEach(async () => {
    await importCohort(mine.db, mine.review, files);
    await importCohort(hers.db, hers.review, files);
    const [first] = await digests(hers);
    await mark(hers, first!, scored({ form: 8 }));
    valid = unzipSync(await exported(hers));
    json = JSON.parse(new TextDecoder().decode(valid[REVIEW_JSON])) as ReviewFileV2;
  });

  function withJson(text: string): Uint8Array {
    return zipSync({ ...valid, [REVIEW_JSON]: strToU8(text) });
  }

  /** review.json changed as a test needs and sealed again, so that only the change is wrong. */
  async function resealed(changed: ReviewFileV2): Promise<Uint8Array> {
    const { digest: _digest, signature: _signature, ...content } = changed;
    return withJson(JSON.stringify(await sealReviewFile(content)));
  }

  it.each([
    ['notArchive', () => strToU8('{"format":"casedraft-review"}')],
    ['noReviewJson', () => zipSync({ 'other.json': strToU8('{}') })],
    ['notJson', () => withJson('{"format": ')],
    ['duplicateKey', () => withJson('{"format":"a","format":"b"}')],
    ['tooDeep', () => withJson(`${'['.repeat(100)}${']'.repeat(100)}`)],
    ['unsupportedVersion', () => withJson(JSON.stringify({ ...json, formatVersion: 3 }))],
    ['digestMismatch', () => withJson(JSON.stringify({ ...json, markerName: 'Другое имя' }))],
    ['invalidStructure', () => withJson(JSON.stringify({ ...json, extra: true }))],
    ['unexpectedEntry', () => zipSync({ ...valid, 'readme.txt': strToU8('hi') })],
    [
      'duplicateSubmission',
      () => resealed({ ...json, submissions: [...json.submissions, ...json.submissions] }),
    ],
    ['otherReview', () => resealed({ ...json, review: { ...json.review, caseId: 'case-two' } })],
  ])('is refused whole (%s), nothing of it imported', async (reason, make) => {
    const before = await tables(mine);
    expect(await merge(await make())).toMatchObject({ kind: 'refused', reason });
    expect(await tables(mine)).toEqual(before);
  });

  it('has a score the rubric does not allow refused for that work alone', async () => {
    const [entry] = json.submissions;
    const sheet = scored({ form: 99 });
    const report = await merge(await resealed({ ...json, submissions: [{ ...entry!, sheet }] }));
    expect(report).toMatchObject({ entries: [{ outcome: { kind: 'refused', reason: 'invalidScore' } }] });
    expect(await mine.db.reviewMarks.count()).toBe(0);
  });
});

describe('a signed review file (format 2)', () => {
  beforeEach(async () => {
    await importCohort(mine.db, mine.review, files);
    await importCohort(hers.db, hers.review, files);
    const [first] = await digests(hers);
    await mark(hers, first!, scored({ form: 8 }));
  });

  const reviewJson = (bytes: Uint8Array) =>
    JSON.parse(new TextDecoder().decode(unzipSync(bytes)[REVIEW_JSON])) as ReviewFileV2;
  const withJson = (bytes: Uint8Array, file: unknown) =>
    zipSync({ ...unzipSync(bytes), [REVIEW_JSON]: strToU8(JSON.stringify(file)) });

  it('is merged with who signed it, under their fingerprint', async () => {
    const made = await createTrainerIdentity(hers.db, 'Гульнара Ахметова');
    const report = await merge(await exported(hers));
    expect(report).toMatchObject({
      kind: 'merged',
      signedBy: { identity: made.secrets.public, fingerprint: await fingerprintOf(made.secrets.public) },
      entries: [{ outcome: { kind: 'adopted' } }],
    });
  });

  it('is refused whole when its marks were changed after signing, even with its digest made again', async () => {
    await createTrainerIdentity(hers.db, 'Гульнара Ахметова');
    const bytes = await exported(hers);
    const json = reviewJson(bytes);
    const [entry] = json.submissions;
    const changed = { ...json, submissions: [{ ...entry!, sheet: scored({ form: 10 }) }] };
    const { digest: _digest, signature, ...content } = changed;
    const resealed = { ...(await sealReviewFile(content)), signature };
    const renamed = {
      ...json,
      signature: { ...signature!, signer: { ...signature!.signer, name: 'Другая' } },
    };
    const before = await tables(mine);
    for (const file of [changed, resealed, renamed]) {
      expect(await merge(withJson(bytes, file))).toMatchObject({
        kind: 'refused',
        reason: 'signatureMismatch',
      });
    }
    expect(await tables(mine)).toEqual(before);
  });

  it('unsigned, is merged as unsigned; a format 1 file is still read', async () => {
    const bytes = await exported(hers);
    const json = reviewJson(bytes);
    expect(json).toMatchObject({ formatVersion: 2 });
    expect(json).not.toHaveProperty('signature');
    const report = await merge(bytes);
    expect(report).toMatchObject({ kind: 'merged', entries: [{ outcome: { kind: 'adopted' } }] });
    expect(report).not.toHaveProperty('signedBy');

    const { digest: _digest, ...v1 } = { ...json, formatVersion: 1 };
    const third = await desk();
    await importCohort(third.db, third.review, files);
    const fromV1 = await merge(withJson(bytes, v1), third);
    expect(fromV1).toMatchObject({ kind: 'merged', entries: [{ outcome: { kind: 'adopted' } }] });
    third.db.close();
  });
});
