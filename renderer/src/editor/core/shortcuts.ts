/**
 * Every keyboard shortcut of the case workspace, in ProseMirror's key notation (`Mod` is Ctrl on Windows and Linux,
 * Cmd on macOS). Keymaps and handlers bind these constants, and the shortcuts help dialog lists them, so the
 * dialog cannot drift from what the keys do.
 */
export const SHORTCUTS = {
  bold: ['Mod-b'],
  italic: ['Mod-i'],
  underline: ['Mod-u'],
  undo: ['Mod-z'],
  redo: ['Mod-y', 'Mod-Shift-z'],
  lineBreak: ['Shift-Enter'],
  indentListItem: ['Tab'],
  outdentListItem: ['Shift-Tab'],
  leaveEditor: ['Escape'],
  find: ['Mod-f'],
  // Not ⌘H on a Mac, which hides the app there: Control+H, or ⌘⌥F as Mac editors have it.
  replace: ['Ctrl-h', 'Mod-Alt-f'],
  insertCitation: ['Mod-Shift-k'],
  linkEvidence: ['Mod-Shift-e'],
  openEvidence: ['Alt-Enter'],
  history: ['Mod-Shift-h'],
  printPreview: ['Mod-p'],
  zoomIn: ['Mod-=', 'Mod-+'],
  zoomOut: ['Mod--'],
  zoomReset: ['Mod-0'],
  focusMode: ['Mod-Shift-f'],
  shortcutsHelp: ['F1', 'Mod-/'],
} as const satisfies Record<string, readonly string[]>;

export type ShortcutAction = keyof typeof SHORTCUTS;
