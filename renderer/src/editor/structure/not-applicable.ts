import type { Command, EditorState } from 'prosemirror-state';
import { notApplicableKeys, requisiteKey, withRequisiteMarked } from '../../domain/act/not-applicable';

/** Whether the trainee has marked a requisite of a part not applicable to this case. */
export function markedNotApplicable(state: EditorState, partId: string, requisiteId: string): boolean {
  return notApplicableKeys(state.doc).includes(requisiteKey(partId, requisiteId));
}

/**
 * Marks a requisite not applicable to this case, or takes the mark back: a change to the draft's document (its
 * `notApplicable` attribute), so it is saved like any edit, handed in with the act and undone with Ctrl+Z.
 */
export function toggleNotApplicable(partId: string, requisiteId: string): Command {
  return (state, dispatch) => {
    const marked = !markedNotApplicable(state, partId, requisiteId);
    const keys = withRequisiteMarked(notApplicableKeys(state.doc), requisiteKey(partId, requisiteId), marked);
    dispatch?.(state.tr.setDocAttribute('notApplicable', keys));
    return true;
  };
}
