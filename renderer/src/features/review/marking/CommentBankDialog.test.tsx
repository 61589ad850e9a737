// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCriterionMark, emptyMarkSheet, type MarkSheet } from '../../../domain/review/marks';
import { addBankComment, listBank } from '../../../storage/comment-bank-repository';
import type { CaseDraftDatabase } from '../../../storage/database';
import type { CommentBankRecord } from '../../../storage/records';
import { saveMarks } from '../../../storage/review-marks-repository';
import { createTestDatabase } from '../../../storage/test-database';
import {
  button,
  click,
  focus,
  mountPage,
  PACK_ID,
  press,
  RUBRIC,
  scoreField,
  typeInto,
  waitFor,
} from './marking-test-kit';

/** A sheet with bank comments inserted into the form criterion. */
function sheetWithBankComments(...ids: string[]): MarkSheet {
  return { ...emptyMarkSheet(), criteria: { form: { ...emptyCriterionMark(), bankComments: ids } } };
}

describe('the comment bank of the rubric panel', () => {
  let db: CaseDraftDatabase;
  let page: ReturnType<typeof mountPage>;
  let noDate: CommentBankRecord;
  let noNorm: CommentBankRecord;
  beforeEach(async () => {
    db = createTestDatabase();
    page = mountPage(db);
    noDate = await addBankComment(db, { packId: PACK_ID, criterionId: 'form', text: 'Нет даты решения.' });
    noNorm = await addBankComment(db, {
      packId: PACK_ID,
      criterionId: 'norms',
      text: 'Нет ссылки на норму материального права.',
    });
    await addBankComment(db, { packId: 'other-pack', criterionId: 'norms', text: 'Нет ссылки на закон.' });
  });
  afterEach(() => page.unmount());

  const dialog = () => document.querySelector<HTMLDialogElement>('dialog.comment-bank');
  const search = () => dialog()?.querySelector<HTMLInputElement>('input[type="search"]') ?? null;
  const options = () => [...(dialog()?.querySelectorAll('[role="option"]') ?? [])];
  const activeOption = () => {
    const id = search()?.getAttribute('aria-activedescendant');
    return id ? document.getElementById(id) : null;
  };

  it('opens with Ctrl+Shift+B for the criterion being scored, finds by typing and inserts with Enter', async () => {
    page.renderPanels([{ review: 'a' }]);
    focus(scoreField(page.container, 1));
    press('B', { ctrlKey: true, shiftKey: true, keyCode: 66 });
    expect(dialog()?.textContent).toContain('Банк комментариев: Нормы права');
    expect(document.activeElement).toBe(search());

    typeInto(search() as HTMLInputElement, 'нет');
    await waitFor(() => expect(options()).toHaveLength(2));
    // This criterion's comment first, the other criterion's after it, named; the other pack's not at all.
    expect(options()[0]?.textContent).toContain(noNorm.text);
    expect(options()[1]?.textContent).toContain('Форма и реквизиты');
    expect(options()[1]?.textContent).toContain('ещё не использован');
    expect(activeOption()).toBe(options()[0]);
    press('ArrowDown');
    expect(activeOption()).toBe(options()[1]);
    press('ArrowDown');
    expect(activeOption()).toBe(options()[1]);
    press('ArrowUp');
    expect(activeOption()).toBe(options()[0]);

    press('Enter');
    expect(dialog()).toBeNull();
    expect(page.sheets.get('a')?.criteria.norms?.bankComments).toEqual([noNorm.id]);
    expect(page.container.querySelector('.rubric-bank-comments')?.textContent).toContain(noNorm.text);
    expect(document.activeElement).toBe(scoreField(page.container, 1));
  });

  it('says how often each comment was used in the pack’s reviews', async () => {
    await saveMarks(db, {
      digest: 'digest-b',
      reviewKey: `${PACK_ID}/case-1@1`,
      sheet: sheetWithBankComments(noDate.id),
      expectedRevision: 0,
      writerId: 'window-b',
      rubric: RUBRIC,
    });
    page.renderPanels([{ review: 'a' }]);
    focus(scoreField(page.container, 0));
    press('B', { ctrlKey: true, shiftKey: true, keyCode: 66 });
    await waitFor(() => expect(options()[0]?.textContent).toContain('использован 1 раз'));
    expect(options()[0]?.textContent).toContain(noDate.text);
  });

  it('removes an inserted comment from the criterion, leaving it in the bank', async () => {
    page.renderPanels([{ review: 'a', initial: sheetWithBankComments(noDate.id) }]);
    await waitFor(() =>
      expect(page.container.querySelector('.rubric-bank-comments')?.textContent).toContain(noDate.text),
    );
    click(button(page.container, 'Убрать'));
    expect(page.sheets.get('a')?.criteria.form?.bankComments).toEqual([]);
    expect(page.container.querySelector('.rubric-bank-comments')).toBeNull();
    expect((await listBank(db, PACK_ID)).map((entry) => entry.id)).toContain(noDate.id);
  });

  it('edits a comment’s text everywhere it is used, and says so before saving', async () => {
    page.renderPanels([
      { review: 'a', initial: sheetWithBankComments(noDate.id) },
      { review: 'b', initial: sheetWithBankComments(noDate.id) },
    ]);
    const shown = () =>
      [...page.container.querySelectorAll('.rubric-bank-comments__text')].map((item) => item.textContent);
    await waitFor(() => expect(shown()).toEqual([noDate.text, noDate.text]));

    click(button(page.container, 'Банк комментариев…'));
    typeInto(search() as HTMLInputElement, 'даты');
    await waitFor(() => expect(options()).toHaveLength(1));
    click(button(dialog() as HTMLElement, 'Изменить выбранный…'));
    const editor = dialog()?.querySelector<HTMLTextAreaElement>('.comment-bank__editor textarea');
    expect(editor?.value).toBe(noDate.text);
    expect(dialog()?.textContent).toContain('Сохранение изменит текст везде, где он использован');
    typeInto(editor as HTMLTextAreaElement, 'Во вводной части нет даты вынесения решения.');
    click(button(dialog() as HTMLElement, 'Сохранить везде'));

    await waitFor(() =>
      expect(shown()).toEqual([
        'Во вводной части нет даты вынесения решения.',
        'Во вводной части нет даты вынесения решения.',
      ]),
    );
    expect(dialog()?.textContent).toContain('Изменено везде');
    // The marks keep the reference; the text is the bank's.
    expect(page.sheets.get('b')?.criteria.form?.bankComments).toEqual([noDate.id]);
  });

  it('saves what was typed as a new comment of the criterion and inserts it', async () => {
    page.renderPanels([{ review: 'a' }]);
    focus(scoreField(page.container, 2));
    press('B', { ctrlKey: true, shiftKey: true, keyCode: 66 });
    typeInto(search() as HTMLInputElement, 'Мотивы отклонения доказательств не приведены.');
    await waitFor(() => expect(dialog()?.textContent).toContain('В банке нет комментария'));
    click(button(dialog() as HTMLElement, 'Сохранить набранное как новый комментарий и вставить'));

    await waitFor(() => expect(dialog()).toBeNull());
    const saved = (await listBank(db, PACK_ID)).find((entry) => entry.text.startsWith('Мотивы'));
    expect(saved).toMatchObject({
      criterionId: 'reasoning',
      text: 'Мотивы отклонения доказательств не приведены.',
    });
    expect(page.sheets.get('a')?.criteria.reasoning?.bankComments).toEqual([saved?.id]);
  });

  it('keeps the criterion’s own comment in the bank, to be found there', async () => {
    const own = 'Резолютивная часть не отвечает на все требования.';
    page.renderPanels([
      {
        review: 'a',
        initial: { ...emptyMarkSheet(), criteria: { norms: { ...emptyCriterionMark(), comment: own } } },
      },
    ]);
    focus(scoreField(page.container, 1));
    press('B', { ctrlKey: true, shiftKey: true, keyCode: 66 });
    click(button(dialog() as HTMLElement, 'Сохранить комментарий критерия в банк'));
    await waitFor(() => expect(dialog()?.textContent).toContain('Сохранено в банке.'));
    expect((await listBank(db, PACK_ID)).find((entry) => entry.text === own)?.criterionId).toBe('norms');
    typeInto(search() as HTMLInputElement, 'резол треб');
    await waitFor(() =>
      expect(options().map((option) => option.querySelector('.comment-bank__text')?.textContent)).toEqual([
        own,
      ]),
    );
  });
});
