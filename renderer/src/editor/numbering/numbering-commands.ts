import type { Command, EditorState } from 'prosemirror-state';

/** Whether the paragraphs of the reasoning part are numbered (a setting of the draft, kept in its document). */
export function reasoningNumbered(state: EditorState): boolean {
  return state.doc.attrs.numberedReasoning === true;
}

/** Turns the numbering of the reasoning paragraphs on or off; undoable like any edit. */
export const toggleNumberedReasoning: Command = (state, dispatch) => {
  dispatch?.(state.tr.setDocAttribute('numberedReasoning', !reasoningNumbered(state)));
  return true;
};
