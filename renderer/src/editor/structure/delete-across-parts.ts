import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { partRange } from './part-range';

/**
 * Deleting a selection that spans several parts would merge them, which the part-structure guard refuses,
 * so nothing would happen. Instead, delete the selected text inside each part and keep every part.
 */
export const deleteAcrossParts: Command = (state, dispatch) => {
  const range = crossPartRange(state);
  if (!range) return false;
  if (!dispatch) return true;
  const { selection, doc } = state;
  const [firstPart, lastPart] = range;

  const tr = state.tr;
  // From the last part backwards, so earlier positions stay valid.
  for (let index = lastPart; index >= firstPart; index--) {
    const { contentStart, contentEnd } = partRange(doc, index);
    const from = Math.max(selection.from, contentStart);
    const to = Math.min(selection.to, contentEnd);
    if (from < to) tr.delete(from, to);
  }
  tr.setSelection(TextSelection.near(tr.doc.resolve(tr.mapping.map(selection.from, -1))));
  dispatch(tr.scrollIntoView());
  return true;
};

/** The first and last part a selection touches, when it touches more than one (select-all always does). */
export function crossPartRange(state: EditorState): [number, number] | null {
  const { selection, doc } = state;
  if (selection.empty) return null;
  const firstPart = selection.$from.depth === 0 ? 0 : selection.$from.index(0);
  const lastPart = Math.min(
    selection.$to.depth === 0 ? doc.childCount - 1 : selection.$to.index(0),
    doc.childCount - 1,
  );
  if (firstPart === lastPart && selection.$from.depth > 0) return null;
  return [firstPart, lastPart];
}
