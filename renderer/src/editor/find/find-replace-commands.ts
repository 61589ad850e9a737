import { TextSelection, type Command, type Transaction } from 'prosemirror-state';
import { actSchema } from '../../domain/act/schema';
import {
  allMatches,
  findReplaceKey,
  findState,
  type FindAction,
  type FindMatch,
  type FindQuery,
} from './find-replace-plugin';

/** Searches the act for a new query (or the same one with other options). */
export function setFindQuery(query: FindQuery): Command {
  return (state, dispatch) => {
    dispatch?.(state.tr.setMeta(findReplaceKey, { type: 'query', query } satisfies FindAction));
    return true;
  };
}

/** Shows or hides the replace row of the find bar. */
export function showReplace(shown: boolean): Command {
  return (state, dispatch) => {
    if (!findState(state).panel) return false;
    dispatch?.(state.tr.setMeta(findReplaceKey, { type: 'showReplace', shown } satisfies FindAction));
    return true;
  };
}

/** Selects the current match, so the text is where the find bar points when the trainee goes back to it. */
export const selectCurrentMatch: Command = (state, dispatch) => {
  const { current } = findState(state);
  if (!current) return false;
  dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, current.from, current.to)));
  return true;
};

/** Closes the find bar and clears the highlighted matches. */
export const closeFind: Command = (state, dispatch) => {
  if (!findState(state).panel) return false;
  dispatch?.(state.tr.setMeta(findReplaceKey, { type: 'close' } satisfies FindAction));
  return true;
};

/**
 * Selects the next match after the selection (direction 1) or the previous one before it (-1), going round
 * from the end of the act to its start and back, and makes it the current match.
 */
export function goToMatch(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const find = findState(state);
    const matches = allMatches(find);
    if (matches.length === 0) return false;
    const { from, to } = state.selection;
    const match =
      direction === 1
        ? (matches.find((candidate) => candidate.from >= to) ?? matches[0])
        : (matches.findLast((candidate) => candidate.to <= from) ?? matches.at(-1));
    if (!match) return false;
    if (dispatch) dispatch(selectMatch(state.tr, match).scrollIntoView());
    return true;
  };
}

/**
 * Replaces the current match and goes on to the next one. Without a current match it only goes to the next
 * one, as in a word processor: the trainee sees what will be replaced before it is.
 */
export function replaceCurrent(replacement: string): Command {
  return (state, dispatch) => {
    const find = findState(state);
    const current = find.current;
    if (!current) return goToMatch(1)(state, dispatch);
    if (!dispatch) return true;
    const tr = state.tr;
    replaceMatch(tr, current, replacement);
    const matches = allMatches(find);
    const next =
      matches.find((match) => match.from >= current.to) ?? matches.find((m) => m.to <= current.from);
    if (next) {
      selectMatch(tr, { from: tr.mapping.map(next.from, 1), to: tr.mapping.map(next.to, -1) });
    } else {
      tr.setSelection(TextSelection.create(tr.doc, tr.mapping.map(current.to)));
    }
    dispatch(tr.scrollIntoView());
    return true;
  };
}

/** Replaces every match in one transaction, so one undo brings them all back. */
export function replaceAll(replacement: string): Command {
  return (state, dispatch) => {
    const matches = allMatches(findState(state));
    if (matches.length === 0) return false;
    if (!dispatch) return true;
    const tr = state.tr;
    // From the last match back, so the positions of the ones before stay as they are.
    for (const match of matches.reverse()) replaceMatch(tr, match, replacement);
    dispatch(tr.scrollIntoView());
    return true;
  };
}

function selectMatch(tr: Transaction, match: FindMatch): Transaction {
  return tr
    .setSelection(TextSelection.create(tr.doc, match.from, match.to))
    .setMeta(findReplaceKey, { type: 'select', match } satisfies FindAction);
}

/** Replaces a match, the new text taking the formatting of the match's first letter. */
function replaceMatch(tr: Transaction, match: FindMatch, replacement: string): void {
  if (!replacement) {
    tr.delete(match.from, match.to);
    return;
  }
  const marks = tr.doc.nodeAt(match.from)?.marks;
  tr.replaceWith(match.from, match.to, actSchema.text(replacement, marks));
}
