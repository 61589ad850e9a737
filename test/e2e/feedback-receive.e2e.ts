import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseActDocument } from '../../renderer/src/domain/act/document';
import {
  buildFeedback,
  encodeFeedback,
  type FeedbackInput,
} from '../../renderer/src/domain/feedback/feedback';
import { anchorOfText } from '../../renderer/src/domain/feedback/test-feedback';
import { emptyMarkSheet } from '../../renderer/src/domain/review/marks';
import { readSubmission } from '../../renderer/src/domain/submission/submission';
import { expectAccessible } from './helpers/accessibility';
import { countRecords, partText, saveState, typeInPart } from './helpers/app';
import { appLauncher } from './helpers/browser';
import { handInBundledCase } from './helpers/review';

const app = appLauncher();

const HANDED_IN = 'Суд считает требования истца обоснованными.';
const FIRST_QUOTE = 'требования истца обоснованными';
const LATER = ' Текст после сдачи.';
const FIRST_ID = '0b7e5a3c-2d4f-4e6a-9b8c-1d2e3f4a5b6c';
const SECOND_ID = '7c9d1e2f-3a4b-4c5d-8e6f-0a1b2c3d4e5f';
const RUBRIC = [
  { id: 'form', title: 'Форма и структура', maxPoints: 10 },
  { id: 'norms', title: 'Применение норм', maxPoints: 5 },
];

/**
 * A trainer's feedback on the work the app handed in, as the trainer's app writes it (buildFeedback over the
 * submission as the review stores it): the scores, a criterion comment, a comment on a passage, an overall comment.
 */
async function feedbackOn(
  submissionBytes: Uint8Array,
  change: (input: FeedbackInput) => Partial<FeedbackInput>,
): Promise<Buffer> {
  const check = await readSubmission(submissionBytes);
  if (!check.ok) throw new Error(`the app's submission was refused: ${check.reason}`);
  const act = parseActDocument(check.submission.document);
  const sheet = emptyMarkSheet();
  sheet.criteria.form = { points: 7.5, comment: 'Структура соблюдена.', bankComments: ['bank-1'] };
  sheet.criteria.norms = { comment: '', bankComments: [] };
  sheet.anchored.push({
    id: 'a1',
    anchor: anchorOfText(act, FIRST_QUOTE),
    text: 'Почему обоснованными? Сошлитесь на доказательства.',
    criterionId: 'norms',
  });
  sheet.overallComment = 'Хорошая основа, доработайте мотивировку.';
  const input: FeedbackInput = {
    submissionText: check.json,
    trainerName: 'Гульнара Сапарова',
    caseTitle: 'Спор о возврате займа',
    rubric: RUBRIC,
    sheet,
    bankTexts: new Map([['bank-1', 'Вводная часть полная.']]),
    now: new Date('2026-12-01T10:00:00.000Z'),
    feedbackId: FIRST_ID,
  };
  return Buffer.from(encodeFeedback(await buildFeedback({ ...input, ...change(input) })));
}

async function importThroughButton(page: Page, name: string, bytes: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Импортировать отзыв…' }).click();
  await (await chooser).setFiles([{ name, mimeType: 'application/json', buffer: bytes }]);
}

async function drop(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      document
        .querySelector('.library')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
    },
    { name, text: bytes.toString('utf8') },
  );
}

/** The results the library shows under the bundled case. */
function caseResults(page: Page) {
  return page
    .locator('[data-case="civil-loan-karaganda/loan-dispute"] .feedback-results__link')
    .allInnerTexts();
}

describe('a trainee receiving feedback', () => {
  it('imports the feedback on their work and reads each comment at its passage and each score; a second feedback stays beside the first; the draft is untouched', async () => {
    const { page } = await app.launch();
    const submission = await handInBundledCase(page, 'Асель Нурланова', 2, ` ${HANDED_IN}`);
    // The trainee goes on writing after handing in: the draft is now ahead of the work the trainer marked.
    await typeInPart(page, 2, LATER);
    await expect.poll(() => saveState(page)).toBe('saved');
    const draftText = await partText(page, 'reasoning');
    expect(draftText).toContain(LATER.trim());
    const draftsBefore = await countRecords(page, 'drafts');

    await page.locator('.app-header a', { hasText: 'Библиотека' }).first().click();
    await importThroughButton(
      page,
      'Асель-Нурланова-loan-dispute-feedback.cdfb',
      await feedbackOn(submission, () => ({})),
    );
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(
        expect.stringContaining('Отзыв на «Спор о возврате займа» от Гульнара Сапарова получен: 7,5 из 15.'),
      );
    await expect.poll(() => caseResults(page)).toEqual(['Проверено: 7,5 из 15']);

    // A second feedback on the same work (re-marked by another trainer, with the model answer), dropped on the window.
    const second = await feedbackOn(submission, (input) => {
      const sheet = structuredClone(input.sheet);
      sheet.criteria.form = { points: 9, comment: 'После обсуждения: 9.', bankComments: [] };
      return {
        sheet,
        trainerName: 'Ерлан Абенов',
        feedbackId: SECOND_ID,
        now: new Date('2026-12-03T10:00:00.000Z'),
        modelAnswerHtml:
          '<h2>Мотивировочная часть</h2><p>Суд, исследовав договор займа и расписку, считает…</p>',
      };
    });
    await drop(page, 'second.cdfb', second);
    await expect.poll(() => caseResults(page)).toEqual(['Проверено: 9 из 15', 'Проверено: 7,5 из 15']);
    // The same file again changes nothing.
    await drop(page, 'second.cdfb', second);
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(expect.stringContaining('уже был здесь; ничего не изменилось'));
    expect(await countRecords(page, 'feedback')).toBe(2);

    // The first feedback: the act as handed in, the comment beside its passage, every score.
    await page.locator('.feedback-results__link', { hasText: '7,5 из 15' }).first().click();
    const act = page.getByRole('textbox', { name: 'Ваш акт в том виде, в каком он сдан' });
    await act.waitFor();
    expect(await act.innerText()).toContain(HANDED_IN);
    expect(await act.innerText()).not.toContain(LATER.trim());
    const highlight = page.locator('.passage-highlight');
    await expect.poll(() => highlight.allInnerTexts()).toEqual([FIRST_QUOTE]);
    const comment = page.locator('.margin-comment');
    expect(await comment.count()).toBe(1);
    expect(await comment.locator('.margin-comment__quote').innerText()).toBe(FIRST_QUOTE);
    expect(await comment.innerText()).toContain('Почему обоснованными? Сошлитесь на доказательства.');
    expect(await comment.innerText()).toContain('Применение норм');
    // Beside its passage: the margin places the comment level with the passage it quotes.
    await comment.scrollIntoViewIfNeeded();
    const [passageBox, commentBox] = [await highlight.boundingBox(), await comment.boundingBox()];
    expect(Math.abs((commentBox?.y ?? 0) - (passageBox?.y ?? Infinity))).toBeLessThan(24);
    // Read-only: typing changes nothing.
    await act.click();
    await page.keyboard.type('лишнее');
    expect(await act.innerText()).not.toContain('лишнее');

    const criterion = (id: string) => page.locator(`[data-criterion="${id}"]`);
    expect(await criterion('form').innerText()).toMatch(/Форма и структура\s*7,5 из 10/);
    expect(await criterion('form').innerText()).toContain('Структура соблюдена.');
    expect(await criterion('form').innerText()).toContain('Вводная часть полная.');
    expect(await criterion('norms').innerText()).toMatch(/Применение норм\s*без оценки/);
    expect(await page.locator('.feedback-summary__total').innerText()).toBe('Итого: 7,5 из 15');
    expect(await page.locator('.feedback-summary__overall').innerText()).toBe(
      'Хорошая основа, доработайте мотивировку.',
    );
    expect(await page.locator('.feedback-summary__by').innerText()).toContain('Гульнара Сапарова');
    expect(await page.locator('.model-answer').count()).toBe(0);
    // The other feedback on the case is one link away, kept beside this one.
    expect(await page.locator('.feedback-screen__marks .feedback-results__link').allInnerTexts()).toEqual([
      'Проверено: 9 из 15',
    ]);
    await expectAccessible(page, 'the feedback screen');

    // The second: its own scores and trainer, and the model answer beside the act.
    await page.locator('.feedback-screen__marks .feedback-results__link').click();
    await expect.poll(() => criterion('form').innerText()).toMatch(/9 из 10/);
    expect(await page.locator('.feedback-summary__by').innerText()).toContain('Ерлан Абенов');
    expect(await page.locator('.model-answer').innerText()).toContain('исследовав договор займа');
    await expectAccessible(page, 'the feedback screen with the model answer');

    // Back to the case: the draft is as the trainee left it, and the case shows its results.
    await page.getByRole('link', { name: /Вернуться к делу/ }).click();
    await page.locator('.act-editor').waitFor();
    expect(await partText(page, 'reasoning')).toBe(draftText);
    expect(await countRecords(page, 'drafts')).toBe(draftsBefore);
    expect(await page.locator('.workspace__feedback .feedback-results__link').allInnerTexts()).toEqual([
      'Проверено: 9 из 15',
      'Проверено: 7,5 из 15',
    ]);
  });

  it('refuses a damaged feedback file with a message saying why, keeping nothing', async () => {
    const { page } = await app.launch();
    const submission = await handInBundledCase(page, 'Асель Нурланова', 2, ` ${HANDED_IN}`);
    await page.locator('.app-header a', { hasText: 'Библиотека' }).first().click();
    const good = await feedbackOn(submission, () => ({}));
    const damaged = Buffer.from(good.toString('utf8').replace('7.5', '10'));
    await importThroughButton(page, 'damaged.cdfb', damaged);
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('Отзыв «damaged.cdfb» не импортирован');
    expect(await countRecords(page, 'feedback')).toBe(0);
    expect(await caseResults(page)).toEqual([]);
  });
});
