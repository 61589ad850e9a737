import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readFeedback } from '../../renderer/src/domain/feedback/feedback';
import { createRichTextSanitizer } from '../../renderer/src/domain/pack/rich-text';
import { appLauncher } from './helpers/browser';
import {
  FEEDBACK_CRITERION_COMMENT,
  FEEDBACK_OVERALL,
  FEEDBACK_PASSAGE,
  FEEDBACK_PASSAGE_COMMENT,
  FEEDBACK_SCORES,
  FEEDBACK_TOTAL,
  FEEDBACK_TRAINER,
  markAndExportFeedback,
} from './helpers/feedback';

const app = appLauncher();
const sanitize = createRichTextSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);
const PARTICIPANT = 'Жанибекова Айгерим Саматовна';

describe('feedback to trainees', () => {
  it('is exported by a trainer who marked a work, one file or every marked work in a zip, and reads back whole', async () => {
    const { page } = await app.launch();
    const made = await markAndExportFeedback(page, app.baseUrl, PARTICIPANT);

    // Named so the trainee finds theirs; read by the trainee's reader: scores, comments at their passage, all of it.
    expect(made.fileName).toBe('Жанибекова-Айгерим-Саматовна-loan-dispute-feedback.cdfb');
    const check = await readFeedback(made.bytes, { sanitize });
    if (!check.ok) throw new Error(`refused: ${check.reason} ${check.detail}`);
    const { feedback } = check;
    expect(feedback.trainerName).toBe(FEEDBACK_TRAINER);
    expect(check.submission.participant.name).toBe(PARTICIPANT);
    expect(feedback.criteria.map((mark) => [mark.criterionId, mark.points])).toEqual(
      FEEDBACK_SCORES.map(([criterionId, , points]) => [criterionId, points]),
    );
    expect(feedback.criteria[0]?.comment).toBe(FEEDBACK_CRITERION_COMMENT);
    expect(feedback.total).toBe(FEEDBACK_TOTAL);
    expect(feedback.maxTotal).toBe(100);
    expect(feedback.overallComment).toBe(FEEDBACK_OVERALL);
    expect(feedback.anchored).toHaveLength(1);
    expect(feedback.anchored[0]).toMatchObject({ quote: FEEDBACK_PASSAGE, text: FEEDBACK_PASSAGE_COMMENT });
    const [place] = check.anchors;
    expect(place && check.act.textBetween(place.from, place.to)).toBe(FEEDBACK_PASSAGE);
    expect(feedback.modelAnswerHtml).toMatch(/<p>/);

    // The trainer's name was asked once: it is in Settings now, to be changed there.
    await page.goto(`${app.baseUrl}#/settings`);
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Ваше имя как преподавателя' }).inputValue())
      .toBe(FEEDBACK_TRAINER);

    // From the review screen: every marked work, in one zip; the dialog remembers the name.
    await page.goBack();
    await page.getByRole('link', { name: 'К списку работ' }).click();
    await page.getByRole('button', { name: 'Экспорт отзывов по проверенным работам (1)…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Экспорт отзывов' });
    expect(await dialog.getByRole('textbox', { name: 'Ваше имя, указываемое в файлах' }).inputValue()).toBe(
      FEEDBACK_TRAINER,
    );
    // Names hidden in the review: codes in the file names unless the trainer ticks names, and then told plainly.
    const names = dialog.getByRole('checkbox', { name: 'Называть файлы по именам слушателей' });
    expect(await names.isChecked()).toBe(false);
    expect(await dialog.innerText()).toContain('Файлы будут названы по кодам слушателей');
    await names.check();
    expect(await dialog.innerText()).toContain('Имена слушателей будут записаны в названия файлов');
    expect(await dialog.innerText()).toContain('Имена скрыты в проверке, но попадут в названия файлов.');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Экспортировать' }).click();
    const zip = await download;
    expect(zip.suggestedFilename()).toMatch(/-feedback\.zip$/);
    const entries = unzipSync(new Uint8Array(await readFile(await zip.path())));
    expect(Object.keys(entries)).toEqual([made.fileName]);
    const fromZip = await readFeedback(entries[made.fileName] ?? new Uint8Array(), { sanitize });
    expect(fromZip.ok && fromZip.feedback.criteria).toEqual(feedback.criteria);
    expect(fromZip.ok && fromZip.feedback).not.toHaveProperty('modelAnswerHtml');
  });
});
