import { Plugin } from 'prosemirror-state';
import { reasoningNumbered } from './numbering-commands';

/**
 * The class under which styles/prosemirror.css numbers the reasoning paragraphs (CSS counters, so numbering
 * costs nothing per keystroke). Any container of act parts may carry it: the editor, a print preview.
 */
export const NUMBERED_REASONING_CLASS = 'act-numbered-reasoning';

/** Gives the editor the numbering class while the draft's numbering is on. */
export function numberedReasoningPlugin(): Plugin {
  return new Plugin({
    props: {
      attributes: (state): Record<string, string> =>
        reasoningNumbered(state) ? { class: NUMBERED_REASONING_CLASS } : {},
    },
  });
}
