import { ReplaceStep } from 'prosemirror-transform';
import type { Transaction } from 'prosemirror-state';

/** A deletion of at least this many characters at once goes into the writing timeline (research §3.4). */
export const LONG_DELETION_CHARS = 200;

/** What a change means for the writing timeline: text pasted or dropped, and how many characters it removed. */
export interface TimelineEdit {
  pasted?: string;
  /** Characters removed, counted only from LONG_DELETION_CHARS up (0 below). */
  deleted: number;
}

/**
 * Reads a transaction for the timeline. It runs on every keystroke, so a step is read only when it could matter:
 * a step spanning fewer positions than LONG_DELETION_CHARS removes fewer characters (every character is a
 * position), and its text is never read unless the change is a paste.
 */
export function timelineEditOf(tr: Transaction): TimelineEdit | undefined {
  const uiEvent: unknown = tr.getMeta('uiEvent');
  const pasting = uiEvent === 'paste' || uiEvent === 'drop';
  let deleted = 0;
  let pasted = '';
  tr.steps.forEach((step, index) => {
    // A ReplaceAroundStep (wrapping, lifting) keeps the text it spans.
    if (!(step instanceof ReplaceStep)) return;
    if (step.to - step.from >= LONG_DELETION_CHARS) {
      const before = tr.docs[index];
      if (before) deleted += before.textBetween(step.from, step.to, '\n', '').length;
    }
    if (pasting) pasted += step.slice.content.textBetween(0, step.slice.content.size, '\n', '');
  });
  if (deleted < LONG_DELETION_CHARS) deleted = 0;
  if (deleted === 0 && pasted === '') return undefined;
  return { ...(pasted !== '' && { pasted }), deleted };
}
