import type { Command } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

/**
 * Escape: hands the keyboard back to the page, so Tab goes on to what follows the text and Shift+Tab back to what
 * precedes it (Tab itself never leaves the text). A plain blur leaves the browser's focus navigation starting point
 * inside the text, and the editor is the nearest focusable element before that point, so Shift+Tab would come
 * straight back in. The editor is therefore out of the tab order until focus has landed anywhere, itself included.
 */
export const leaveEditor: Command = (_state, _dispatch, view) => {
  if (!(view instanceof EditorView)) return true;
  const editor = view.dom;
  editor.setAttribute('tabindex', '-1');
  editor.blur();
  editor.ownerDocument.addEventListener('focusin', () => editor.removeAttribute('tabindex'), { once: true });
  return true;
};
