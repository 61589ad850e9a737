import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importCohort } from '../../storage/cohort-import';
import type { CaseDraftDatabase } from '../../storage/database';
import type { ReviewRecord } from '../../storage/records';
import { createTestDatabase } from '../../storage/test-database';
import { byParticipant, startTestReview, submissionFile } from '../../storage/test-review';
import { emptyWorksheet } from '../../domain/worksheet/worksheet';
import { SubmissionLoader } from './submission-loader';

// Node has no Web Worker: the import's checks run in the thread.
vi.mock('../../storage/cohort-check-client', () => import('../../storage/test-cohort-checker'));

let db: CaseDraftDatabase;
let review: ReviewRecord;
let digests: string[];
beforeEach(async () => {
  db = createTestDatabase();
  review = await startTestReview(db);
  await importCohort(db, review, [
    await submissionFile('a.cdsub', byParticipant('Асель')),
    await submissionFile('b.cdsub', byParticipant('Ерлан')),
  ]);
  digests = (await db.reviewSubmissions.toArray()).map((record) => record.digest);
  // Node has no idle callbacks: run at once.
  vi.stubGlobal('requestIdleCallback', (run: () => void) => (run(), 1));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  db.close();
});

describe("reading submissions for a trainer's screen", () => {
  it('gives a submission of the review with its act parsed and its worksheet, reading it once while kept', async () => {
    const loader = new SubmissionLoader(db, review.key);
    const [first, second] = digests as [string, string];
    const loaded = await loader.load(first);
    expect(loaded?.record.digest).toBe(first);
    expect(loaded?.act.type.name).toBe('doc');
    expect(loaded?.act.textContent.length).toBeGreaterThan(0);
    expect(await loader.load(first)).toBe(loaded);

    // Read ahead: the next is read before it is asked for, and told of; the one left out is read afresh.
    const told = vi.fn();
    loader.readAhead([second], [second], told);
    const ahead = loader.load(second);
    const read = await ahead;
    expect(await loader.load(second)).toBe(read);
    expect(told).toHaveBeenCalledWith(read);
    expect(await loader.load(first)).not.toBe(loaded);

    // Cancelled before the read ends: nothing is told.
    const late = vi.fn();
    loader.readAhead([first], [second], late)();
    await loader.load(second);
    expect(late).not.toHaveBeenCalled();
  });

  it('gives the worksheet of a format 3 submission too', async () => {
    const worksheet = { ...emptyWorksheet('general'), analysis: 'Долг подтверждён распиской.' };
    await importCohort(db, review, [
      await submissionFile('c.cdsub', (content) => ({
        ...byParticipant('Динара')(content),
        formatVersion: 3,
        worksheet,
        timeline: [],
      })),
    ]);
    const row = (await db.reviewSubmissions.toArray()).find((record) => record.participantName === 'Динара');
    const loaded = await new SubmissionLoader(db, review.key).load(row!.digest);
    expect(loaded?.worksheet).toEqual(worksheet);
  });

  it('gives nothing for a submission of another review or none, and reads it again once it is there', async () => {
    const loader = new SubmissionLoader(db, 'other-pack/case@1');
    expect(await loader.load(digests[0]!)).toBeUndefined();
    const [record] = await db.reviewSubmissions.toArray();
    await db.reviewSubmissions.put({ ...record!, reviewKey: 'other-pack/case@1' });
    expect((await loader.load(digests[0]!))?.record.digest).toBe(digests[0]);
  });

  it('keeps only what the screen chose to keep of each submission (classroom mode: no name)', async () => {
    const loader = new SubmissionLoader(db, review.key, ({ record, act }) => ({
      code: record.anonymousCode,
      act,
    }));
    const kept = await loader.load(digests[0]!);
    expect(Object.keys(kept ?? {}).sort()).toEqual(['act', 'code']);
    expect(JSON.stringify(kept)).not.toMatch(/Асель|Ерлан/);
  });
});
