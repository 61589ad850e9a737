import { redo, undo } from 'prosemirror-history';
import type { Command, EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { checkCompleteness } from '../../domain/act/completeness';
import { createActDocument, parseActDocument } from '../../domain/act/document';
import { criminalVerdictGuilty } from '../../domain/act/templates/criminal-verdict-guilty';
import { createActEditorState } from '../core/editor-state';
import { markedNotApplicable, toggleNotApplicable } from './not-applicable';

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr) => {
    next = next.apply(tr);
  });
  return next;
}

/** What the checklist makes of the guilty verdict's interpreter in a state's document. */
function interpreterState(state: EditorState): string | undefined {
  return checkCompleteness(state.doc, criminalVerdictGuilty)
    .parts.find((result) => result.part.id === 'introductory')
    ?.requisites.find((status) => status.requisite.id === 'interpreter')?.state;
}

const fresh = () => createActEditorState(createActDocument(criminalVerdictGuilty, 'ru'), new Map());
const markInterpreter = toggleNotApplicable('introductory', 'interpreter');

describe('marking a requisite not applicable to the case', () => {
  it('marks and unmarks it, each time undoably, and the checklist follows', () => {
    const state = fresh();
    expect(markedNotApplicable(state, 'introductory', 'interpreter')).toBe(false);
    expect(interpreterState(state)).toBe('where-applicable');

    const marked = run(state, markInterpreter);
    expect(markedNotApplicable(marked, 'introductory', 'interpreter')).toBe(true);
    expect(interpreterState(marked)).toBe('not-applicable');

    const undone = run(marked, undo);
    expect(interpreterState(undone)).toBe('where-applicable');
    expect(interpreterState(run(undone, redo))).toBe('not-applicable');
    const unmarked = run(marked, markInterpreter);
    expect(markedNotApplicable(unmarked, 'introductory', 'interpreter')).toBe(false);
    expect(interpreterState(unmarked)).toBe('where-applicable');
  });

  it('keeps other marks, and a mark on a required requisite leaves it missing', () => {
    const marked = run(run(fresh(), markInterpreter), toggleNotApplicable('introductory', 'court'));
    expect(marked.doc.attrs.notApplicable).toEqual(['introductory/court', 'introductory/interpreter']);
    expect(interpreterState(marked)).toBe('not-applicable');
    const court = checkCompleteness(marked.doc, criminalVerdictGuilty)
      .parts.flatMap((result) => result.requisites)
      .find((status) => status.requisite.id === 'court');
    expect(court?.state).toBe('missing');
  });

  it('is saved with the draft: the mark is in the document’s JSON and read back from it', () => {
    const json = run(fresh(), markInterpreter).doc.toJSON() as { attrs: Record<string, unknown> };
    expect(json.attrs.notApplicable).toEqual(['introductory/interpreter']);
    const reread = createActEditorState(parseActDocument(JSON.parse(JSON.stringify(json))), new Map());
    expect(interpreterState(reread)).toBe('not-applicable');
  });
});
