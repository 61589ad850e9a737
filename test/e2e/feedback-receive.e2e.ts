import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildFeedback, encodeFeedback, sealFeedback } from '../../renderer/src/domain/feedback/feedback';
import type { FeedbackFileV2 } from '../../renderer/src/domain/feedback/feedback-v2';
import { markedFeedbackInput } from '../../renderer/src/domain/feedback/test-feedback';
import { unlockIdentity } from '../../renderer/src/domain/keys/identity';
import { expectAccessible } from './helpers/accessibility';
import { countRecords, openBundledCase, partText, saveState, typeInPart } from './helpers/app';
import { appLauncher } from './helpers/browser';
import {
  FEEDBACK_CRITERION_COMMENT,
  FEEDBACK_OVERALL,
  FEEDBACK_PASSAGE,
  FEEDBACK_PASSAGE_COMMENT,
  FEEDBACK_REASONING,
  FEEDBACK_SCORES,
  FEEDBACK_TRAINER,
  markAndExportFeedback,
  trainerKeys,
} from './helpers/feedback';

const app = appLauncher();

/** What the trainee writes in their own draft of the case, after handing in: it must survive every feedback. */
const DRAFT_TEXT = ' Черновик продолжается после сдачи.';
const SECOND_ID = '7c9d1e2f-3a4b-4c5d-8e6f-0a1b2c3d4e5f';

async function importThroughButton(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Импортировать отзыв…' }).click();
  await (await chooser).setFiles([{ name, mimeType: 'application/json', buffer: Buffer.from(bytes) }]);
}

async function drop(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      document
        .querySelector('.library')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
    },
    { name, text: new TextDecoder().decode(bytes) },
  );
}

/** The results the library shows under the bundled case. */
function caseResults(page: Page) {
  return page
    .locator('[data-case="civil-loan-karaganda/loan-dispute"] .feedback-results__link')
    .allInnerTexts();
}

/**
 * The same work marked again by another trainer, as their app would write it: another feedback id, a higher score
 * for the form, no model answer, sealed anew; not signed (that trainer has no keys).
 */
async function remarked(bytes: Uint8Array): Promise<Uint8Array> {
  const {
    digest: _digest,
    modelAnswerHtml: _model,
    signature: _signature,
    ...first
  } = JSON.parse(new TextDecoder().decode(bytes)) as FeedbackFileV2;
  const criteria = first.criteria.map((mark) =>
    mark.criterionId === 'form' ? { ...mark, points: 10, comment: 'После обсуждения: 10.' } : mark,
  );
  const total = criteria.reduce((sum, mark) => sum + (mark.points ?? 0), 0);
  return encodeFeedback(
    await sealFeedback({
      ...first,
      feedbackId: SECOND_ID,
      trainerName: 'Абенов Ерлан',
      createdAt: '2026-12-09T10:00:00.000Z',
      criteria,
      total,
    }),
  );
}

describe('a trainee receiving feedback', () => {
  it('imports the feedback the trainer exported, sees who signed it, reads each comment at its passage and each score, keeps a second feedback beside the first, and finds the draft untouched', async () => {
    const { page: trainer } = await app.launch();
    const keys = await trainerKeys(FEEDBACK_TRAINER);
    const signedBy = `Подписано: ${FEEDBACK_TRAINER}, ключ ${keys.fingerprint}`;
    const made = await markAndExportFeedback(trainer, app.baseUrl, 'Асель Нурланова', keys.secrets);
    const second = await remarked(made.bytes);

    // The trainee's own computer: the case drafted on, well past the work handed in.
    const { page } = await app.launch();
    await openBundledCase(page);
    await typeInPart(page, 2, DRAFT_TEXT);
    await expect.poll(() => saveState(page)).toBe('saved');
    const draftText = await partText(page, 'reasoning');
    const draftsBefore = await countRecords(page, 'drafts');

    await page.locator('.app-header__link', { hasText: 'Библиотека' }).click();
    await importThroughButton(page, made.fileName, made.bytes);
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(expect.stringContaining(`: 79,5 из 100. Проверил(а): ${FEEDBACK_TRAINER}.`));
    expect(await page.getByRole('status').allInnerTexts()).toContainEqual(expect.stringContaining(signedBy));
    await expect.poll(() => caseResults(page)).toEqual(['Проверено: 79,5 из 100']);

    // The second, dropped on the window, sits beside the first (the newest first); the same file again changes nothing.
    await drop(page, 'second.cdfb', second);
    await expect.poll(() => caseResults(page)).toEqual(['Проверено: 81,5 из 100', 'Проверено: 79,5 из 100']);
    await drop(page, 'second.cdfb', second);
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(expect.stringContaining('уже был здесь; ничего не изменилось'));
    expect(await countRecords(page, 'feedback')).toBe(2);

    // The first feedback: the act as handed in, read-only, the comment beside its passage, every score.
    await page.locator('.feedback-results__link', { hasText: '79,5 из 100' }).click();
    const act = page.getByRole('textbox', { name: 'Ваш акт в том виде, в каком он сдан' });
    // The act's view may be built a moment after its box is on the page (off the page's busiest moment).
    await expect.poll(() => act.innerText()).toContain(FEEDBACK_REASONING);
    expect(await act.innerText()).not.toContain(DRAFT_TEXT.trim());
    const highlight = page.locator('.passage-highlight');
    await expect.poll(() => highlight.allInnerTexts()).toEqual([FEEDBACK_PASSAGE]);
    const comment = page.locator('.margin-comment');
    expect(await comment.count()).toBe(1);
    expect(await comment.locator('.margin-comment__quote').innerText()).toBe(FEEDBACK_PASSAGE);
    expect(await comment.innerText()).toContain(FEEDBACK_PASSAGE_COMMENT);
    // Beside its passage: the margin places the comment level with the passage it quotes.
    await highlight.scrollIntoViewIfNeeded();
    const passageBox = await highlight.boundingBox();
    const commentBox = await comment.boundingBox();
    expect(Math.abs((commentBox?.y ?? 0) - (passageBox?.y ?? Infinity))).toBeLessThan(24);
    await act.click();
    await page.keyboard.type('лишнее');
    expect(await act.innerText()).not.toContain('лишнее');

    const criterion = (id: string) => page.locator(`.feedback-criteria [data-criterion="${id}"]`);
    for (const [criterionId, typed] of FEEDBACK_SCORES) {
      expect(await criterion(criterionId).innerText()).toMatch(new RegExp(`\\n?${typed} из \\d+`));
    }
    expect(await criterion('form').innerText()).toContain(FEEDBACK_CRITERION_COMMENT);
    expect(await page.locator('.feedback-summary__total').innerText()).toBe('Итого: 79,5 из 100');
    expect(await page.locator('.feedback-summary__overall').innerText()).toBe(FEEDBACK_OVERALL);
    expect(await page.locator('.feedback-summary__by').innerText()).toContain(FEEDBACK_TRAINER);
    expect(await page.locator('.feedback-summary__signer').innerText()).toBe(signedBy);
    expect(await page.locator('.feedback-summary__for').innerText()).toBe('Отзыв для: Асель Нурланова');
    expect(await page.locator('.model-answer__part').count()).toBeGreaterThan(0);
    // The other feedback on the case, one link away.
    const others = page.locator('.feedback-screen__marks .feedback-results__link');
    expect(await others.allInnerTexts()).toEqual(['Проверено: 81,5 из 100']);
    await expectAccessible(page, 'the feedback screen');

    // The second: its own score and trainer, no model answer.
    await others.click();
    await expect.poll(() => criterion('form').innerText()).toContain('После обсуждения: 10.');
    expect(await page.locator('.feedback-summary__by').innerText()).toContain('Абенов Ерлан');
    expect(await page.locator('.feedback-summary__signer').innerText()).toContain('Без подписи');
    expect(await page.locator('.model-answer').count()).toBe(0);

    // Back to the case: the draft is as the trainee left it, and the case shows both results.
    await page.getByRole('link', { name: /Вернуться к делу/ }).click();
    await page.locator('.act-editor').waitFor();
    expect(await partText(page, 'reasoning')).toBe(draftText);
    expect(await countRecords(page, 'drafts')).toBe(draftsBefore);
    expect(await page.locator('.workspace__feedback .feedback-results__link').allInnerTexts()).toEqual([
      'Проверено: 81,5 из 100',
      'Проверено: 79,5 из 100',
    ]);
  }, 240_000);

  it('refuses a damaged feedback file with a message saying why, keeping nothing', async () => {
    const { page } = await app.launch();
    const good = new TextDecoder().decode(encodeFeedback(await buildFeedback(await markedFeedbackInput())));
    const damaged = new TextEncoder().encode(good.replace('"points": 7.5', '"points": 10'));
    await importThroughButton(page, 'damaged.cdfb', damaged);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('Отзыв «damaged.cdfb» не импортирован');
    expect(await countRecords(page, 'feedback')).toBe(0);
    expect(await caseResults(page)).toEqual([]);
  });

  it('refuses a signed feedback file changed after signing, saying so, keeping nothing', async () => {
    const { page } = await app.launch();
    const { secrets } = await trainerKeys(FEEDBACK_TRAINER);
    const signer = await unlockIdentity(secrets);
    const signed = await buildFeedback({ ...(await markedFeedbackInput()), signer });
    // A higher score that adds up, the digest made again: only the signature still tells the change.
    const { digest: _digest, signature, ...content } = signed;
    const criteria = content.criteria.map((mark) =>
      mark.criterionId === 'form' ? { ...mark, points: 10 } : mark,
    );
    const changed = { ...(await sealFeedback({ ...content, criteria, total: 10 })), signature };
    await importThroughButton(page, 'changed.cdfb', encodeFeedback(changed));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('изменён после того, как тренер его подписал');
    expect(await countRecords(page, 'feedback')).toBe(0);
    expect(await caseResults(page)).toEqual([]);
  });
});
