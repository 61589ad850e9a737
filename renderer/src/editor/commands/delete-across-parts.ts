import { TextSelection, type Command, type EditorState } from 'prosemirror-state';

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
  const starts: number[] = [];
  doc.forEach((_, offset) => starts.push(offset));
  // From the last part backwards, so earlier positions stay valid.
  for (let index = lastPart; index >= firstPart; index--) {
    const part = doc.child(index);
    const partStart = starts[index] ?? 0;
    const contentStart = partStart + 1 + (part.firstChild?.nodeSize ?? 0);
    const contentEnd = partStart + part.nodeSize - 1;
    const from = Math.max(selection.from, contentStart);
    const to = Math.min(selection.to, contentEnd);
    if (from < to) tr.delete(from, to);
  }
  const anchor = tr.mapping.map(Math.max(selection.from, 0), -1);
  tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(anchor, tr.doc.content.size))));
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
