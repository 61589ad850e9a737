import { redo, undo } from 'prosemirror-history';
import type { Command, EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { createActDocument, parseActDocument } from '../../domain/act/document';
import { civilDecision } from '../../domain/act/templates/civil-decision';
import { createActEditorState } from '../core/editor-state';
import { NUMBERED_REASONING_CLASS } from './numbered-reasoning';
import { reasoningNumbered, toggleNumberedReasoning } from './numbering-commands';

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr) => {
    next = next.apply(tr);
  });
  return next;
}

/** The class attribute the editor's plugins give the editing area. */
function editorClasses(state: EditorState): string {
  return state.plugins
    .map((plugin) => plugin.props.attributes)
    .map((attributes) => (typeof attributes === 'function' ? attributes(state) : attributes)?.class ?? '')
    .join(' ');
}

describe('numbering the reasoning paragraphs', () => {
  it('is off in a new draft, and the toggle turns it on and off again, each time undoably', () => {
    const fresh = createActEditorState(createActDocument(civilDecision, 'ru'), new Map());
    expect(reasoningNumbered(fresh)).toBe(false);
    expect(editorClasses(fresh)).not.toContain(NUMBERED_REASONING_CLASS);

    const numbered = run(fresh, toggleNumberedReasoning);
    expect(reasoningNumbered(numbered)).toBe(true);
    expect(editorClasses(numbered)).toContain(NUMBERED_REASONING_CLASS);

    const undone = run(numbered, undo);
    expect(reasoningNumbered(undone)).toBe(false);
    expect(reasoningNumbered(run(undone, redo))).toBe(true);
    expect(reasoningNumbered(run(numbered, toggleNumberedReasoning))).toBe(false);
  });

  it('is saved with the draft: the attribute is in the document’s JSON and read back from it', () => {
    const numbered = run(
      createActEditorState(createActDocument(civilDecision, 'ru'), new Map()),
      toggleNumberedReasoning,
    );
    const json = numbered.doc.toJSON() as { attrs: Record<string, unknown> };
    expect(json.attrs.numberedReasoning).toBe(true);
    expect(parseActDocument(JSON.parse(JSON.stringify(json))).attrs.numberedReasoning).toBe(true);
  });
});
