import type { NodeType } from 'prosemirror-model';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
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

/**
 * Word-like list button: wraps paragraphs in the list, or unwraps them when they are already in that list.
 * A new list right after or before a list of the same kind joins it, so numbering continues (1, 2, 3 rather
 * than 1, 1, 1 when items are made one at a time).
 */
export function toggleList(listType: NodeType): Command {
  return (state, dispatch) => {
    if (listTypeAt(state) === listType) return liftListItem(actSchema.nodes.list_item)(state, dispatch);
    return wrapInList(listType)(state, dispatch && ((tr) => dispatch(joinNeighbouringLists(tr, listType))));
  };
}

function joinNeighbouringLists(tr: Transaction, listType: NodeType): Transaction {
  const { $from } = tr.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    if ($from.node(depth).type !== listType) continue;
    const after = $from.after(depth);
    if (tr.doc.resolve(after).nodeAfter?.type === listType) tr.join(after);
    const before = $from.before(depth);
    if (tr.doc.resolve(before).nodeBefore?.type === listType) tr.join(before);
    break;
  }
  return tr;
}
