import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { actSchema } from '../../domain/act/schema';

const evidence = actSchema.marks.evidence;

/** What an evidence link points to: a material of the case, by its id in the pack. */
export interface EvidenceMaterial {
  id: string;
  title: string;
}

/**
 * Ties the selected text to a material. With nothing selected, writes the material's title at the cursor as the
 * linked text. Either way the cursor ends up right after the link, so what is typed next follows it unlinked
 * (evidence is not inclusive) instead of replacing the linked words. Refused across parts and where there is no
 * text to link.
 */
export function linkEvidence(material: EvidenceMaterial): Command {
  return (state, dispatch) => {
    const { $from, $to, from, to, empty } = state.selection;
    if (!$from.parent.inlineContent || !$to.parent.inlineContent || $from.index(0) !== $to.index(0))
      return false;
    const mark = evidence.create({ material: material.id, title: material.title });
    if (!dispatch) return true;
    if (empty) {
      const marks = mark.addToSet(state.storedMarks ?? $from.marks());
      dispatch(state.tr.replaceSelectionWith(actSchema.text(material.title, marks), false).scrollIntoView());
    } else {
      // A mark type excludes itself, so this replaces any link the text had. Setting the selection clears the
      // stored marks, so none carries the link on.
      const tr = state.tr.addMark(from, to, mark);
      dispatch(tr.setSelection(TextSelection.create(tr.doc, to)).scrollIntoView());
    }
    return true;
  };
}

/** Removes the evidence links from the selection, or from the whole link the cursor is in. */
export const unlinkEvidence: Command = (state, dispatch) => {
  const range = evidenceRange(state);
  if (!range) return false;
  dispatch?.(state.tr.removeMark(range.from, range.to, evidence));
  return true;
};

/** The material the evidence link at the cursor (or selection) points to, or null. */
export function evidenceAtCursor(state: EditorState): string | null {
  const range = evidenceRange(state);
  if (!range) return null;
  let material: string | null = null;
  state.doc.nodesBetween(range.from, range.to, (node) => {
    material ??= (evidence.isInSet(node.marks)?.attrs.material as string | undefined) ?? null;
  });
  return material;
}

/** The selected text when any of it is linked; with a cursor, the extent of the link the cursor is in. */
export function evidenceRange(state: EditorState): { from: number; to: number } | null {
  const { $from, from, to, empty } = state.selection;
  if (!empty) return state.doc.rangeHasMark(from, to, evidence) ? { from, to } : null;
  const parent = $from.parent;
  const index = $from.index();
  // The link the cursor is in or right after (evidence is not inclusive, so its end counts too).
  const at = [index, index - 1].find(
    (i) => i >= 0 && i < parent.childCount && evidence.isInSet(parent.child(i).marks),
  );
  if (at === undefined) return null;
  const mark = evidence.isInSet(parent.child(at).marks);
  let start = at;
  let end = at + 1;
  while (start > 0 && mark?.isInSet(parent.child(start - 1).marks)) start--;
  while (end < parent.childCount && mark?.isInSet(parent.child(end).marks)) end++;
  const base = $from.start();
  let offset = 0;
  for (let i = 0; i < start; i++) offset += parent.child(i).nodeSize;
  let size = 0;
  for (let i = start; i < end; i++) size += parent.child(i).nodeSize;
  return { from: base + offset, to: base + offset + size };
}
