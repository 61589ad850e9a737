import { EditorState, TextSelection, type Plugin } from 'prosemirror-state';
import type { DecorationSet } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { b } from '../../domain/act/test-builders';
import { typingLayoutBoundaryPlugin } from './typing-layout-boundary';

const doc = b.doc(
  { template: 'civil-decision', language: 'ru' },
  b.part({ id: 'introductory' }, b.part_heading({ text: 'Вводная часть' }), b.paragraph('РЕШЕНИЕ')),
  b.part(
    { id: 'reasoning' },
    b.part_heading({ text: 'Мотивировочная часть' }),
    b.paragraph('Первый абзац.'),
    b.paragraph('Второй абзац.'),
  ),
);

/** Where the text of the n-th paragraph (0-based, in document order) starts. */
function paragraphStart(state: EditorState, n: number): number {
  const starts: number[] = [];
  state.doc.descendants((node, pos) => {
    if (node.type.name === 'paragraph') starts.push(pos);
  });
  const start = starts[n];
  if (start === undefined) throw new Error(`no paragraph ${n}`);
  return start;
}

function stateWithCursorIn(n: number): { state: EditorState; plugin: Plugin } {
  const plugin = typingLayoutBoundaryPlugin();
  const state = EditorState.create({ doc, plugins: [plugin] });
  const pos = paragraphStart(state, n) + 1;
  return { state: state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos))), plugin };
}

/** The style of every node decoration the plugin draws, by the position it starts at. */
function boundaryStyles(state: EditorState, plugin: Plugin): Map<number, string> {
  const set = plugin.props.decorations?.call(plugin, state) as DecorationSet | null | undefined;
  const styles = new Map<number, string>();
  for (const decoration of set?.find() ?? []) {
    const attrs = (decoration as unknown as { type: { attrs: { style: string } } }).type.attrs;
    styles.set(decoration.from, attrs.style);
  }
  return styles;
}

/** What the plugin's view does once it has measured the cursor's block. */
function measured(state: EditorState, plugin: Plugin, height: number): EditorState {
  const pos = paragraphStart(state, selectionParagraph(state));
  return state.apply(state.tr.setMeta(plugin.spec.key ?? plugin, { pos, height }));
}

function selectionParagraph(state: EditorState): number {
  const start = state.selection.$head.before();
  let index = -1;
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (node.type.name !== 'paragraph') return;
    index++;
    if (pos === start) found = index;
  });
  return found;
}

describe('the typing layout boundary', () => {
  it('contains nothing until the block holding the cursor has been measured', () => {
    const { state, plugin } = stateWithCursorIn(1);
    expect(boundaryStyles(state, plugin).size).toBe(0);
  });

  it('never contains a block the cursor was only put in, as when a draft opens', () => {
    const { state, plugin } = stateWithCursorIn(1);
    expect(boundaryStyles(measured(state, plugin, 48), plugin).size).toBe(0);
  });

  it('gives the block typed in size and layout containment at its measured height', () => {
    const { state, plugin } = stateWithCursorIn(1);
    const typed = state.apply(state.tr.insertText('Суд'));
    const after = measured(typed, plugin, 48);
    expect([...boundaryStyles(after, plugin)]).toEqual([
      [paragraphStart(after, 1), 'contain: size layout; height: 48px'],
    ]);
  });

  it('keeps the height while the trainee types in the same block', () => {
    const { state, plugin } = stateWithCursorIn(1);
    let next = state.apply(state.tr.insertText('Суд'));
    next = measured(next, plugin, 48);
    next = next.apply(next.tr.insertText(' установил'));
    // A paragraph typed into before this one moves it: the boundary follows the block.
    next = next.apply(next.tr.insertText('Ещё ', paragraphStart(next, 0) + 1));
    expect([...boundaryStyles(next, plugin)]).toEqual([
      [paragraphStart(next, 1), 'contain: size layout; height: 48px'],
    ]);
  });

  it('lets the block go back to its natural layout when the cursor leaves it', () => {
    const { state, plugin } = stateWithCursorIn(1);
    const typed = state.apply(state.tr.insertText('Суд'));
    const inFirst = measured(typed, plugin, 48);
    expect(boundaryStyles(inFirst, plugin).size).toBe(1);
    const moved = inFirst.apply(
      inFirst.tr.setSelection(TextSelection.create(inFirst.doc, paragraphStart(inFirst, 2) + 1)),
    );
    expect(boundaryStyles(moved, plugin).size).toBe(0);
  });

  it('ignores a measurement of a block the cursor has already left', () => {
    const { state: opened, plugin } = stateWithCursorIn(1);
    const state = opened.apply(opened.tr.insertText('Суд'));
    const stale = state.apply(
      state.tr.setMeta(plugin.spec.key ?? plugin, { pos: paragraphStart(state, 2), height: 48 }),
    );
    expect(boundaryStyles(stale, plugin).size).toBe(0);
  });
});
