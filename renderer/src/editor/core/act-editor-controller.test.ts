// @vitest-environment jsdom
import { Fragment, Slice } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import { describe, expect, it, vi } from 'vitest';
import { actSchema } from '../../domain/act/schema';
import { b } from '../../domain/act/test-builders';
import { sealSubmission } from '../../domain/submission/submission';
import { validSubmissionContent } from '../../domain/submission/test-submission';
import { ActEditorController } from './act-editor-controller';

const { citation } = actSchema.nodes;

/** A reasoning part citing УК РК art. 188 and linking its text to two materials, one of them gone from the case. */
function actWithLinks() {
  const evidence = (material: string) => actSchema.marks.evidence.create({ material, title: 'Протокол' });
  return b.doc(
    { template: 'civil-decision', language: 'kk' },
    b.part(
      { id: 'reasoning' },
      b.part_heading({ text: 'Сипаттау-дәлелдеу бөлігі' }),
      b.paragraph(
        'По ',
        citation.create({ code: 'УК РК', article: '188', part: '2', text: 'ч. 2 ст. 188 УК РК' }),
        ' ',
        actSchema.text('протоколом', [evidence('protocols')]),
        ' и ',
        actSchema.text('справкой', [evidence('gone')]),
      ),
    ),
  );
}

function readOnlyView(onOpenMaterial = vi.fn()) {
  const mount = document.createElement('div');
  document.body.append(mount);
  const controller = new ActEditorController(mount, {
    readOnly: true,
    doc: actWithLinks(),
    label: 'Версия',
    className: 'revision-preview',
    evidence: {
      materials: new Map([['protocols', 'Протоколы осмотра']]),
      onOpenMaterial,
      brokenLabel: 'нет',
    },
  });
  return { controller, dom: controller.view.dom, onOpenMaterial };
}

describe('a read-only act view', () => {
  it('shows the act in its language, not editable, with the classes of the place it is shown in', () => {
    const { controller, dom } = readOnlyView();
    expect(dom.getAttribute('contenteditable')).toBe('false');
    expect(dom.classList).toContain('act-editor');
    expect(dom.classList).toContain('revision-preview');
    expect(dom.getAttribute('aria-label')).toBe('Версия');
    expect(controller.language).toBe('kk');
    controller.destroy();
  });

  it('keeps no change to the act it shows', () => {
    const { controller } = readOnlyView();
    const before = controller.doc;
    controller.view.dispatch(controller.state.tr.insertText('лишнее', 3));
    expect(controller.doc).toBe(before);
    // A selection is not a change: it is taken, so the cursor can show a citation's article.
    controller.view.dispatch(controller.state.tr.setSelection(TextSelection.create(before, 5)));
    expect(controller.state.selection.from).toBe(5);
    controller.destroy();
  });

  it('lets the keyboard reach citations and working evidence links, and opens a material on Enter', () => {
    const { controller, dom, onOpenMaterial } = readOnlyView();
    expect(dom.querySelector('.citation')?.getAttribute('tabindex')).toBe('0');
    const link = dom.querySelector<HTMLElement>('[data-evidence="protocols"]');
    const broken = dom.querySelector<HTMLElement>('[data-evidence="gone"]');
    expect(link?.getAttribute('role')).toBe('link');
    expect(link?.tabIndex).toBe(0);
    expect(broken?.hasAttribute('tabindex')).toBe(false);

    link?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onOpenMaterial).toHaveBeenCalledWith('protocols');
    broken?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onOpenMaterial).toHaveBeenCalledTimes(1);
    controller.destroy();
  });
});

/** The passages drawn highlighted, each once, in the order of the act. */
function highlighted(dom: Element): string[] {
  return [
    ...new Set(
      [...dom.querySelectorAll('.passage-highlight')].map((node) => node.getAttribute('data-passage') ?? ''),
    ),
  ];
}

describe('a read-only act with a caret (a submission being marked)', () => {
  function caretView() {
    const mount = document.createElement('div');
    document.body.append(mount);
    const controller = new ActEditorController(mount, {
      readOnly: true,
      caret: true,
      doc: actWithLinks(),
      label: 'Работа участника K7Q2M',
    });
    return { controller, dom: controller.view.dom };
  }

  it('takes a caret and a selection, and says it is read-only', () => {
    const { controller, dom } = caretView();
    expect(dom.getAttribute('contenteditable')).toBe('true');
    expect(dom.getAttribute('role')).toBe('textbox');
    expect(dom.getAttribute('aria-readonly')).toBe('true');
    controller.view.dispatch(controller.state.tr.setSelection(TextSelection.create(controller.doc, 4, 8)));
    expect(controller.state.selection).toMatchObject({ from: 4, to: 8 });
    controller.destroy();
  });

  it('refuses typing, pasting, dropping and deleting, so the act and its digest stay as handed in', async () => {
    const { controller, dom } = caretView();
    const content = {
      ...validSubmissionContent(),
      document: controller.doc.toJSON() as Record<string, unknown>,
    };
    const sealed = await sealSubmission(content);
    const { view } = controller;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 4, 8)));

    const typed = view.someProp('handleTextInput', (handle) =>
      handle(view, 4, 8, 'лишнее', () => view.state.tr),
    );
    expect(typed).toBe(true);
    // jsdom has no clipboard events: the props ProseMirror asks on a paste and a drop are asked directly.
    const slice = new Slice(Fragment.from(actSchema.text('вставка')), 0, 0);
    expect(view.someProp('handlePaste', (handle) => handle(view, {} as ClipboardEvent, slice))).toBe(true);
    expect(view.someProp('handleDrop', (handle) => handle(view, {} as DragEvent, slice, false))).toBe(true);
    const refused = ['insertText', 'deleteContentBackward', 'insertFromPaste', 'insertFromDrop'].map(
      (inputType) => {
        const event = new InputEvent('beforeinput', {
          inputType,
          data: 'x',
          bubbles: true,
          cancelable: true,
        });
        dom.dispatchEvent(event);
        return event.defaultPrevented;
      },
    );
    expect(refused).toEqual([true, true, true, true]);
    // What ProseMirror itself would do with a key (delete the selection) is dropped too.
    view.dispatch(view.state.tr.deleteSelection());

    expect(controller.doc.toJSON()).toEqual(content.document);
    const after = await sealSubmission({
      ...content,
      document: controller.doc.toJSON() as Record<string, unknown>,
    });
    expect(after.digest).toEqual(sealed.digest);
    controller.destroy();
  });

  it('draws passages highlighted from outside, replacing those drawn before, without changing the act', () => {
    const { controller, dom } = caretView();
    const before = controller.doc;
    controller.showPassages([
      { id: 'c1', from: 4, to: 8 },
      { id: 'c2', from: 10, to: 12, active: true },
      { id: 'outside', from: 5, to: 100_000 },
    ]);
    // A passage across a citation is drawn in several pieces, all of them its own.
    expect(highlighted(dom)).toEqual(['c1', 'c2']);
    expect(dom.querySelector('.passage-highlight--active')?.getAttribute('data-passage')).toBe('c2');
    controller.showPassages([{ id: 'c3', from: 4, to: 6 }]);
    expect(highlighted(dom)).toEqual(['c3']);
    expect(controller.doc).toBe(before);
    controller.destroy();
  });
});
