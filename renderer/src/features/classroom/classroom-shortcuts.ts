/**
 * The keys of classroom mode, in ProseMirror's notation. Stepping through parts is heard outside the act and the
 * fields (in the act, arrows and PageUp/PageDown move the caret and scroll a long part, as the trainer expects);
 * highlighting is heard anywhere but a field, since the selection is in the act. Ctrl+Shift+H, not a letter alone:
 * a modifier makes it work with a Russian or Kazakh keyboard layout too.
 */
export const CLASSROOM_PART_KEYS = {
  nextPart: ['PageDown', 'ArrowRight'],
  previousPart: ['PageUp', 'ArrowLeft'],
} as const satisfies Record<string, readonly string[]>;

export const CLASSROOM_HIGHLIGHT_KEYS = {
  highlight: ['Mod-Shift-h'],
  // The browser's own key to leave full screen, heard by the screen too: Electron and a headless Chromium leave it
  // to the page.
  leaveFullScreen: ['Escape'],
} as const satisfies Record<string, readonly string[]>;

/** Where part keys are heard: not in the act's text, a field, a list or a dialog. */
export function outsideTextAndFields(target: Element | null): boolean {
  return !target?.closest('.ProseMirror, input, select, textarea, dialog');
}

/** Where the highlight and Esc keys are heard: not in a field or a dialog. */
export function outsideFields(target: Element | null): boolean {
  return !target?.closest('input, select, textarea, dialog');
}
