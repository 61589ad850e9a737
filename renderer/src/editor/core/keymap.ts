import { baseKeymap, chainCommands, toggleMark } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { undoInputRule } from 'prosemirror-inputrules';
import { keymap } from 'prosemirror-keymap';
import type { Command, Plugin } from 'prosemirror-state';
import { liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list';
import { goToNextCell } from 'prosemirror-tables';
import { actSchema } from '../../domain/act/schema';
import { deleteAcrossParts } from '../structure/delete-across-parts';
import { leaveEditor } from './leave-editor';
import { goToNextCellOrAddRow } from '../tables/table-commands';
import { SHORTCUTS } from './shortcuts';

const { marks, nodes } = actSchema;

/** Word-like shortcuts. `Mod` is Ctrl on Windows and Linux, Cmd on macOS. */
export function actKeymaps(): Plugin[] {
  return [
    keymap({
      ...bindKeys(SHORTCUTS.undo, undo),
      ...bindKeys(SHORTCUTS.redo, redo),
      ...bindKeys(SHORTCUTS.bold, toggleMark(marks.strong)),
      ...bindKeys(SHORTCUTS.italic, toggleMark(marks.em)),
      ...bindKeys(SHORTCUTS.underline, toggleMark(marks.underline)),
      Enter: splitListItem(nodes.list_item),
      // Tab never moves focus out of the text (typing would go nowhere): it moves between table cells, indents
      // list items or does nothing. Escape is the way out of the editor for keyboard users.
      ...bindKeys(
        SHORTCUTS.indentListItem,
        chainCommands(goToNextCellOrAddRow, sinkListItem(nodes.list_item), () => true),
      ),
      ...bindKeys(
        SHORTCUTS.outdentListItem,
        chainCommands(goToNextCell(-1), liftListItem(nodes.list_item), () => true),
      ),
      ...bindKeys(SHORTCUTS.leaveEditor, leaveEditor),
      ...bindKeys(SHORTCUTS.lineBreak, (state, dispatch) => {
        dispatch?.(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
        return true;
      }),
      // Backspace straight after a typed citation became a citation node gives back the typed text.
      Backspace: chainCommands(undoInputRule, deleteAcrossParts),
      Delete: deleteAcrossParts,
    }),
    keymap(baseKeymap),
  ];
}

/** The same command under each of a shortcut's keys. */
export function bindKeys(keys: readonly string[], command: Command): Record<string, Command> {
  return Object.fromEntries(keys.map((key) => [key, command]));
}
