import { toggleMark } from 'prosemirror-commands';
import { undoInputRule } from 'prosemirror-inputrules';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { createActDocument } from '../../domain/act/document';
import { actSchema } from '../../domain/act/schema';
import { criminalVerdictGuilty } from '../../domain/act/templates/criminal-verdict-guilty';
import type { ContentLanguage } from '../../domain/language';
import { createActEditorState } from '../core/editor-state';
import { partRange } from '../structure/part-range';

/** The editor with the cursor at the end of the verdict's descriptive-reasoning part. */
function verdict(language: ContentLanguage, text = ''): EditorState {
  let state = createActEditorState(createActDocument(criminalVerdictGuilty, language), new Map());
  const end = partRange(state.doc, 1).contentEnd - 1;
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)));
  return text ? state.apply(state.tr.insertText(text)) : state;
}

/**
 * Types character by character as the browser would: each character goes to the editor's input rules first
 * (handleTextInput, as EditorView does) and is inserted plainly when no rule takes it.
 */
function type(state: EditorState, text: string): EditorState {
  const inputRules = state.plugins.find((plugin) => plugin.spec.isInputRules);
  if (!inputRules) throw new Error('the act editor has no input rules');
  const view = {
    state,
    composing: false,
    dispatch(tr: Transaction) {
      this.state = this.state.apply(tr);
    },
  };
  for (const character of text) {
    const { from, to } = view.state.selection;
    const handled = inputRules.props.handleTextInput?.call(
      inputRules,
      view as unknown as EditorView,
      from,
      to,
      character,
      () => view.state.tr.insertText(character, from, to),
    );
    if (!handled) view.dispatch(view.state.tr.insertText(character, from, to));
  }
  return view.state;
}

function backspaceUndo(state: EditorState): EditorState {
  let next = state;
  expect(undoInputRule(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

/** The paragraph the cursor is in. */
function paragraph(state: EditorState): ProseMirrorNode {
  return state.selection.$head.parent;
}

function citations(state: EditorState): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  paragraph(state).forEach((node) => {
    if (node.type === actSchema.nodes.citation) found.push(node.attrs);
  });
  return found;
}

describe('typing a citation', () => {
  it('turns «п. 3 ч. 2 ст. 188 УК РК» into one citation when the next word starts', () => {
    const state = type(verdict('ru'), 'Суд квалифицирует действия по п. 3 ч. 2 ст. 188 УК РК как кражу.');
    expect(citations(state)).toEqual([
      { code: 'УК РК', article: '188', part: '2', paragraph: '3', text: 'п. 3 ч. 2 ст. 188 УК РК' },
    ]);
    // The text reads as typed: nothing lost, nothing added.
    expect(paragraph(state).textContent).toBe(
      'Суд квалифицирует действия по п. 3 ч. 2 ст. 188 УК РК как кражу.',
    );
    expect(paragraph(state).child(1).type).toBe(actSchema.nodes.citation);
  });

  it.each([
    ['ст. 226 ГПК РК.', { code: 'ГПК РК', article: '226', text: 'ст. 226 ГПК РК' }, '.'],
    ['(ст.226 ГПК)', { code: 'ГПК РК', article: '226', text: 'ст.226 ГПК' }, ')'],
    ['статьи 188 УК РК,', { code: 'УК РК', article: '188', text: 'статьи 188 УК РК' }, ','],
    ['п. 1 ч. 2 ст. 397 УПК;', { part: '2', paragraph: '1', text: 'п. 1 ч. 2 ст. 397 УПК' }, ';'],
    [
      'пунктом 3) части второй статьи 188 УК ',
      { part: '2', paragraph: '3', text: 'пунктом 3) части второй статьи 188 УК' },
      ' ',
    ],
    ['ст. 829-14 КоАП ', { code: 'КоАП РК', article: '829-14', text: 'ст. 829-14 КоАП' }, ' '],
  ])('«%s»', (typed, attrs, after) => {
    const state = type(verdict('ru'), typed);
    expect(citations(state)).toEqual([expect.objectContaining(attrs)]);
    expect(paragraph(state).lastChild?.text?.endsWith(after)).toBe(true);
  });

  it('reads Kazakh citations, taking in the part and paragraph typed after the article', () => {
    const state = type(
      verdict('kk'),
      'Әрекеті ҚР ҚК-нің 188-бабы 2-бөлігінің 3) тармағы бойынша сараланады.',
    );
    expect(citations(state)).toEqual([
      {
        code: 'ҚР ҚК',
        article: '188',
        part: '2',
        paragraph: '3',
        text: 'ҚР ҚК-нің 188-бабы 2-бөлігінің 3) тармағы',
      },
    ]);
    expect(paragraph(state).textContent).toBe(
      'Әрекеті ҚР ҚК-нің 188-бабы 2-бөлігінің 3) тармағы бойынша сараланады.',
    );
  });

  it.each([
    ['АПК-нің 226-бабы, ', { code: 'ҚР АПК', article: '226', text: 'АПК-нің 226-бабы' }],
    ['ҚПК 397-бабының 2-бөлігі ', { code: 'ҚР ҚПК', part: '2', text: 'ҚПК 397-бабының 2-бөлігі' }],
    ['ҚК 188-бабы 2-бөлігінің 3) тармағы.', { paragraph: '3', text: 'ҚК 188-бабы 2-бөлігінің 3) тармағы' }],
  ])('«%s»', (typed, attrs) => {
    expect(citations(type(verdict('kk'), typed))).toEqual([expect.objectContaining(attrs)]);
  });

  it('takes «РК» typed after «ст. 188 УК» into the citation', () => {
    const state = type(verdict('ru'), 'по ст. 188 УК РК ');
    expect(citations(state)).toEqual([expect.objectContaining({ text: 'ст. 188 УК РК' })]);
    expect(paragraph(state).childCount).toBe(3);
  });

  it('leaves text alone that is not a complete citation', () => {
    for (const text of [
      'ст. 226 суд',
      'статистика 226 ГПК ',
      'тест. 188 УК ',
      'ч. 2 ст. 188 ',
      'пункт 1 договора ',
    ]) {
      const state = type(verdict('ru'), text);
      expect(citations(state)).toEqual([]);
      expect(paragraph(state).textContent).toBe(text);
    }
  });

  it('does not take in words that do not carry the citation on', () => {
    const state = type(verdict('ru'), 'ст. 226 ГПК РК и ст. 227 ГПК РК ');
    expect(citations(state).map((attrs) => attrs.text)).toEqual(['ст. 226 ГПК РК', 'ст. 227 ГПК РК']);
    expect(paragraph(state).textContent).toBe('ст. 226 ГПК РК и ст. 227 ГПК РК ');
  });

  it('keeps the formatting of the typed text', () => {
    let state = verdict('ru');
    toggleMark(actSchema.marks.strong)(state, (tr) => (state = state.apply(tr)));
    state = type(state, 'ст. 188 УК ');
    const node = paragraph(state).child(0);
    expect(node.type).toBe(actSchema.nodes.citation);
    expect(node.marks.map((mark) => mark.type.name)).toEqual(['strong']);
  });

  it('works at the end of a long paragraph, looking only at the text near the cursor', () => {
    const long = 'Суд установил следующее. '.repeat(400);
    const state = type(verdict('ru', long), 'ст. 188 УК ');
    expect(citations(state)).toEqual([expect.objectContaining({ text: 'ст. 188 УК' })]);
    expect(paragraph(state).textContent).toBe(`${long}ст. 188 УК `);
  });

  it('gives back the typed text on Backspace right after the conversion', () => {
    const converted = type(verdict('ru'), 'по ст. 226 ГПК ');
    const undone = backspaceUndo(converted);
    expect(citations(undone)).toEqual([]);
    expect(paragraph(undone).textContent).toBe('по ст. 226 ГПК ');
    // The cursor stays after what was typed.
    expect(undone.selection.head).toBe(undone.selection.$head.end());
  });

  it('gives back the shorter citation on Backspace right after taking in «РК»', () => {
    const undone = backspaceUndo(type(verdict('ru'), 'по ст. 226 ГПК РК '));
    expect(citations(undone)).toEqual([expect.objectContaining({ text: 'ст. 226 ГПК' })]);
    expect(paragraph(undone).textContent).toBe('по ст. 226 ГПК РК ');
  });

  it('cannot be undone by Backspace once the trainee has typed on', () => {
    const state = type(verdict('ru'), 'по ст. 226 ГПК с');
    expect(undoInputRule(state)).toBe(false);
  });
});
