// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyMarkSheet, type AnchoredComment, type MarkSheet } from '../../../domain/review/marks';
import { addBankComment, editBankComment } from '../../../storage/comment-bank-repository';
import type { CaseDraftDatabase } from '../../../storage/database';
import type { CommentBankRecord } from '../../../storage/records';
import { createTestDatabase } from '../../../storage/test-database';
import { CommentForm } from './CommentForm';
import { CommentMargin } from '../../act-panels/CommentMargin';
import {
  button,
  click,
  focus,
  mountPage,
  PACK_ID,
  press,
  RUBRIC,
  typeInto,
  waitFor,
} from './marking-test-kit';
import { useAnchoredComments } from './use-anchored-comments';
import { useCommentBank } from './use-comment-bank';

const COMMENT: AnchoredComment = {
  id: 'c1',
  anchor: { from: 3, to: 20, quote: 'взыскать с ответчика' },
  text: '',
};

/**
 * A comment on a passage as the marking screen has it: the sheet in state, the comment rewritten through
 * useAnchoredComments with the form, and the margin showing what was saved.
 */
function Desk({ initial, onSheet }: { initial: MarkSheet; onSheet: (sheet: MarkSheet) => void }) {
  const [sheet, setSheet] = useState(initial);
  onSheet(sheet);
  const comments = useAnchoredComments(null, sheet, (change) => setSheet(change));
  const { byId } = useCommentBank(PACK_ID);
  const draft = comments.draft;
  return (
    <>
      <CommentMargin
        controller={null}
        comments={sheet.anchored.map((comment) => ({ comment, range: undefined }))}
        rubric={RUBRIC}
        bank={byId}
        form={null}
        activeId={null}
        onActivate={() => undefined}
        onEdit={comments.edit}
        onDelete={comments.remove}
        layoutTick={0}
      />
      {draft && (
        <CommentForm
          quote={draft.anchor.quote}
          rubric={RUBRIC}
          packId={PACK_ID}
          language="ru"
          {...(draft.text !== undefined && { initialText: draft.text })}
          {...(draft.criterionId !== undefined && { initialCriterionId: draft.criterionId })}
          {...(draft.bankId !== undefined && { initialBankId: draft.bankId })}
          onSave={comments.save}
          onCancel={comments.cancel}
        />
      )}
    </>
  );
}

describe('a comment on a passage taken from the comment bank', () => {
  let db: CaseDraftDatabase;
  let page: ReturnType<typeof mountPage>;
  let noNorm: CommentBankRecord;
  let sheet: MarkSheet;
  /** Keys that reach the window, where the marking screen's own keys (next criterion, the rubric's bank) are heard. */
  let heardByWindow: KeyboardEvent[];
  const listener = (event: KeyboardEvent) => heardByWindow.push(event);

  beforeEach(async () => {
    db = createTestDatabase();
    page = mountPage(db);
    heardByWindow = [];
    window.addEventListener('keydown', listener);
    noNorm = await addBankComment(db, {
      packId: PACK_ID,
      criterionId: 'norms',
      text: 'Нет ссылки на норму материального права.',
    });
  });
  afterEach(() => {
    window.removeEventListener('keydown', listener);
    page.unmount();
  });

  const dialog = () => document.querySelector<HTMLDialogElement>('dialog.comment-bank');
  const search = () => dialog()?.querySelector<HTMLInputElement>('input[type="search"]') ?? null;
  const form = () => page.container.querySelector<HTMLFormElement>('form.margin-comment--form');
  const criterionList = () => form()?.querySelector('select') ?? null;
  const margin = () => page.container.querySelector('.marked-act__margin');

  function openForm(initial: MarkSheet = { ...emptyMarkSheet(), anchored: [COMMENT] }) {
    page.render(<Desk initial={initial} onSheet={(next) => (sheet = next)} />);
    click(button(page.container, 'Изменить'));
    expect(form()).not.toBeNull();
  }

  it('opens the bank with Ctrl+Shift+B in the form, and the chosen comment brings its criterion and text', async () => {
    openForm();
    press('B', { ctrlKey: true, shiftKey: true, keyCode: 66 });
    // The form's bank, not the rubric panel's: the key goes no further.
    expect(heardByWindow).toEqual([]);
    expect(document.activeElement).toBe(search());

    typeInto(search() as HTMLInputElement, 'норму');
    await waitFor(() => expect(dialog()?.querySelectorAll('[role="option"]')).toHaveLength(1));
    press('Enter');
    expect(dialog()).toBeNull();
    expect(criterionList()?.value).toBe('norms');
    expect(form()?.textContent).toContain(noNorm.text);

    // Saved with no words of the trainer's own: the bank comment alone is the comment.
    press('Enter', { ctrlKey: true }, form()?.querySelector('textarea') ?? null);
    expect(form()).toBeNull();
    expect(sheet.anchored).toEqual([{ ...COMMENT, criterionId: 'norms', bankId: noNorm.id }]);
    expect(margin()?.textContent).toContain(noNorm.text);
    expect(margin()?.textContent).toContain('Нормы права');
  });

  it('opens the bank from the form’s button too, and a bank comment can be taken out again', async () => {
    openForm({ ...emptyMarkSheet(), anchored: [{ ...COMMENT, text: 'См. ст. 272 ГК.', bankId: noNorm.id }] });
    await waitFor(() => expect(form()?.textContent).toContain(noNorm.text));
    click(button(form() as HTMLElement, 'Убрать комментарий из банка'));
    expect(form()?.textContent).not.toContain(noNorm.text);
    click(button(form() as HTMLElement, 'Из банка… (Ctrl+Shift+B)'));
    expect(dialog()).not.toBeNull();
    // Escape is the bank's (the browser closes it), never the comment form's, which stays open under it.
    press('Escape');
    expect(form()).not.toBeNull();
    click(button(dialog() as HTMLElement, 'Закрыть'));
    expect(dialog()).toBeNull();

    click(button(form() as HTMLElement, 'Сохранить комментарий'));
    expect(sheet.anchored).toEqual([{ ...COMMENT, text: 'См. ст. 272 ГК.' }]);
  });

  it('shows the bank’s text as it is now: an edit in the bank changes the comment in the margin', async () => {
    page.render(
      <Desk
        initial={{ ...emptyMarkSheet(), anchored: [{ ...COMMENT, bankId: noNorm.id }] }}
        onSheet={(next) => (sheet = next)}
      />,
    );
    await waitFor(() => expect(margin()?.textContent).toContain(noNorm.text));
    await editBankComment(db, noNorm.id, 'Не указана норма, на которой основано решение.');
    await waitFor(() =>
      expect(margin()?.textContent).toContain('Не указана норма, на которой основано решение.'),
    );
  });

  it('keeps Alt+↓ and Alt+↑ in the criterion list for the list, while elsewhere in the form they go on to the rubric', () => {
    openForm();
    focus(criterionList() as HTMLSelectElement);
    const inList = press('ArrowDown', { altKey: true });
    expect(heardByWindow).toEqual([]);
    // Not prevented: the browser opens the list and moves in it.
    expect(inList.defaultPrevented).toBe(false);
    press('ArrowUp', { altKey: true });
    expect(heardByWindow).toEqual([]);

    const inText = press('ArrowDown', { altKey: true }, form()?.querySelector('textarea') ?? null);
    expect(heardByWindow).toEqual([inText]);
  });

  it('cannot save a comment with neither words nor a bank comment', () => {
    const onSave = vi.fn();
    page.render(
      <CommentForm
        quote="взыскать"
        rubric={RUBRIC}
        packId={PACK_ID}
        language="ru"
        onSave={onSave}
        onCancel={() => undefined}
      />,
    );
    typeInto(form()?.querySelector('textarea') as HTMLTextAreaElement, '   ');
    press('Enter', { ctrlKey: true });
    expect(onSave).not.toHaveBeenCalled();
    expect(button(form() as HTMLElement, 'Сохранить комментарий')?.disabled).toBe(true);
  });
});
