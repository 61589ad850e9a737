import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFeedback } from '../domain/feedback/feedback';
import { createRichTextSanitizer } from '../domain/pack/rich-text';
import { emptyMarkSheet, type MarkSheet } from '../domain/review/marks';
import { importCohort } from './cohort-import';
import { addBankComment } from './comment-bank-repository';
import type { CaseDraftDatabase } from './database';
import { writeInThread, type FeedbackWriter } from '../domain/feedback/feedback-writer';
import { feedbackFiles, markedSubmissions, type FeedbackExportChoices } from './feedback-export';
import type { ReviewRecord } from './records';
import { saveMarks } from './review-marks-repository';
import { createTestDatabase } from './test-database';
import { createTrainerIdentity } from './trainer-identity-repository';
import { fingerprintOf } from '../domain/keys/identity';
import { byParticipant, startTestReview, submissionFile } from './test-review';

vi.mock('./cohort-check-client', () => import('./test-cohort-checker'));

const sanitize = createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);
const choices: FeedbackExportChoices = {
  trainerName: 'Гульнара Сапарова',
  includeModelAnswer: false,
  namesInFileNames: true,
};

let db: CaseDraftDatabase;
let review: ReviewRecord;
let digests: Record<'asel' | 'erlan', string>;
beforeEach(async () => {
  db = createTestDatabase();
  review = await startTestReview(db);
  const report = await importCohort(db, review, [
    await submissionFile('a.cdsub', byParticipant('Асель Нурланова')),
    await submissionFile('b.cdsub', byParticipant('Ерлан Ахметов', '2026-11-20T12:31:00.000Z')),
  ]);
  const [asel, erlan] = report.entries.map((entry) =>
    entry.outcome.kind === 'imported' ? entry.outcome.digest : '',
  );
  digests = { asel: asel ?? '', erlan: erlan ?? '' };
});
afterEach(() => db.close());

async function mark(digest: string, sheet: MarkSheet): Promise<void> {
  await saveMarks(db, {
    digest,
    reviewKey: review.key,
    sheet,
    expectedRevision: 0,
    writerId: 'test',
    rubric: review.case.rubric,
  });
}

/** Every criterion scored with its maximum, the first with a bank comment. */
function fullMarks(bankId: string): MarkSheet {
  const sheet = emptyMarkSheet();
  for (const [index, criterion] of review.case.rubric.entries()) {
    sheet.criteria[criterion.id] = {
      points: criterion.maxPoints,
      comment: '',
      bankComments: index === 0 ? [bankId] : [],
    };
  }
  sheet.overallComment = 'Хорошо.';
  return sheet;
}

async function collect(digestList: readonly string[], chosen = choices) {
  const files = [];
  for await (const file of feedbackFiles(db, review.key, digestList, chosen)) files.push(file);
  return files;
}

describe('the feedback export', () => {
  it('takes, from the review screen, only works with every criterion scored', async () => {
    const bank = await addBankComment(db, { packId: review.packId, criterionId: 'x', text: 'Банк' });
    await mark(digests.asel, fullMarks(bank.id));
    await mark(digests.erlan, { ...emptyMarkSheet(), overallComment: 'Начато.' });
    expect(await markedSubmissions(db, review.key)).toEqual([digests.asel]);
  });

  it('writes a file the trainee’s app reads, with the bank comment’s text and the trainer’s name', async () => {
    const bank = await addBankComment(db, {
      packId: review.packId,
      criterionId: 'x',
      text: 'Реквизиты неполные.',
    });
    await mark(digests.asel, fullMarks(bank.id));
    const [file, ...rest] = await collect([digests.asel]);
    expect(rest).toEqual([]);
    expect(file?.name).toBe('Асель-Нурланова-case-one-feedback.cdfb');
    const check = await readFeedback(file?.bytes ?? new Uint8Array(), { sanitize });
    if (!check.ok) throw new Error(`refused: ${check.reason} ${check.detail}`);
    expect(check.feedback.trainerName).toBe('Гульнара Сапарова');
    expect(check.feedback.criteria[0]?.bankComments).toEqual(['Реквизиты неполные.']);
    expect(check.feedback.total).toBe(check.feedback.maxTotal);
    expect(check.submission.participant.name).toBe('Асель Нурланова');
    expect(check.feedback).not.toHaveProperty('modelAnswerHtml');
    expect(check.signedBy).toBeUndefined();
  });

  it('signs each file with the trainer’s key once they have made it', async () => {
    const made = await createTrainerIdentity(db, 'Гульнара Сапарова');
    const bank = await addBankComment(db, { packId: review.packId, criterionId: 'x', text: 'Банк' });
    await mark(digests.asel, fullMarks(bank.id));
    const [file] = await collect([digests.asel]);
    const check = await readFeedback(file?.bytes ?? new Uint8Array(), { sanitize });
    expect(check).toMatchObject({
      ok: true,
      signedBy: {
        identity: made.secrets.public,
        fingerprint: await fingerprintOf(made.secrets.public),
      },
    });
  });

  it('names files by code when the trainer keeps names out, and sends the model answer when chosen', async () => {
    await db.trainerKeys.put({
      reviewKey: review.key,
      modelAnswer: '<p>Образец решения</p>',
      importedAt: '2026-12-01T00:00:00.000Z',
    });
    await mark(digests.asel, fullMarks('gone'));
    const code = (await db.reviewSubmissions.get(digests.asel))?.anonymousCode ?? '';
    const [file] = await collect([digests.asel], {
      ...choices,
      namesInFileNames: false,
      includeModelAnswer: true,
    });
    expect(file?.name).toBe(`${code}-case-one-feedback.cdfb`);
    expect(file?.name).not.toContain('Асель');
    const check = await readFeedback(file?.bytes ?? new Uint8Array(), { sanitize });
    expect(check.ok && check.feedback.modelAnswerHtml).toBe('<p>Образец решения</p>');
  });

  it('writes the colleague’s name on marks taken over from their review file, and skips works without marks', async () => {
    await mark(digests.asel, fullMarks('gone'));
    await db.reviewMarks.update(digests.asel, {
      markedBy: { markerId: 'colleague', name: 'Айгерим Касымова', revision: 3 },
    });
    const files = await collect([digests.asel, digests.erlan]);
    expect(files).toHaveLength(1);
    const check = await readFeedback(files[0]?.bytes ?? new Uint8Array(), { sanitize });
    expect(check.ok && check.feedback.trainerName).toBe('Айгерим Касымова');
  });

  it('gives the files in the order asked for when a writer (a worker) finishes the later one first', async () => {
    await mark(digests.asel, fullMarks('gone'));
    await mark(digests.erlan, fullMarks('gone'));
    const slowFirst: FeedbackWriter = async (source) => {
      const bytes = await writeInThread(source);
      if ((await nameIn(bytes)) === 'Асель Нурланова') {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return bytes;
    };
    const files = [];
    for await (const file of feedbackFiles(
      db,
      review.key,
      [digests.asel, digests.erlan],
      choices,
      slowFirst,
    )) {
      files.push(file.name);
    }
    expect(files).toEqual([
      expect.stringContaining('Асель-Нурланова'),
      expect.stringContaining('Ерлан-Ахметов'),
    ]);
  });
});

/** The participant named in a feedback file's submission. */
async function nameIn(bytes: Uint8Array): Promise<string | undefined> {
  const check = await readFeedback(bytes, { sanitize });
  return check.ok ? check.submission.participant.name : undefined;
}
