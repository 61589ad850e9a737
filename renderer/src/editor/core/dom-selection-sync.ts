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
  /** The DOM selection as ProseMirror left it after its last update: only a different one is the browser's move. */
  const drawn = new WeakMap<EditorView, DOMSelectionPoints>();
  return new Plugin({
    props: {
      handleKeyDown(view) {
        if (view.composing || !view.hasFocus()) return false;
        const points = domSelectionPoints(view);
        const last = drawn.get(view);
        if (points && !(last && samePoints(points, last))) syncSelection(view, points);
        return false;
      },
    },
    view(view) {
      const record = () => {
        const points = domSelectionPoints(view);
        if (points) drawn.set(view, points);
        else drawn.delete(view);
      };
      record();
      return { update: record };
    },
  });
}

interface DOMSelectionPoints {
  anchorNode: Node;
  anchorOffset: number;
  focusNode: Node;
  focusOffset: number;
}

function domSelectionPoints(view: EditorView): DOMSelectionPoints | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return null;
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection;
  return { anchorNode, anchorOffset, focusNode, focusOffset };
}

function samePoints(a: DOMSelectionPoints, b: DOMSelectionPoints): boolean {
  return (
    a.anchorNode === b.anchorNode &&
    a.anchorOffset === b.anchorOffset &&
    a.focusNode === b.focusNode &&
    a.focusOffset === b.focusOffset
  );
}

/**
 * Only a text selection is read: node, cell and whole-document selections are drawn differently in the DOM (or not
 * at all), and ProseMirror's own reading on `selectionchange` handles them.
 */
function syncSelection(view: EditorView, points: DOMSelectionPoints): void {
  const { state } = view;
  if (!(state.selection instanceof TextSelection)) return;
  if (!inEditableText(view, points.anchorNode) || !inEditableText(view, points.focusNode)) return;
  const anchor = view.posAtDOM(points.anchorNode, points.anchorOffset);
  const head = view.posAtDOM(points.focusNode, points.focusOffset);
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
