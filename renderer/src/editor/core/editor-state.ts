import { history } from 'prosemirror-history';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { tableEditing } from 'prosemirror-tables';
import { actKeymaps } from './keymap';
import { citationInputRulePlugin } from '../citations/citation-input-rule';
import { focusableCitationsPlugin } from '../citations/focusable-citations';
import { cursorBlockRenderedPlugin } from './cursor-block-rendered';
import { domSelectionSyncPlugin } from './dom-selection-sync';
import { passageHighlightsPlugin } from './passage-highlights';
import { emptyPartHintPlugin } from '../structure/empty-part-hint';
import { findReplacePlugin } from '../find/find-replace-plugin';
import { numberedReasoningPlugin } from '../numbering/numbered-reasoning';
import { partStructurePlugin } from '../structure/part-structure';
import { spellcheckPlugin } from '../spellcheck/spellcheck-plugin';
import { typingLayoutBoundaryPlugin } from './typing-layout-boundary';

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

/**
 * The state of a read-only act: only what changes how the act looks (the numbering of the reasoning, passages
 * highlighted from outside), citations the keyboard can reach, and the browser's selection read before a key; none
 * of the editing behaviour, which a shown act never uses.
 */
export function createActViewState(doc: ProseMirrorNode): EditorState {
  return EditorState.create({
    doc,
    plugins: [
      // With a caret (a trainer's act), a key acting on the selection (comment on it) must see the one shown.
      domSelectionSyncPlugin(),
      numberedReasoningPlugin(),
      focusableCitationsPlugin(),
      passageHighlightsPlugin(),
    ],
  });
}
