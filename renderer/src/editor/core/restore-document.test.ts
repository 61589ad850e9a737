import { redo, undo, undoDepth } from 'prosemirror-history';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { createActDocument, parseActDocument, withTemplateHeadings } from '../../domain/act/document';
import { civilDecision } from '../../domain/act/templates/civil-decision';
import { criminalVerdictGuilty } from '../../domain/act/templates/criminal-verdict-guilty';
import { createActEditorState } from './editor-state';
import { partRange } from '../structure/part-range';
import { fitsAct, restoreDocument } from './restore-document';

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr) => {
    next = state.apply(tr);
  });
  return next;
}

/** Types at the end of part `index`'s last paragraph. */
function typeInPart(state: EditorState, index: number, text: string): EditorState {
  const { contentEnd } = partRange(state.doc, index);
  return state.apply(state.tr.insertText(text, contentEnd - 1));
}

function texts(doc: ProseMirrorNode): string[] {
  const parts: string[] = [];
  doc.forEach((part) => parts.push(part.textContent));
  return parts;
}

describe('restoring an earlier version', () => {
  const empty = createActDocument(civilDecision, 'ru');
  const older = typeInPart(
    typeInPart(createActEditorState(empty, new Map()), 1, 'Истец просит взыскать долг.'),
    3,
    'Иск удовлетворить.',
  ).doc;

  function editedState(): EditorState {
    let state = createActEditorState(older, new Map());
    state = typeInPart(state, 1, ' Ответчик иск не признал.');
    return typeInPart(state, 2, 'Суд установил.');
  }

  it('puts the snapshot’s text back, keeping every part and heading', () => {
    const state = editedState();
    const restored = run(state, restoreDocument(older));
    expect(restored.doc.eq(older)).toBe(true);
    expect(texts(restored.doc)).toEqual(texts(older));
  });

  it('is one undo step that brings back the text from before the restore, and redo restores again', () => {
    const state = editedState();
    const restored = run(state, restoreDocument(older));
    expect(undoDepth(restored)).toBe(undoDepth(state) + 1);
    const undone = run(restored, undo);
    expect(undone.doc.eq(state.doc)).toBe(true);
    expect(run(undone, redo).doc.eq(older)).toBe(true);
  });

  it('restores the optional paragraph numbering with the text, undoably', () => {
    const state = createActEditorState(
      empty.type.create({ ...empty.attrs, numberedReasoning: true }, empty.content),
      new Map(),
    );
    const restored = run(state, restoreDocument(older));
    expect(restored.doc.attrs.numberedReasoning).toBe(false);
    expect(run(restored, undo).doc.attrs.numberedReasoning).toBe(true);
  });

  it('restores the requisites marked not applicable with the text, undoably', () => {
    const marks = ['introductory/interpreter'];
    const state = createActEditorState(
      empty.type.create({ ...empty.attrs, notApplicable: marks }, empty.content),
      new Map(),
    );
    const restored = run(state, restoreDocument(older));
    expect(restored.doc.attrs.notApplicable).toEqual([]);
    expect(run(restored, undo).doc.attrs.notApplicable).toEqual(marks);
  });

  it('keeps the headings as the template words them now', () => {
    const reworded = {
      ...civilDecision,
      parts: civilDecision.parts.map((part, index) =>
        index === 1 ? { ...part, heading: { ...part.heading, ru: 'Описание (новое)' } } : part,
      ),
    };
    const state = createActEditorState(withTemplateHeadings(editedState().doc, reworded), new Map());
    const restored = run(state, restoreDocument(older));
    expect(restored.doc.child(1).firstChild?.attrs.text).toBe('Описание (новое)');
    expect(texts(restored.doc)).toEqual(texts(older));
  });

  it('refuses a snapshot of another act, and does nothing when the text is already the snapshot’s', () => {
    const state = editedState();
    const otherLanguage = createActDocument(civilDecision, 'kk');
    expect(restoreDocument(otherLanguage)(state)).toBe(false);
    expect(restoreDocument(state.doc)(state)).toBe(false);
    // A snapshot read back from storage is a copy: equal marks are not a change.
    const stored: unknown = JSON.parse(JSON.stringify(state.doc.toJSON()));
    expect(restoreDocument(parseActDocument(stored))(state)).toBe(false);
  });

  it('tells a snapshot of another act from one with nothing to change', () => {
    const state = editedState();
    expect(fitsAct(createActDocument(civilDecision, 'kk'), state.doc)).toBe(false);
    expect(fitsAct(createActDocument(criminalVerdictGuilty, 'ru'), state.doc)).toBe(false);
    expect(fitsAct(state.doc, state.doc)).toBe(true);
  });
});
