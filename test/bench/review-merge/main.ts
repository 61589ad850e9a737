import { readPackFile } from '../../../renderer/src/domain/pack/read-pack';
import { createRichTextSanitizer } from '../../../renderer/src/domain/pack/rich-text';
import { writePackArchive } from '../../../renderer/src/domain/pack/write-pack';
import { emptyMarkSheet, type MarkSheet } from '../../../renderer/src/domain/review/marks';
import { countMergeOutcomes } from '../../../renderer/src/domain/review/review-merge-report';
import { importCohort } from '../../../renderer/src/storage/cohort-import';
import { addBankComment } from '../../../renderer/src/storage/comment-bank-repository';
import { CaseDraftDatabase } from '../../../renderer/src/storage/database';
import { importPack } from '../../../renderer/src/storage/pack-repository';
import type {
  ReviewMarkRecord,
  ReviewRecord,
  ReviewSubmissionRecord,
} from '../../../renderer/src/storage/records';
import { exportReviewFile } from '../../../renderer/src/storage/review-file-export';
import { saveMarks } from '../../../renderer/src/storage/review-marks-repository';
import { mergeReviewFile } from '../../../renderer/src/storage/review-merge';
import { startReview } from '../../../renderer/src/storage/review-repository';
import { COHORT_CASE, COHORT_PACK, generateCohort } from '../cohort-import/generate-cohort';
import { generatePack } from '../pack-import/generate-pack';
import type { MergeInfo, ReviewMergeBench } from './protocol';

const sanitize = createRichTextSanitizer(window);
const MINE = 'bench-marker-mine';
let mine: { db: CaseDraftDatabase; review: ReviewRecord } | undefined;
let herFile: Uint8Array | undefined;
/** This trainer's marks and queue rows as prepared, put back before each round. */
let baseline: { marks: ReviewMarkRecord[]; rows: ReviewSubmissionRecord[] } | undefined;

async function reviewDatabase(name: string, packBytes: Uint8Array) {
  const db = new CaseDraftDatabase(name);
  await db.delete();
  await db.open();
  await importPack(db, await readPackFile(packBytes, { sanitize }), { bundled: false });
  const started = await startReview(db, COHORT_CASE.packId, COHORT_CASE.caseId);
  if (!started.ok) throw new Error(`The review did not start: ${started.reason}`);
  return { db, review: started.review };
}

/** A trainer's full marks of a work: every criterion scored and commented, a bank comment, a passage comment. */
function markSheet(review: ReviewRecord, seed: number, bankId: string): MarkSheet {
  const sheet = emptyMarkSheet();
  review.case.rubric.forEach((criterion, index) => {
    sheet.criteria[criterion.id] = {
      points: (seed + index) % (criterion.maxPoints + 1),
      comment: `Комментарий к критерию «${criterion.title}» для работы ${seed}.`,
      bankComments: index === 0 ? [bankId] : [],
    };
  });
  sheet.anchored.push({ id: `a${seed}`, anchor: { from: 10, to: 40, quote: '' }, text: 'Неточно.' });
  sheet.overallComment = `Работа ${seed}: в целом последовательно.`;
  return sheet;
}

async function markAll(
  { db, review }: { db: CaseDraftDatabase; review: ReviewRecord },
  digests: readonly string[],
  offset: number,
): Promise<void> {
  const criterionId = review.case.rubric[0]!.id;
  const bank = await addBankComment(db, { packId: review.packId, criterionId, text: `Банк ${offset}` });
  for (const [index, digest] of digests.entries()) {
    const saved = await saveMarks(db, {
      digest,
      reviewKey: review.key,
      sheet: markSheet(review, index + offset, bank.id),
      expectedRevision: 0,
      writerId: `bench-${offset}`,
      rubric: review.case.rubric,
    });
    if (!saved.ok) throw new Error('marks not saved');
  }
}

async function prepare(): Promise<MergeInfo> {
  const start = performance.now();
  const { manifest, files: packFiles } = await generatePack(COHORT_PACK);
  const packBytes = writePackArchive(manifest, packFiles);
  const files = await generateCohort();
  const hers = await reviewDatabase('bench-review-merge-hers', packBytes);
  mine = await reviewDatabase('bench-review-merge-mine', packBytes);
  for (const desk of [hers, mine]) {
    const report = await importCohort(desk.db, desk.review, files);
    if (report.entries.some((entry) => entry.outcome.kind !== 'imported'))
      throw new Error('cohort not imported');
  }
  const digests = (await mine.db.reviewSubmissions.toArray()).map((row) => row.digest).sort();
  await markAll(hers, digests, 0);
  await markAll(
    mine,
    digests.filter((_, index) => index % 2 === 0),
    1,
  );
  herFile = (await exportReviewFile(hers.db, hers.review, { markerId: 'bench-marker-hers', name: 'Коллега' }))
    .bytes;
  hers.db.close();
  baseline = { marks: await mine.db.reviewMarks.toArray(), rows: await mine.db.reviewSubmissions.toArray() };
  return { submissions: files.length, fileBytes: herFile.byteLength, prepareMs: performance.now() - start };
}

async function measureMerge(): Promise<number> {
  if (!mine || !herFile || !baseline) throw new Error('prepare() first');
  const { db, review } = mine;
  const { marks, rows } = baseline;
  await db.transaction(
    'rw',
    [db.reviewMarks, db.colleagueMarks, db.reviewSubmissions, db.commentBank],
    async () => {
      await db.reviewMarks.clear();
      await db.colleagueMarks.clear();
      await db.reviewMarks.bulkPut(marks);
      await db.reviewSubmissions.bulkPut(rows);
      // Her bank comment comes in again each round.
      const theirs = await db.commentBank.filter((comment) => comment.text === 'Банк 0').primaryKeys();
      await db.commentBank.bulkDelete(theirs);
    },
  );
  const started = performance.now();
  const report = await mergeReviewFile(db, review, herFile, MINE);
  const ms = performance.now() - started;
  if (report.kind !== 'merged') throw new Error(`not merged: ${JSON.stringify(report)}`);
  const counts = countMergeOutcomes(report.entries);
  if (counts.adopted !== 75 || counts.colleagueAdded !== 75 || report.bankCommentsAdded !== 1) {
    throw new Error(`unexpected outcomes: ${JSON.stringify(counts)}`);
  }
  return ms;
}

const bench: ReviewMergeBench = { prepare, measureMerge };
window.reviewMergeBench = bench;
