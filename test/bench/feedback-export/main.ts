import { parseActDocument } from '../../../renderer/src/domain/act/document';
import { zipInWorkers } from '../../../renderer/src/features/review/handback/feedback-export-client';
import { readPackFile } from '../../../renderer/src/domain/pack/read-pack';
import { createRichTextSanitizer } from '../../../renderer/src/domain/pack/rich-text';
import { writePackArchive } from '../../../renderer/src/domain/pack/write-pack';
import { anchorOf } from '../../../renderer/src/domain/review/anchor';
import { countOutcomes } from '../../../renderer/src/domain/review/import-report';
import { emptyMarkSheet, type MarkSheet } from '../../../renderer/src/domain/review/marks';
import type { Submission } from '../../../renderer/src/domain/submission/submission';
import { importCohort } from '../../../renderer/src/storage/cohort-import';
import { addBankComment } from '../../../renderer/src/storage/comment-bank-repository';
import { CaseDraftDatabase } from '../../../renderer/src/storage/database';
import { feedbackFiles, markedSubmissions } from '../../../renderer/src/storage/feedback-export';
import { importPack } from '../../../renderer/src/storage/pack-repository';
import type { ReviewRecord } from '../../../renderer/src/storage/records';
import { saveMarks } from '../../../renderer/src/storage/review-marks-repository';
import { startReview } from '../../../renderer/src/storage/review-repository';
import { createTrainerIdentity } from '../../../renderer/src/storage/trainer-identity-repository';
import { COHORT_150, COHORT_CASE, COHORT_PACK, generateCohort } from '../cohort-import/generate-cohort';
import { generatePack } from '../pack-import/generate-pack';
import type { FeedbackBench } from './protocol';

const db = new CaseDraftDatabase('bench-feedback-export');
let review: ReviewRecord | undefined;

/** A trainer's marks of one act: every criterion scored and commented, one with a bank comment, three passages. */
function marksOf(
  act: ReturnType<typeof parseActDocument>,
  rubric: ReviewRecord['case']['rubric'],
  bankId: string,
) {
  const sheet: MarkSheet = emptyMarkSheet();
  for (const [index, criterion] of rubric.entries()) {
    sheet.criteria[criterion.id] = {
      points: Math.min(criterion.maxPoints, index + 0.5),
      comment: 'Критерий раскрыт не полностью: см. замечания на полях.',
      bankComments: index === 0 ? [bankId] : [],
    };
  }
  const blocks: number[] = [];
  act.descendants((node, pos) => {
    if (node.isTextblock && node.textContent.length > 40) blocks.push(pos + 1);
    return !node.isTextblock;
  });
  for (const at of [blocks[3], blocks[Math.floor(blocks.length / 2)], blocks.at(-2)]) {
    const anchor = at === undefined ? undefined : anchorOf(act, at, at + 30);
    if (anchor) sheet.anchored.push({ id: crypto.randomUUID(), anchor, text: 'Неточная формулировка.' });
  }
  sheet.overallComment = 'Работа выполнена в целом верно; обратите внимание на мотивировку.';
  return sheet;
}

async function prepare(submissions: number) {
  const start = performance.now();
  await db.delete();
  await db.open();
  const { manifest, files: packFiles } = await generatePack(COHORT_PACK);
  const pack = await readPackFile(writePackArchive(manifest, packFiles), {
    sanitize: createRichTextSanitizer(window),
  });
  await importPack(db, pack, { bundled: false });
  const started = await startReview(db, COHORT_CASE.packId, COHORT_CASE.caseId);
  if (!started.ok) throw new Error(`The review did not start: ${started.reason}`);
  review = started.review;
  // The trainer has keys, as every trainer has after issue 14: each file is signed, as the app signs it.
  await createTrainerIdentity(db, 'Гульнара Сапарова');
  const files = await generateCohort({ ...COHORT_150, submissions });
  const counts = countOutcomes(await importCohort(db, review, files));
  if (counts.imported !== files.length) throw new Error(`Not every file went in: ${JSON.stringify(counts)}`);
  const rubric = review.case.rubric;
  const bank = await addBankComment(db, {
    packId: review.packId,
    criterionId: rubric[0]!.id,
    text: 'Вводная часть не содержит всех реквизитов.',
  });
  for (const file of files) {
    const submission = JSON.parse(new TextDecoder().decode(file.bytes)) as Submission;
    const sheet = marksOf(parseActDocument(submission.document), rubric, bank.id);
    await saveMarks(db, {
      digest: submission.digest.value,
      reviewKey: review.key,
      sheet,
      expectedRevision: 0,
      writerId: 'bench',
      rubric,
    });
  }
  return {
    submissions: files.length,
    submissionBytes: files.reduce((sum, file) => sum + file.bytes.byteLength, 0),
    seedMs: performance.now() - start,
  };
}

async function measureExport() {
  if (!review) throw new Error('prepare() first');
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  try {
    const start = performance.now();
    const digests = await markedSubmissions(db, review.key);
    const choices = { trainerName: 'Гульнара Сапарова', includeModelAnswer: true, namesInFileNames: true };
    const zip = await zipInWorkers((workers) =>
      feedbackFiles(db, review!.key, digests, choices, workers.write),
    );
    const ms = performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { ms, files: zip.count, zipBytes: zip.bytes.byteLength, longestTaskMs: Math.max(0, ...longTasks) };
  } finally {
    observer.disconnect();
  }
}

const bench: FeedbackBench = { prepare, measureExport };
window.feedbackBench = bench;
