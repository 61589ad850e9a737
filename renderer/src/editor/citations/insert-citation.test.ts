// @vitest-environment jsdom
import { closeHistory, undo } from 'prosemirror-history';
import { DOMParser, DOMSerializer, type Node as ProseMirrorNode, type Slice } from 'prosemirror-model';
import { AllSelection, TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { createActDocument, parseActDocument } from '../../domain/act/document';
import { actSchema } from '../../domain/act/schema';
import { criminalVerdictGuilty } from '../../domain/act/templates/criminal-verdict-guilty';
import type { ContentLanguage } from '../../domain/language';
import { createActEditorState } from '../core/editor-state';
import { partRange } from '../structure/part-range';
import { insertCitation } from './insert-citation';
import { linkEvidence } from '../evidence/evidence-commands';

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr) => (next = state.apply(tr)));
  return next;
}

/** A verdict with `text` in its descriptive-reasoning part and the cursor after it. */
function verdict(language: ContentLanguage, text: string): EditorState {
  let state = createActEditorState(createActDocument(criminalVerdictGuilty, language), new Map());
  const end = partRange(state.doc, 1).contentEnd - 1;
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)));
  return state.apply(state.tr.insertText(text));
}

const theft = { code: 'УК РК', article: '188', part: '2', paragraph: '3' };

function citationsIn(doc: ProseMirrorNode): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  doc.descendants((node) => {
    if (node.type === actSchema.nodes.citation) found.push(node.attrs);
  });
  return found;
}

/** Copies a slice to HTML and pastes it back, as the clipboard does between editors and other apps. */
function throughClipboard(slice: Slice): Slice {
  const container = document.createElement('div');
  container.append(DOMSerializer.fromSchema(actSchema).serializeFragment(slice.content, { document }));
  const html = container.innerHTML;
  const pasted = document.createElement('div');
  pasted.innerHTML = html;
  return DOMParser.fromSchema(actSchema).parseSlice(pasted);
}

describe('insertCitation', () => {
  it('inserts a citation written in the act’s language at the cursor', () => {
    const ru = run(verdict('ru', 'Действия квалифицирует по '), insertCitation(theft, 'ru'));
    expect(citationsIn(ru.doc)).toEqual([{ ...theft, text: 'п. 3) ч. 2 ст. 188 УК РК' }]);
    expect(ru.doc.child(1).textContent).toContain('Действия квалифицирует по п. 3) ч. 2 ст. 188 УК РК');
    // The cursor ends after the citation, ready for the next word.
    expect(ru.selection.$head.nodeBefore?.type).toBe(actSchema.nodes.citation);

    const kk = run(verdict('kk', 'Әрекеті '), insertCitation(theft, 'kk'));
    expect(citationsIn(kk.doc)).toEqual([
      { ...theft, code: 'ҚР ҚК', text: 'ҚР ҚК-нің 188-бабы 2-бөлігінің 3) тармағы' },
    ]);
  });

  it('replaces the selected text', () => {
    let state = verdict('ru', 'по статье такой-то');
    const end = state.selection.head;
    state = state.apply(
      state.tr.setSelection(TextSelection.create(state.doc, end - 'статье такой-то'.length, end)),
    );
    state = run(state, insertCitation({ code: 'ГПК РК', article: '226', part: '', paragraph: '' }, 'ru'));
    expect(state.doc.child(1).textContent).toContain('по ст. 226 ГПК РК');
    expect(state.doc.child(1).textContent).not.toContain('такой-то');
  });

  it('is refused across parts', () => {
    const state = verdict('ru', 'текст');
    const all = state.apply(state.tr.setSelection(new AllSelection(state.doc)));
    expect(insertCitation(theft, 'ru')(all)).toBe(false);
  });

  it('is undone by Ctrl+Z', () => {
    const typed = verdict('ru', 'по ');
    // As when the trainee pauses before opening the picker: the typing is a step of its own.
    const before = typed.apply(closeHistory(typed.tr));
    const after = run(before, insertCitation(theft, 'ru'));
    expect(run(after, undo).doc.eq(before.doc)).toBe(true);
  });
});

describe('citations and evidence links survive', () => {
  const material = { id: 'protocols', title: 'Протоколы осмотра места происшествия' };

  function draft(): EditorState {
    let state = run(verdict('ru', 'Вина подтверждается '), insertCitation(theft, 'ru'));
    state = state.apply(state.tr.insertText(' и протоколом осмотра'));
    const end = state.selection.head;
    state = state.apply(
      state.tr.setSelection(TextSelection.create(state.doc, end - 'протоколом осмотра'.length, end)),
    );
    return run(state, linkEvidence(material));
  }

  it('copy and paste as HTML, which is also what other apps get and give', () => {
    const state = draft();
    const paragraph = state.doc.child(1).lastChild;
    if (!paragraph) throw new Error('no paragraph');
    const start = partRange(state.doc, 1).contentEnd - paragraph.nodeSize;
    const pasted = throughClipboard(state.doc.slice(start + 1, start + paragraph.nodeSize - 1));
    const nodes: ProseMirrorNode[] = [];
    pasted.content.descendants((node) => {
      if (node.isInline) nodes.push(node);
    });
    const citation = nodes.find((node) => node.type === actSchema.nodes.citation);
    expect(citation?.attrs).toEqual({ ...theft, text: 'п. 3) ч. 2 ст. 188 УК РК' });
    const linked = nodes.find((node) => actSchema.marks.evidence.isInSet(node.marks));
    expect(linked?.text).toBe('протоколом осмотра');
    expect(linked?.marks[0]?.attrs).toEqual({ material: material.id, title: material.title });
  });

  it('export and reopening: both are in the document’s JSON', () => {
    const state = draft();
    const reopened = parseActDocument(JSON.parse(JSON.stringify(state.doc.toJSON())) as unknown);
    expect(reopened.eq(state.doc)).toBe(true);
    expect(JSON.stringify(state.doc.toJSON())).toContain('"type":"citation"');
    expect(JSON.stringify(state.doc.toJSON())).toContain('"material":"protocols"');
  });
});
