import { history } from 'prosemirror-history';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { actKeymaps } from './keymap';
import { emptyPartHintPlugin } from './plugins/empty-part-hint';
import { partStructurePlugin } from './plugins/part-structure';

/** A fresh editor state for an act document with all of the act editor's behaviour. */
export function createActEditorState(doc: ProseMirrorNode, hints: ReadonlyMap<string, string>): EditorState {
  return EditorState.create({
    doc,
    plugins: [...actKeymaps(), history(), partStructurePlugin(), emptyPartHintPlugin(hints)],
  });
}
