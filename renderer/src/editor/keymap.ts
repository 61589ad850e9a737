import { baseKeymap, chainCommands, toggleMark } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Plugin } from 'prosemirror-state';
import { liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list';
import { EditorView } from 'prosemirror-view';
import { actSchema } from '../domain/act/schema';
import { deleteAcrossParts } from './commands/delete-across-parts';

const { marks, nodes } = actSchema;

/** Word-like shortcuts. `Mod` is Ctrl on Windows and Linux, Cmd on macOS. */
export function actKeymaps(): Plugin[] {
  return [
    keymap({
      'Mod-z': undo,
      'Mod-y': redo,
      'Mod-Shift-z': redo,
      'Mod-b': toggleMark(marks.strong),
      'Mod-i': toggleMark(marks.em),
      'Mod-u': toggleMark(marks.underline),
      Enter: splitListItem(nodes.list_item),
      // Tab never moves focus out of the text (typing would go nowhere): it indents list items or does
      // nothing. Escape is the way out of the editor for keyboard users.
      Tab: chainCommands(sinkListItem(nodes.list_item), () => true),
      'Shift-Tab': chainCommands(liftListItem(nodes.list_item), () => true),
      Escape: (_state, _dispatch, view) => {
        if (view instanceof EditorView) view.dom.blur();
        return true;
      },
      'Shift-Enter': (state, dispatch) => {
        dispatch?.(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
        return true;
      },
      Backspace: deleteAcrossParts,
      Delete: deleteAcrossParts,
    }),
    keymap(baseKeymap),
  ];
}
