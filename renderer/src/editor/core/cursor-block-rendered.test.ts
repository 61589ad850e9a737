import { splitBlock } from 'prosemirror-commands';
import { EditorState, TextSelection, type Plugin } from 'prosemirror-state';
import type { DecorationSet } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { b } from '../../domain/act/test-builders';
import { cursorBlockRenderedPlugin } from './cursor-block-rendered';

const doc = b.doc(
  { template: 'civil-decision', language: 'ru' },
  b.part(
    { id: 'descriptive' },
    b.part_heading({ text: 'Описательная часть' }),
    b.paragraph('Истец обратился в суд.'),
    b.bullet_list(b.list_item(b.paragraph('Первый пункт.')), b.list_item(b.paragraph('Второй пункт.'))),
    b.paragraph('Ответчик иск не признал.'),
  ),
);

/** The text of each block the plugin keeps rendered. */
function renderedBlocks(state: EditorState, plugin: Plugin): string[] {
  const set = plugin.props.decorations?.call(plugin, state) as DecorationSet | null | undefined;
  return (set?.find() ?? []).map((decoration) => state.doc.nodeAt(decoration.from)?.textContent ?? '');
}

/** Where `text` ends in the document. */
function after(state: EditorState, text: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    const index = node.text?.indexOf(text) ?? -1;
    if (found < 0 && index >= 0) found = pos + index + text.length;
  });
  if (found < 0) throw new Error(`no «${text}» in the document`);
  return found;
}

function stateWithCursorAfter(text: string, plugin: Plugin): EditorState {
  const state = EditorState.create({ doc, plugins: [plugin] });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, after(state, text))));
}

describe('the block holding the cursor', () => {
  it('is the only block kept rendered', () => {
    const plugin = cursorBlockRenderedPlugin();
    expect(renderedBlocks(stateWithCursorAfter('в суд', plugin), plugin)).toEqual(['Истец обратился в суд.']);
  });

  it('is the new paragraph in the very state that Enter makes, before the browser draws a frame', () => {
    const plugin = cursorBlockRenderedPlugin();
    let state = stateWithCursorAfter('в суд.', plugin);
    splitBlock(state, (tr) => (state = state.apply(tr)));
    expect(state.selection.$head.parent.content.size).toBe(0);
    expect(renderedBlocks(state, plugin)).toEqual(['']);
  });

  it('is the whole list or table the cursor is in, the block the part lays out', () => {
    const plugin = cursorBlockRenderedPlugin();
    expect(renderedBlocks(stateWithCursorAfter('Второй', plugin), plugin)).toEqual([
      'Первый пункт.Второй пункт.',
    ]);
  });

  it('is each block a selection starts or ends in', () => {
    const plugin = cursorBlockRenderedPlugin();
    const state = stateWithCursorAfter('в суд', plugin);
    const end = stateWithCursorAfter('иск', plugin).selection.head;
    const selected = state.apply(
      state.tr.setSelection(TextSelection.create(state.doc, state.selection.head, end)),
    );
    expect(renderedBlocks(selected, plugin).sort()).toEqual([
      'Истец обратился в суд.',
      'Ответчик иск не признал.',
    ]);
  });
});
