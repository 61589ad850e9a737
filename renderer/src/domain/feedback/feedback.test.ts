import { zipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createRichTextSanitizer } from '../pack/rich-text';
import {
  encodeSubmission,
  sealSubmission,
  submissionHeader,
  type Submission,
} from '../submission/submission';
import { validSubmissionContent } from '../submission/test-submission';
import {
  buildFeedback,
  encodeFeedback,
  FEEDBACK_LIMITS,
  feedbackFileName,
  readFeedback,
  sealFeedback,
  type FeedbackCheck,
  type FeedbackProblem,
  writeFeedback,
  writeFeedbackOfBytes,
} from './feedback';
import type { FeedbackFileV2 } from './feedback-v2';
import { markedFeedbackInput, REASONING } from './test-feedback';

const sanitize = createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);
const read = (bytes: Uint8Array) => readFeedback(bytes, { sanitize });
const text = (value: string) => new TextEncoder().encode(value);

async function built(): Promise<FeedbackFileV2> {
  return buildFeedback(await markedFeedbackInput());
}

/** The file changed as a test needs and sealed again, so that only the change is wrong. */
type FeedbackContent = Omit<FeedbackFileV2, 'digest' | 'signature'>;

async function resealed(change: (file: FeedbackContent) => FeedbackContent) {
  const { digest: _digest, ...content } = await built();
  return encodeFeedback(await sealFeedback(change(content)));
}

function reasonOf(check: FeedbackCheck): FeedbackProblem | 'accepted' {
  return check.ok ? 'accepted' : check.reason;
}

describe('a feedback file', () => {
  it('carries the scores, the bank comments as text, the anchored comments and the submission it marks', async () => {
    const feedback = await built();
    expect(feedback).toMatchObject({
      format: 'casedraft-feedback',
      formatVersion: 2,
      trainerName: 'Гульнара Сапарова',
      packId: 'civil-loan-karaganda',
      caseId: 'loan-dispute',
      total: 7.5,
      maxTotal: 15,
      overallComment: 'Хорошая работа.',
      criteria: [
        {
          criterionId: 'form',
          points: 7.5,
          comment: 'Структура соблюдена.',
          bankComments: ['Вводная часть полная.'],
        },
        { criterionId: 'norms', comment: '', bankComments: [] },
      ],
      anchored: [
        {
          quote: 'Иск удовлетворить.',
          text: 'Резолютивная часть неконкретна.\n\nСформулируйте точнее.',
          criterionId: 'form',
        },
      ],
    });
    expect(feedback.criteria[1]).not.toHaveProperty('points');
    expect(feedback).not.toHaveProperty('modelAnswerHtml');
  });

  it('is read back whole, with its submission and each comment at its passage', async () => {
    const feedback = await built();
    const check = await read(encodeFeedback(feedback));
    if (!check.ok) throw new Error(`refused: ${check.reason} ${check.detail}`);
    expect(check.feedback).toEqual(feedback);
    expect(check.submission.digest.value).toBe(feedback.submissionDigest);
    expect(check.submission.participant.name).toBe('Асель Нурланова');
    const [place] = check.anchors;
    expect(place && check.act.textBetween(place.from, place.to)).toBe('Иск удовлетворить.');
  });

  it('finds a passage whose positions moved by its quote', async () => {
    const bytes = await resealed((file) => ({
      ...file,
      anchored: file.anchored.map((item) => ({ ...item, from: item.from - 3, to: item.to - 3 })),
    }));
    const check = await read(bytes);
    if (!check.ok) throw new Error(check.reason);
    const [place] = check.anchors;
    expect(place && check.act.textBetween(place.from, place.to)).toBe('Иск удовлетворить.');
  });

  it('leaves out only the criterion of an anchored comment filed under one the rubric does not have', async () => {
    const input = await markedFeedbackInput();
    const [item] = input.sheet.anchored;
    if (!item) throw new Error('no anchored comment');
    item.criterionId = 'removed-criterion';
    const feedback = await buildFeedback(input);
    expect(feedback.anchored[0]).not.toHaveProperty('criterionId');
    expect(feedback.anchored[0]?.quote).toBe('Иск удовлетворить.');
    expect(reasonOf(await read(encodeFeedback(feedback)))).toBe('accepted');
  });

  it('carries the model answer only when the trainer chose it', async () => {
    const feedback = await buildFeedback({
      ...(await markedFeedbackInput()),
      modelAnswerHtml: '<p>Образец</p>',
    });
    expect(feedback.modelAnswerHtml).toBe('<p>Образец</p>');
    expect(reasonOf(await read(encodeFeedback(feedback)))).toBe('accepted');
  });

  it('is written by writeFeedback byte for byte as buildFeedback and encodeFeedback write it', async () => {
    // Values that hold the characters writeFeedback cuts the file at, and what JSON escapes.
    const input = {
      ...(await markedFeedbackInput()),
      trainerName: 'Имя "submissionText": "" \\ конец',
      caseTitle: '"submissionText":"" \n\t\u0001',
      modelAnswerHtml: '<p>"submissionText": ""</p>',
    };
    const written = await writeFeedback(input);
    expect(new TextDecoder().decode(written)).toBe(
      new TextDecoder().decode(encodeFeedback(await buildFeedback(input))),
    );
    expect(reasonOf(await read(written))).toBe('accepted');
  });

  it('is written from the stored submission’s bytes and header as writeFeedback writes it from the text', async () => {
    const { submissionText, ...rest } = await markedFeedbackInput();
    const input = { ...rest, caseTitle: 'Дело "submissionText": "" \\ конец' };
    const submission = JSON.parse(submissionText) as Submission;
    const ofBytes = await writeFeedbackOfBytes({
      ...input,
      submissionBytes: text(submissionText),
      header: submissionHeader(submission),
    });
    expect(new TextDecoder().decode(ofBytes)).toBe(
      new TextDecoder().decode(await writeFeedback({ ...input, submissionText })),
    );
    expect(reasonOf(await read(ofBytes))).toBe('accepted');
  });

  it('is named by the trainee and the case', () => {
    expect(feedbackFileName('Асель  Нурланова', 'loan-dispute')).toBe(
      'Асель-Нурланова-loan-dispute-feedback.cdfb',
    );
    expect(feedbackFileName('a/b:c', 'x')).toBe('abc-x-feedback.cdfb');
    expect(feedbackFileName('', 'x')).toBe('x-feedback.cdfb');
  });
});

describe('readFeedback refuses, never throws', () => {
  it('a file too large, before reading it', async () => {
    expect(reasonOf(await read(new Uint8Array(FEEDBACK_LIMITS.maxFileBytes + 1)))).toBe('tooLarge');
  });

  it('bytes that are not JSON text', async () => {
    expect(reasonOf(await read(new Uint8Array([0xff, 0xfe, 0x00])))).toBe('notJson');
    expect(reasonOf(await read(text('{"format": ')))).toBe('notJson');
  });

  it('nesting deeper than a feedback file has', async () => {
    expect(reasonOf(await read(text(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)))).toBe('tooDeep');
  });

  it('a key given twice', async () => {
    const json = new TextDecoder().decode(encodeFeedback(await built()));
    expect(reasonOf(await read(text(json.replace('{', '{"total": 100,'))))).toBe('duplicateKey');
  });

  it('a zip of feedback files, naming it as a whole group’s, even one too large for a feedback file', async () => {
    const one = encodeFeedback(await built());
    const cohort = zipSync({ 'Асель-loan-feedback.cdfb': one, 'Ерлан-loan-feedback.cdfb': one });
    expect(reasonOf(await read(cohort))).toBe('feedbackArchive');
    const large = zipSync({ 'a.cdfb': [new Uint8Array(FEEDBACK_LIMITS.maxFileBytes + 1), { level: 0 }] });
    expect(reasonOf(await read(large))).toBe('feedbackArchive');
    expect(reasonOf(await read(zipSync({ 'notes.txt': text('x') })))).toBe('notJson');
  });

  it('a submission, or anything else that is not feedback', async () => {
    const submission = encodeSubmission(await sealSubmission(validSubmissionContent()));
    expect(reasonOf(await read(submission))).toBe('notFeedback');
    expect(reasonOf(await read(text('[1, 2]')))).toBe('notFeedback');
    expect(reasonOf(await read(text('null')))).toBe('notFeedback');
  });

  it('a newer format version', async () => {
    const bytes = await resealed((file) => ({ ...file, formatVersion: 3 as 2 }));
    expect(reasonOf(await read(bytes))).toBe('unsupportedVersion');
  });

  it('an unknown field, at any level', async () => {
    const top = await resealed((file) => ({ ...file, grade: 'A' }) as typeof file);
    const inner = await resealed((file) => ({
      ...file,
      criteria: file.criteria.map((mark) => ({ ...mark, hidden: true })),
    }));
    expect(reasonOf(await read(top))).toBe('invalidStructure');
    expect(reasonOf(await read(inner))).toBe('invalidStructure');
  });

  it('a file changed after it was written', async () => {
    const feedback = await built();
    expect(reasonOf(await read(encodeFeedback({ ...feedback, total: 10 })))).toBe('digestMismatch');
  });

  it('marks that do not add up against the rubric', async () => {
    const cases: ((file: FeedbackContent) => FeedbackContent)[] = [
      (file) => ({ ...file, total: 9 }),
      (file) => ({ ...file, maxTotal: 20 }),
      (file) => ({ ...file, criteria: file.criteria.map((mark) => ({ ...mark, points: 11 })), total: 22 }),
      (file) => ({ ...file, criteria: file.criteria.slice(0, 1) }),
      (file) => ({ ...file, anchored: file.anchored.map((item) => ({ ...item, criterionId: 'other' })) }),
    ];
    for (const change of cases)
      expect(reasonOf(await read(await resealed(change)))).toBe('inconsistentMarks');
  });

  it('a damaged submission inside, saying why readSubmission refused it', async () => {
    const check = await read(
      await resealed((file) => ({
        ...file,
        submissionText: file.submissionText.replace('Асель Нурланова', 'Другой человек'),
      })),
    );
    expect(check).toMatchObject({
      ok: false,
      reason: 'invalidSubmission',
      submissionReason: 'digestMismatch',
    });
  });

  it('a submission other than the one the file names', async () => {
    const other = await resealed((file) => ({ ...file, submissionDigest: 'a'.repeat(64) }));
    const otherCase = await resealed((file) => ({ ...file, caseId: 'other-case' }));
    expect(reasonOf(await read(other))).toBe('submissionMismatch');
    expect(reasonOf(await read(otherCase))).toBe('submissionMismatch');
  });

  it('a comment on a passage the act does not have', async () => {
    const bytes = await resealed((file) => ({
      ...file,
      anchored: file.anchored.map((item) => ({ ...item, quote: `${REASONING} Ещё` })),
    }));
    expect(reasonOf(await read(bytes))).toBe('anchorNotInAct');
  });

  it('a model answer the pack sanitiser would change', async () => {
    const bytes = await resealed((file) => ({ ...file, modelAnswerHtml: '<p onclick="x()">Образец</p>' }));
    expect(reasonOf(await read(bytes))).toBe('unsafeModelAnswer');
  });
});
