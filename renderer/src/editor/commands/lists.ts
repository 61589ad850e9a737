import type { NodeType } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import { liftListItem, wrapInList } from 'prosemirror-schema-list';
import { actSchema } from '../../domain/act/schema';

/** The list the cursor is directly in, if any: only the nearest list decides what the toolbar shows. */
export function listTypeAt(state: EditorState): NodeType | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const type = $from.node(depth).type;
    if (type === actSchema.nodes.bullet_list || type === actSchema.nodes.ordered_list) return type;
  }
  return null;
}

/** Word-like list button: wraps paragraphs in the list, or unwraps them when they are already in that list. */
export function toggleList(listType: NodeType): Command {
  return (state, dispatch) => {
    if (listTypeAt(state) === listType) return liftListItem(actSchema.nodes.list_item)(state, dispatch);
    return wrapInList(listType)(state, dispatch);
  };
}
