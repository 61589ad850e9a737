import { redo, undo } from 'prosemirror-history';
import { Fragment, Slice } from 'prosemirror-model';
import { AllSelection, TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { createActDocument, partIds } from '../../domain/act/document';
import { b } from '../../domain/act/test-builders';
import { civilDecision } from '../../domain/act/templates/civil-decision';
import { deleteAcrossParts } from '../structure/delete-across-parts';
import { listTypeAt, toggleList } from '../lists/list-commands';
import { createActEditorState } from './editor-state';
import { sameParts } from '../structure/part-structure';
import type { DecorationSet } from 'prosemirror-view';
import { partRange } from '../structure/part-range';
import { WordCounter } from './word-counts';
import { actSchema } from '../../domain/act/schema';

const attrs = { template: 'civil-decision', language: 'ru' };
const hints = new Map([['descriptive', 'Требования истца…']]);

function freshState(): EditorState {
  return createActEditorState(createActDocument(civilDecision, 'ru'), hints);
}

/** Applies a command and returns the new state (or the old one if the command did nothing). */
function run(
  state: EditorState,
  command: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean,
): EditorState {
  let next = state;
  command(state, (tr) => {
    next = state.apply(tr);
  });
  return next;
}

/** Position just inside the first paragraph of part `index`. */
function partTextStart(state: EditorState, index: number): number {
  return partRange(state.doc, index).contentStart + 1;
}

function typeAt(state: EditorState, pos: number, text: string): EditorState {
  return state.apply(state.tr.insertText(text, pos));
}

describe('the act structure guard', () => {
  it('lets the trainee type inside a part', () => {
    const state = typeAt(freshState(), partTextStart(freshState(), 1), 'Истец просит');
    expect(state.doc.child(1).textContent).toBe('Истец просит');
  });

  it('refuses to delete a part heading', () => {
    const state = freshState();
    const headingPos = state.doc.child(0).nodeSize + 1;
    const after = state.apply(state.tr.delete(headingPos, headingPos + 1));
    expect(after.doc.eq(state.doc)).toBe(true);
  });

  it('refuses to delete a whole part', () => {
    const state = freshState();
    const first = state.doc.child(0).nodeSize;
    expect(state.apply(state.tr.delete(first, first + state.doc.child(1).nodeSize)).doc.eq(state.doc)).toBe(
      true,
    );
  });

  it('refuses a deletion from one part into the next, which would merge them', () => {
    let state = freshState();
    state = typeAt(state, partTextStart(state, 2), 'Мотивы');
    const from = partTextStart(state, 1);
    const after = state.apply(state.tr.delete(from, partTextStart(state, 2) + 2));
    expect(after.doc.eq(state.doc)).toBe(true);
  });

  it('refuses to rename a heading or change a part id', () => {
    const state = freshState();
    const headingPos = 1;
    expect(
      state.apply(state.tr.setNodeMarkup(headingPos, undefined, { text: 'Другое' })).doc.eq(state.doc),
    ).toBe(true);
    expect(state.apply(state.tr.setNodeMarkup(0, undefined, { id: 'other' })).doc.eq(state.doc)).toBe(true);
  });

  it('compares only the parts, never the text inside them', () => {
    const before = b.doc(attrs, b.part({ id: 'a' }, b.part_heading({ text: 'A' }), b.paragraph('one')));
    const after = b.doc(attrs, b.part({ id: 'a' }, b.part_heading({ text: 'A' }), b.paragraph('two')));
    expect(sameParts(before, after)).toBe(true);
    expect(
      sameParts(before, b.doc(attrs, b.part({ id: 'b' }, b.part_heading({ text: 'A' }), b.paragraph('one')))),
    ).toBe(false);
  });
});

describe('deleting a selection across parts', () => {
  it('clears the selected text in each part and keeps every part and heading', () => {
    let state = freshState();
    state = typeAt(state, partTextStart(state, 1), 'Описание спора');
    state = typeAt(state, partTextStart(state, 2), 'Мотивы суда');
    const from = partTextStart(state, 1) + 'Описание'.length;
    const to = partTextStart(state, 2) + 'Мотивы'.length;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
    const after = run(state, deleteAcrossParts);
    expect(partIds(after.doc)).toEqual(partIds(state.doc));
    expect(after.doc.child(1).textContent).toBe('Описание');
    expect(after.doc.child(2).textContent).toBe(' суда');
  });

  it('empties every part on select-all and delete, leaving the headings', () => {
    let state = freshState();
    state = typeAt(state, partTextStart(state, 3), 'Иск удовлетворить');
    state = state.apply(state.tr.setSelection(new AllSelection(state.doc)));
    const after = run(state, deleteAcrossParts);
    expect(partIds(after.doc)).toEqual(partIds(state.doc));
    after.doc.forEach((part) => expect(part.textContent).toBe(''));
    expect(after.doc.child(0).firstChild?.attrs.text).toBe('Вводная часть');
  });

  it('leaves a selection inside one part to the ordinary delete', () => {
    let state = freshState();
    state = typeAt(state, partTextStart(state, 1), 'текст');
    const start = partTextStart(state, 1);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, start, start + 2)));
    expect(deleteAcrossParts(state)).toBe(false);
  });
});

describe('paste', () => {
  it('pastes the blocks of copied parts without their headings', () => {
    const state = freshState();
    const copied = state.doc.slice(0, state.doc.content.size);
    const plugin = state.plugins.find((candidate) => candidate.props.transformPasted);
    const pasted = plugin?.props.transformPasted?.call(plugin, copied, undefined as never, false) ?? copied;
    const types = new Set<string>();
    pasted.content.forEach((node) => types.add(node.type.name));
    expect([...types]).toEqual(['paragraph']);
    expect(pasted.content.childCount).toBe(6);
  });

  it('leaves ordinary pasted text alone', () => {
    const state = freshState();
    const slice = new Slice(Fragment.from(actSchema.text('abc')), 0, 0);
    const plugin = state.plugins.find((candidate) => candidate.props.transformPasted);
    expect(plugin?.props.transformPasted?.call(plugin, slice, undefined as never, false)).toBe(slice);
  });
});

describe('undo and redo', () => {
  it('undo removes typed text and redo brings it back', () => {
    let state = freshState();
    state = typeAt(state, partTextStart(state, 2), 'Суд установил');
    const undone = run(state, undo);
    expect(undone.doc.child(2).textContent).toBe('');
    expect(run(undone, redo).doc.child(2).textContent).toBe('Суд установил');
  });
});

describe('lists', () => {
  it('toggles a paragraph into a numbered list and back', () => {
    let state = freshState();
    state = typeAt(state, partTextStart(state, 3), 'Иск удовлетворить');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, partTextStart(state, 3) + 2)));
    const listed = run(state, toggleList(actSchema.nodes.ordered_list));
    expect(listTypeAt(listed)).toBe(actSchema.nodes.ordered_list);
    expect(listTypeAt(run(listed, toggleList(actSchema.nodes.ordered_list)))).toBeNull();
  });
});

describe('numbered lists made one item at a time', () => {
  it('continue the list above instead of starting again at 1', () => {
    const doc = b.doc(
      attrs,
      b.part(
        { id: 'operative' },
        b.part_heading({ text: 'Резолютивная часть' }),
        b.ordered_list(b.list_item(b.paragraph('первое'))),
        b.paragraph('второе'),
      ),
    );
    let state = createActEditorState(doc, new Map());
    const end = doc.content.size - 2;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)));
    state = run(state, toggleList(actSchema.nodes.ordered_list));
    const part = state.doc.child(0);
    expect(part.childCount).toBe(2);
    expect(part.child(1).type.name).toBe('ordered_list');
    expect(part.child(1).childCount).toBe(2);
  });
});

describe('Tab', () => {
  it('is taken by the editor even outside a list, so focus never leaves the text', () => {
    const state = freshState();
    const tab = {
      key: 'Tab',
      keyCode: 9,
      shiftKey: false,
      ctrlKey: false,
      altKey: false,
      metaKey: false,
    } as KeyboardEvent;
    // Without focus: nothing to read from the DOM first (dom-selection-sync.ts).
    const view = { state, dispatch: () => undefined, composing: false, hasFocus: () => false } as never;
    const handled = state.plugins.some((plugin) => plugin.props.handleKeyDown?.call(plugin, view, tab));
    expect(handled).toBe(true);
  });
});

describe('empty part hints', () => {
  it('shows the hint in an empty part and removes it once text is typed', () => {
    let state = freshState();
    const decorations = () =>
      state.plugins
        .flatMap(
          (plugin) =>
            (plugin.props.decorations?.call(plugin, state) as DecorationSet | null | undefined)?.find() ?? [],
        )
        .filter(
          (decoration) =>
            (decoration as unknown as { type: { attrs?: { class?: string } } }).type.attrs?.class ===
            'act-part--empty',
        );
    expect(decorations()).toHaveLength(1);
    state = typeAt(state, partTextStart(state, 1), 'Истец');
    expect(decorations()).toHaveLength(0);
  });
});

describe('WordCounter', () => {
  it('counts words per part and follows edits', () => {
    let state = freshState();
    const counter = new WordCounter();
    expect(counter.countParts(state.doc)).toEqual([4, 0, 0, 0, 0]);
    state = typeAt(state, partTextStart(state, 2), 'Суд установил следующее');
    expect(counter.countParts(state.doc)).toEqual([4, 0, 3, 0, 0]);
  });

  it('counts words inside lists', () => {
    const doc = b.doc(
      attrs,
      b.part(
        { id: 'a' },
        b.part_heading({ text: 'A' }),
        b.bullet_list(b.list_item(b.paragraph('один два')), b.list_item(b.paragraph('три'))),
      ),
    );
    expect(new WordCounter().countParts(doc)).toEqual([3]);
  });
});
