import { Plugin, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/**
 * Brings the editor's selection up to the browser's before a key is handled.
 *
 * A click, End, Home or an arrow key moves the caret in the DOM, and ProseMirror learns of it from the
 * `selectionchange` event, which Chromium queues as a task of its own and runs after input events that are already
 * waiting. A key pressed within a few milliseconds (click, End, Enter) is therefore handled with the selection from
 * before: Enter split the paragraph where the click was, or at the start of the act when the editor had not held
 * a cursor yet. Must come before the keymaps, which read the state as this leaves it.
 */
export function domSelectionSyncPlugin(): Plugin {
  return new Plugin({
    props: {
      handleKeyDown(view) {
        syncSelectionFromDOM(view);
        return false;
      },
    },
  });
}

/**
 * Only a text selection is read: node, cell and whole-document selections are drawn differently in the DOM (or not
 * at all), and ProseMirror's own reading on `selectionchange` handles them.
 */
function syncSelectionFromDOM(view: EditorView): void {
  const { state } = view;
  if (view.composing || !view.hasFocus() || !(state.selection instanceof TextSelection)) return;
  const dom = view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = dom ?? {};
  if (
    !dom ||
    !anchorNode ||
    !focusNode ||
    !inEditableText(view, anchorNode) ||
    !inEditableText(view, focusNode)
  )
    return;
  const anchor = view.posAtDOM(anchorNode, dom.anchorOffset);
  const head = view.posAtDOM(focusNode, dom.focusOffset);
  if (anchor === state.selection.anchor && head === state.selection.head) return;
  const $anchor = state.doc.resolve(anchor);
  const $head = state.doc.resolve(head);
  if (!$anchor.parent.inlineContent || !$head.parent.inlineContent) return;
  view.dispatch(state.tr.setSelection(TextSelection.between($anchor, $head)));
}

/** Inside the editor and not inside an uneditable node (a part's heading, a citation). */
function inEditableText(view: EditorView, node: Node): boolean {
  if (!view.dom.contains(node)) return false;
  const element = node instanceof Element ? node : node.parentElement;
  const uneditable = element?.closest('[contenteditable="false"]');
  return !uneditable || !view.dom.contains(uneditable);
}
