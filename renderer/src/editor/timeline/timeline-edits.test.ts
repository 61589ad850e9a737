import { Slice } from 'prosemirror-model';
import { TextSelection, type EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { createActDocument } from '../../domain/act/document';
import { actSchema } from '../../domain/act/schema';
import { civilDecision } from '../../domain/act/templates/civil-decision';
import { createActEditorState } from '../core/editor-state';
import { LONG_DELETION_CHARS, timelineEditOf } from './timeline-edits';

/** An act with `text` typed at the start of its first paragraph; returns the state and where the text starts. */
function actWith(text: string): { state: EditorState; start: number } {
  const empty = createActEditorState(createActDocument(civilDecision, 'ru'), new Map());
  let start = -1;
  empty.doc.descendants((node, pos) => {
    if (start < 0 && node.type.name === 'paragraph') start = pos + 1;
    return start < 0;
  });
  return { state: empty.apply(empty.tr.insertText(text, start)), start };
}

const paste = (state: EditorState, text: string) =>
  state.tr
    .replaceSelection(new Slice(actSchema.nodes.paragraph.create(null, actSchema.text(text)).content, 0, 0))
    .setMeta('uiEvent', 'paste');

describe('timelineEditOf', () => {
  it('reads nothing of typing or of a short deletion', () => {
    const { state, start } = actWith('x'.repeat(LONG_DELETION_CHARS));
    expect(timelineEditOf(state.tr.insertText('a', start))).toBeUndefined();
    expect(timelineEditOf(state.tr.delete(start, start + LONG_DELETION_CHARS - 1))).toBeUndefined();
  });

  it('reads a deletion of 200 characters or more at once, counted in characters', () => {
    const { state, start } = actWith('y'.repeat(250));
    expect(timelineEditOf(state.tr.delete(start, start + 250))).toEqual({ deleted: 250 });
    expect(timelineEditOf(state.tr.delete(start, start + LONG_DELETION_CHARS))).toEqual({
      deleted: LONG_DELETION_CHARS,
    });
  });

  it('reads the text of a paste, and the text it replaced when that was long', () => {
    const { state, start } = actWith('z'.repeat(300));
    const caret = state.apply(state.tr.setSelection(TextSelection.create(state.doc, start)));
    expect(timelineEditOf(paste(caret, 'Истец просит взыскать'))).toEqual({
      pasted: 'Истец просит взыскать',
      deleted: 0,
    });
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, start, start + 300)));
    expect(timelineEditOf(paste(selected, 'короче'))).toEqual({ pasted: 'короче', deleted: 300 });
  });

  it('does not take inserted text for a paste unless the editor says it was pasted', () => {
    const { state, start } = actWith('');
    expect(timelineEditOf(state.tr.insertText('Истец просит взыскать', start))).toBeUndefined();
  });
});
