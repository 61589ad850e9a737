import { InputRule, inputRules } from 'prosemirror-inputrules';
import type { EditorState, Plugin, Transaction } from 'prosemirror-state';
import { citationEndingAt, parseCitation, sameCode, type Citation } from '../../domain/act/citation';
import { actSchema } from '../../domain/act/schema';

/**
 * Typing a citation («п. 3) ч. 3 ст. 188 УК», «ҚР ҚК-нің 188-бабы») and then a space or a punctuation mark turns
 * it into a `citation` node that keeps the words as typed. A citation is often complete before the trainee has
 * finished it («ст. 188 УК» before « РК», «ҚК 188-бабы» before « 2-бөлігінің 3) тармағы»), so words typed right
 * after a citation node that carry it on are taken into it. Backspace straight after either undoes it
 * (`undoInputRule`, bound in keymap.ts).
 *
 * Cost per keystroke: prosemirror-inputrules reads at most 500 characters of the paragraph before the cursor; this
 * rule looks further only when a word has just ended, and then at no more than the last 160 characters.
 */
export function citationInputRulePlugin(): Plugin {
  return inputRules({ rules: [new InputRule(WORD_END, convertCitation)] });
}

/** What ends a word after a citation: a space or punctuation. Not «-», which goes on inside «829-14», «188-бабы». */
const WORD_END = /[\s.,;:!?)\]»"”…]$/u;
/** How inputrules shows an inline node (another citation, a line break) in the text before the cursor. */
const INLINE_NODE = '\ufffc';
/** «ҚК 188-бабы» + « 2-бөлігінің 3) тармағы» is the longest continuation there is. */
const LONGEST_CONTINUATION = 60;

function convertCitation(state: EditorState, match: RegExpMatchArray, start: number, end: number) {
  // Typing over a selection replaces it; leave that alone.
  if (!state.selection.empty) return null;
  const typed = match[0];
  const before = (match.input ?? '').slice(0, -typed.length);
  // After a composition the typed character is already in the document (start < end); otherwise it is not yet.
  const insert = start === end ? typed : '';
  return continueCitation(state, before, start, insert) ?? newCitation(state, before, start, insert);
}

function newCitation(state: EditorState, before: string, cursor: number, insert: string) {
  const found = citationEndingAt(before);
  if (!found) return null;
  const from = cursor - (before.length - found.start);
  return replaceWithCitation(state, from, cursor, found.citation, before.slice(found.start), insert);
}

/** A citation node followed by words that, with its text, still make one citation of the same article. */
function continueCitation(state: EditorState, before: string, cursor: number, insert: string) {
  const nodeAt = before.lastIndexOf(INLINE_NODE);
  const continuation = before.slice(nodeAt + 1);
  if (nodeAt < 0 || continuation.length > LONGEST_CONTINUATION || !/^\s/u.test(continuation)) return null;
  const from = cursor - continuation.length - 1;
  const node = state.doc.nodeAt(from);
  if (node?.type !== actSchema.nodes.citation) return null;
  const text = `${node.attrs.text as string}${continuation}`;
  const citation = parseCitation(text);
  if (
    !citation ||
    citation.article !== node.attrs.article ||
    !sameCode(citation.code, node.attrs.code as string)
  )
    return null;
  return replaceWithCitation(state, from, cursor, citation, text, insert);
}

function replaceWithCitation(
  state: EditorState,
  from: number,
  to: number,
  citation: Citation,
  text: string,
  insert: string,
): Transaction {
  // The citation keeps the formatting of the text it replaces (bold stays bold); the typed character, the
  // formatting at the cursor. One step, not two: each step copies the part's list of paragraphs.
  const marks = state.doc.nodeAt(from)?.marks;
  const node = actSchema.nodes.citation.create({ ...citation, text }, null, marks);
  const typed = insert ? [actSchema.text(insert, state.storedMarks ?? state.doc.resolve(to).marks())] : [];
  return state.tr.replaceWith(from, to, [node, ...typed]).scrollIntoView();
}
