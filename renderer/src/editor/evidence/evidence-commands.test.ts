// @vitest-environment jsdom
import { closeHistory, undo } from 'prosemirror-history';
import { AllSelection, TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActDocument } from '../../domain/act/document';
import { actSchema } from '../../domain/act/schema';
import { criminalVerdictGuilty } from '../../domain/act/templates/criminal-verdict-guilty';
import { createActEditorState } from '../core/editor-state';
import { partRange } from '../structure/part-range';
import { evidenceLinksPlugin } from './evidence-links';
import { evidenceRange, linkEvidence, unlinkEvidence } from './evidence-commands';

const protocols = { id: 'protocols', title: 'Протоколы осмотра места происшествия' };
const { evidence } = actSchema.marks;

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr) => (next = state.apply(tr)));
  return next;
}

/** The verdict's reasoning part holding `text`, with the cursor after it and the typing closed in history. */
function verdict(text: string): EditorState {
  let state = createActEditorState(createActDocument(criminalVerdictGuilty, 'ru'), new Map());
  const end = partRange(state.doc, 1).contentEnd - 1;
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)));
  state = state.apply(state.tr.insertText(text));
  return state.apply(closeHistory(state.tr));
}

/** Selects the last `length` characters before the cursor. */
function selectBack(state: EditorState, length: number): EditorState {
  const head = state.selection.head;
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, head - length, head)));
}

function linkedTexts(state: EditorState): { text: string; material: unknown }[] {
  const found: { text: string; material: unknown }[] = [];
  state.doc.descendants((node) => {
    const mark = evidence.isInSet(node.marks);
    if (mark && node.text) found.push({ text: node.text, material: mark.attrs.material });
  });
  return found;
}

describe('linkEvidence', () => {
  it('links the selected text to the material', () => {
    const state = run(
      selectBack(verdict('Вина подтверждается протоколом'), 'протоколом'.length),
      linkEvidence(protocols),
    );
    expect(linkedTexts(state)).toEqual([{ text: 'протоколом', material: 'protocols' }]);
  });

  it('with nothing selected, writes the material’s title as the link and goes on unlinked', () => {
    let state = run(verdict('Вина подтверждается: '), linkEvidence(protocols));
    expect(linkedTexts(state)).toEqual([{ text: protocols.title, material: 'protocols' }]);
    state = state.apply(state.tr.insertText('.'));
    expect(linkedTexts(state)).toEqual([{ text: protocols.title, material: 'protocols' }]);
  });

  it('leaves the cursor after the linked text, so typing goes on after it, unlinked, instead of replacing it', () => {
    let state = run(
      selectBack(verdict('Вина подтверждается протоколом'), 'протоколом'.length),
      linkEvidence(protocols),
    );
    expect(state.selection.empty).toBe(true);
    expect(state.storedMarks?.some((mark) => mark.type === evidence) ?? false).toBe(false);
    state = state.apply(state.tr.insertText(' осмотра'));
    expect(linkedTexts(state)).toEqual([{ text: 'протоколом', material: 'protocols' }]);
    expect(state.doc.child(1).textContent).toContain('Вина подтверждается протоколом осмотра');
  });

  it('relinks text already linked to another material', () => {
    let state = selectBack(verdict('протоколом'), 'протоколом'.length);
    state = run(state, linkEvidence({ id: 'indictment', title: 'Обвинительный акт' }));
    state = run(selectBack(state, 'протоколом'.length), linkEvidence(protocols));
    expect(linkedTexts(state)).toEqual([{ text: 'протоколом', material: 'protocols' }]);
  });

  it('is undone by Ctrl+Z', () => {
    const before = selectBack(verdict('протоколом'), 5);
    expect(run(run(before, linkEvidence(protocols)), undo).doc.eq(before.doc)).toBe(true);
  });

  it('is refused across parts', () => {
    const state = verdict('текст');
    expect(linkEvidence(protocols)(state.apply(state.tr.setSelection(new AllSelection(state.doc))))).toBe(
      false,
    );
  });
});

describe('unlinkEvidence', () => {
  it('removes the whole link the cursor is in, keeping the text', () => {
    let state = run(
      selectBack(verdict('Вина подтверждается протоколом осмотра'), 'протоколом осмотра'.length),
      linkEvidence(protocols),
    );
    // Cursor inside the link.
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.selection.to - 3)));
    expect(evidenceRange(state)).toEqual({ from: state.selection.head - 15, to: state.selection.head + 3 });
    state = run(state, unlinkEvidence);
    expect(linkedTexts(state)).toEqual([]);
    expect(state.doc.child(1).textContent).toContain('Вина подтверждается протоколом осмотра');
  });

  it('is refused where there is no link', () => {
    expect(unlinkEvidence(verdict('текст'))).toBe(false);
  });
});

describe('evidence links in the editor', () => {
  let view: EditorView | undefined;
  afterEach(() => view?.destroy());

  function mount(onOpenMaterial: (id: string) => void) {
    let state = run(
      selectBack(verdict('подтверждается протоколом'), 'протоколом'.length),
      linkEvidence(protocols),
    );
    state = run(
      selectBack(state.apply(state.tr.insertText(' и актом ', state.selection.to)), 0),
      linkEvidence({ id: 'gone', title: 'Удалённый материал' }),
    );
    view = new EditorView(document.createElement('div'), {
      state,
      plugins: [
        evidenceLinksPlugin({
          materials: new Map([[protocols.id, protocols.title]]),
          onOpenMaterial,
          brokenLabel: 'этого материала больше нет в деле',
        }),
      ],
    });
    return view;
  }

  it('titles a link with its material, and shows a link to a material no longer in the case as broken', () => {
    const dom = mount(() => undefined).dom;
    const [link, broken] = [...dom.querySelectorAll<HTMLElement>('[data-evidence]')];
    expect(link?.title).toBe(protocols.title);
    expect(link?.classList.contains('evidence--broken')).toBe(false);
    expect(broken?.textContent).toBe('Удалённый материал');
    expect(broken?.classList.contains('evidence--broken')).toBe(true);
    expect(broken?.title).toBe('Удалённый материал — этого материала больше нет в деле');
  });

  it('opens the material on a plain click, but not a broken link or a Ctrl+click', () => {
    const onOpenMaterial = vi.fn();
    const editor = mount(onOpenMaterial);
    const [link, broken] = [...editor.dom.querySelectorAll<HTMLElement>('[data-evidence]')];
    const click = (target: Element | undefined, init: MouseEventInit = {}) => {
      const event = new MouseEvent('click', { button: 0, ...init });
      Object.defineProperty(event, 'target', { value: target });
      editor.someProp('handleClick', (handle) => handle(editor, 0, event));
    };
    click(link);
    click(broken);
    click(link, { ctrlKey: true });
    expect(onOpenMaterial.mock.calls).toEqual([['protocols']]);
  });

  it('opens the material of the link the cursor is in with Alt+Enter, and leaves the key alone elsewhere', () => {
    const onOpenMaterial = vi.fn();
    const editor = mount(onOpenMaterial);
    const press = () =>
      editor.someProp('handleKeyDown', (handle) =>
        handle(editor, new KeyboardEvent('keydown', { key: 'Enter', altKey: true })),
      );
    const positionOf = (word: string) => {
      let found = -1;
      editor.state.doc.descendants((node, pos) => {
        if (found < 0 && node.isText && node.text?.includes(word))
          found = pos + (node.text.indexOf(word) ?? 0);
      });
      return found;
    };
    const place = (pos: number) =>
      editor.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos)));
    place(positionOf('протоколом') + 3);
    expect(press()).toBe(true);
    place(positionOf('подтверждается') + 2);
    expect(press()).toBeFalsy();
    expect(onOpenMaterial.mock.calls).toEqual([['protocols']]);
  });
});
