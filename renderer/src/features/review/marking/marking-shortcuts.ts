import { SHORTCUTS } from '../../../editor/core/shortcuts';
import { RUBRIC_KEYS } from './rubric-keys';

/**
 * Every key of the marking screen bound through the window (useKeyTableShortcuts), in ProseMirror's notation; the
 * screen's F1 dialog lists these and MARKING_FIELD_KEYS, so it cannot drift from what the keys do.
 */
export const MARKING_SHORTCUTS = {
  nextSubmission: ['Alt-PageDown'],
  previousSubmission: ['Alt-PageUp'],
  // The rubric panel's own keys, also heard outside it (in the act), where the screen passes them to the panel.
  nextCriterion: RUBRIC_KEYS.nextCriterion,
  previousCriterion: RUBRIC_KEYS.previousCriterion,
  commentOnSelection: ['Ctrl-Alt-m'],
  commentBank: RUBRIC_KEYS.commentBank,
  shortcutsHelp: SHORTCUTS.shortcutsHelp,
} as const satisfies Record<string, readonly string[]>;

export type MarkingShortcut = keyof typeof MARKING_SHORTCUTS;

/**
 * Keys heard by a field or the act itself, not through the window: the F1 dialog lists them after the screen's own.
 * `0–9` and `Shift-←→↑↓` are written for reading, not bound.
 */
export const MARKING_FIELD_KEYS = {
  typeScore: ['0–9'],
  acceptProposal: ['Enter'],
  saveComment: ['Mod-Enter'],
  cancelComment: ['Escape'],
  selectInAct: ['Shift-←→↑↓'],
} as const satisfies Record<string, readonly string[]>;
