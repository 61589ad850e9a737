import { history } from 'prosemirror-history';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { tableEditing } from 'prosemirror-tables';
import { actKeymaps } from './keymap';
import { citationInputRulePlugin } from './plugins/citation-input-rule';
import { cursorBlockRenderedPlugin } from './plugins/cursor-block-rendered';
import { domSelectionSyncPlugin } from './plugins/dom-selection-sync';
import { emptyPartHintPlugin } from './plugins/empty-part-hint';
import { findReplacePlugin } from './plugins/find-replace';
import { numberedReasoningPlugin } from './plugins/numbered-reasoning';
import { partStructurePlugin } from './plugins/part-structure';
import { spellcheckPlugin } from './plugins/spellcheck';
import { typingLayoutBoundaryPlugin } from './plugins/typing-layout-boundary';

/** A fresh editor state for an act document with all of the act editor's behaviour. */
export function createActEditorState(doc: ProseMirrorNode, hints: ReadonlyMap<string, string>): EditorState {
  return EditorState.create({
    doc,
    plugins: [
      // First: the keymaps must see the selection the browser shows.
      domSelectionSyncPlugin(),
      ...actKeymaps(),
      history(),
      partStructurePlugin(),
      emptyPartHintPlugin(hints),
      tableEditing(),
      findReplacePlugin(),
      numberedReasoningPlugin(),
      spellcheckPlugin(),
      cursorBlockRenderedPlugin(),
      typingLayoutBoundaryPlugin(),
      citationInputRulePlugin(),
    ],
  });
}
