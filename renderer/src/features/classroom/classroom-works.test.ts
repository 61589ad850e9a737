import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { b } from '../../domain/act/test-builders';
import { importCohort } from '../../storage/cohort-import';
import type { CaseDraftDatabase } from '../../storage/database';
import type { ReviewRecord } from '../../storage/records';
import { listQueue } from '../../storage/review-repository';
import { toggleShortlisted } from '../../storage/review-shortlist';
import { createTestDatabase } from '../../storage/test-database';
import { byParticipant, startTestReview, submissionFile } from '../../storage/test-review';
import { actPart, readClassroomWorks, workLabel } from './classroom-works';

// Node has no Web Worker: the import's checks run in the thread.
vi.mock('../../storage/cohort-check-client', () => import('../../storage/test-cohort-checker'));

const NAMES = ['Асель Нурланова', 'Ерлан Сапаров', 'Дана Ким'];

let db: CaseDraftDatabase;
let review: ReviewRecord;
beforeEach(async () => {
  db = createTestDatabase();
  review = await startTestReview(db);
  await importCohort(
    db,
    review,
    await Promise.all(NAMES.map((name, index) => submissionFile(`${index}.cdsub`, byParticipant(name)))),
  );
});
afterEach(() => db.close());

describe('the works classroom mode offers', () => {
  it('lists the shortlisted first in the order chosen, then the others by code, with codes and no names', async () => {
    const queue = await listQueue(db, review.key);
    const [first, second, third] = queue.map((entry) => entry.digest) as [string, string, string];
    await toggleShortlisted(db, review.key, third);
    await toggleShortlisted(db, review.key, first);
    await toggleShortlisted(db, review.key, 'not-in-this-review');

    const works = await readClassroomWorks(db, review.key);
    expect(works.slice(0, 2).map((work) => work.digest)).toEqual([third, first]);
    expect(works.map((work) => work.shortlistIndex)).toEqual([0, 1, undefined]);
    expect(works[2]?.digest).toBe(second);
    const code = (digest: string) => queue.find((entry) => entry.digest === digest)?.anonymousCode;
    expect(works.map((work) => work.code)).toEqual([code(third), code(first), code(second)]);
    expect(JSON.stringify(works)).not.toMatch(/Асель|Ерлан|Дана|Нурланова|Сапаров|Ким/);
  });

  it('orders the works off the shortlist by code, not by the order they were imported in', async () => {
    const works = await readClassroomWorks(db, review.key);
    const codes = works.map((work) => work.code);
    expect(codes).toEqual([...codes].sort((a, b) => a.localeCompare(b)));
  });

  it('names a shortlisted work by a letter, and by its code beyond the last letter or off the list', () => {
    expect(workLabel({ digest: 'd', code: 'K7Q2M', shortlistIndex: 1 }, 'АБВ')).toBe('Б');
    expect(workLabel({ digest: 'd', code: 'K7Q2M', shortlistIndex: 3 }, 'АБВ')).toBe('K7Q2M');
    expect(workLabel({ digest: 'd', code: 'K7Q2M' }, 'АБВ')).toBe('K7Q2M');
  });
});

describe('one part of an act', () => {
  it('is the act with that part alone, or nothing for a part it lacks', () => {
    const act = b.doc(
      { template: 'civil-decision', language: 'ru' },
      b.part(
        { id: 'intro' },
        b.part_heading({ text: 'Вводная часть' }),
        b.paragraph('Именем Республики Казахстан'),
      ),
      b.part(
        { id: 'reasoning' },
        b.part_heading({ text: 'Мотивировочная часть' }),
        b.paragraph('Суд считает…'),
      ),
    );
    const part = actPart(act, 'reasoning');
    expect(part?.childCount).toBe(1);
    expect(part?.textContent).toBe('Суд считает…');
    expect(part?.attrs).toEqual(act.attrs);
    expect(actPart(act, 'no-such-part')).toBeUndefined();
  });
});
